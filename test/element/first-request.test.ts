/**
 * The first load's request leaves before the element's first render (whose work would otherwise delay it), for one
 * element and for several connected together, and an element with nothing to load renders at once. A vote's
 * request leaves in the click itself, before the "Voting…" render, and the quiet re-read after it waits until a
 * frame has shown the results.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { button, pick, requests, resetPortal, text, webhook } from './support.js';

/** What the page's fetch saw when each REST request left: had any element rendered yet? */
interface Departure {
  url: string;
  rendered: boolean[];
}

/** Records every fetch while `run` runs (the emulator answers each: the recorder only looks). */
async function recordingFetch(elements: () => B24AttachedVote[], run: () => Promise<void>): Promise<Departure[]> {
  const original = window.fetch;
  const departures: Departure[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/rest/')) departures.push({ url, rendered: elements().map((el) => el.hasUpdated) });
    return original.call(window, input, init);
  };
  try {
    await run();
  } finally {
    window.fetch = original;
  }
  return departures;
}

function poll(attrs: Record<string, string>): B24AttachedVote {
  const el = document.createElement('b24-attached-vote');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

describe('<b24-attached-vote> first request before first render', () => {
  const made: B24AttachedVote[] = [];
  beforeEach(resetPortal);
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  /** Poll 1, loaded, its first answer picked: one click on Vote away from a vote. */
  async function pickedPoll(): Promise<B24AttachedVote> {
    const el = poll({ 'attach-id': '1', 'webhook-url': webhook() });
    made.push(el);
    document.body.append(el);
    await waitUntil(() => el.status === 'ready', 'the poll did not load', { timeout: 8000 });
    pick(el, el.poll!.questions[0]!.answers[0]!.text);
    await el.updateComplete;
    return el;
  }

  it('hands the load to fetch before rendering, then shows the poll', async () => {
    const el = poll({ 'attach-id': '1', 'webhook-url': webhook() });
    made.push(el);
    const departures = await recordingFetch(() => [el], async () => {
      document.body.append(el);
      await waitUntil(() => el.status === 'ready', 'the poll did not load', { timeout: 8000 });
    });
    expect(departures.map((d) => d.rendered)).to.deep.equal([[false]]);
    expect(el.shadowRoot!.querySelectorAll('input').length).to.be.above(0);
    expect(text(el)).to.include((el.poll!.questions[0]!).text);
  });

  it('several elements connected together: one request, sent before any of them renders', async () => {
    const els = [1, 2, 3].map((id) => poll({ 'attach-id': String(id), 'webhook-url': webhook() }));
    made.push(...els);
    const departures = await recordingFetch(() => els, async () => {
      const box = document.createElement('div');
      box.append(...els);
      document.body.append(box);
      made.push(box as unknown as B24AttachedVote);
      await waitUntil(() => els.every((el) => el.status === 'ready'), 'the polls did not load', { timeout: 8000 });
    });
    expect(departures.map((d) => d.rendered)).to.deep.equal([[false, false, false]]);
    expect((await requests()).map((r) => r.method)).to.deep.equal(['batch']);
  });

  it('an element with nothing to load yet renders at once, sending nothing', async () => {
    const el = poll({ 'webhook-url': webhook() });
    made.push(el);
    const departures = await recordingFetch(() => [el], async () => {
      document.body.append(el);
      await el.updateComplete;
    });
    expect(el.hasUpdated).to.equal(true);
    expect(el.status).to.equal('idle');
    expect(departures).to.deep.equal([]);
  });

  it('a lazy element far below the fold renders at once and loads only when scrolled near', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const el = poll({ 'attach-id': '1', 'webhook-url': webhook(), loading: 'lazy' });
    made.push(spacer as unknown as B24AttachedVote, el);
    const departures = await recordingFetch(() => [el], async () => {
      document.body.append(spacer, el);
      await el.updateComplete;
      expect(el.hasUpdated, 'rendered without waiting for a load').to.equal(true);
      expect(el.status).to.equal('idle');
      el.scrollIntoView();
      await waitUntil(() => el.status === 'ready', 'the lazy poll did not load', { timeout: 8000 });
    });
    expect(departures.map((d) => d.rendered)).to.deep.equal([[true]]);
  });

  it('a click on Vote hands the vote to fetch within the click, before the busy render', async () => {
    const el = await pickedPoll();
    const shown: string[] = [];
    let leftInClick = false;
    const departures = await recordingFetch(() => [el], async () => {
      const vote = button(el, 'Vote');
      const original = window.fetch;
      window.fetch = (input, init) => {
        shown.push(vote.textContent!.trim());
        return original.call(window, input, init);
      };
      try {
        vote.click();
        leftInClick = shown.length === 1;
      } finally {
        window.fetch = original;
      }
      await waitUntil(() => el.status === 'ready', 'the vote did not settle', { timeout: 8000 });
    });
    expect(leftInClick, 'the request left before click() returned').to.equal(true);
    expect(shown, 'the button when the request left').to.deep.equal(['Vote']);
    expect(departures.filter((d) => d.url.includes('vote.AttachedVote.vote'))).to.have.length(1);
    expect((await requests('vote.AttachedVote.vote')).length).to.equal(1);
  });

  it('after a vote, the quiet re-read for the faces leaves only once a frame has shown the results', async () => {
    const el = await pickedPoll();
    // Frames that had the results in the DOM when their callbacks ran (the frame then painted them).
    let framesWithResults = 0;
    let watching = true;
    const watch = (): void => {
      if (el.shadowRoot!.querySelector('[part~="percent"]')) framesWithResults++;
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    const atReread: number[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).includes('getWithVoted')) atReread.push(framesWithResults);
      return original.call(window, input, init);
    };
    try {
      button(el, 'Vote').click();
      await waitUntil(() => atReread.length > 0, 'no re-read after the vote', { timeout: 8000 });
    } finally {
      window.fetch = original;
      watching = false;
    }
    expect(atReread[0], 'frames that showed the results before the re-read left').to.be.at.least(1);
  });
});
