/**
 * Reading ahead: the tags already in the page are read before their element is defined, in one request that
 * leaves within the call, and each element then joins the read of its poll instead of sending another. Tags that a
 * script configured, lazy ones and misconfigured ones are left to their elements. Each test uses a tag name of its
 * own (not defined yet, so the tags stay un-upgraded until the test defines it as the element).
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { B24AttachedVote } from '../../src/element.js';
import { readPollsInPage, SOURCE_ATTRIBUTES } from '../../src/controllers/read-ahead.js';
import { addFaults, requests, resetPortal, text, webhook } from '../element/support.js';

let tags = 0;
const newTagName = (): string => `x-read-ahead-${Date.now().toString(36)}-${++tags}`;

/** Records the REST methods handed to fetch from now until `stop()` (the emulator answers them: this only looks). */
function recordDepartures(): { urls: string[]; stop(): void } {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/rest/')) urls.push(new URL(url).pathname.replace(/.*\//, ''));
    return original.call(window, input, init);
  };
  return { urls, stop: () => { window.fetch = original; } };
}

/** The REST requests `run` hands to fetch before it returns. */
function departuresDuring(run: () => void): string[] {
  const recording = recordDepartures();
  try {
    run();
  } finally {
    recording.stop();
  }
  return recording.urls;
}

type Poll = B24AttachedVote & { attachId?: string };

describe('reading the polls in the page ahead', () => {
  const boxes: HTMLElement[] = [];
  beforeEach(resetPortal);
  afterEach(() => boxes.splice(0).forEach((box) => box.remove()));

  /** A box in the page holding `html`'s tags of `name` (not defined yet). */
  function page(name: string, markup: (tag: string) => string): { box: HTMLElement; polls: Poll[] } {
    const box = document.createElement('div');
    box.innerHTML = markup(name);
    document.body.append(box);
    boxes.push(box);
    return { box, polls: [...box.querySelectorAll<Poll>(name)] };
  }

  /** Defines `name` as the element: the tags in the page upgrade now. */
  const define = (name: string): void => customElements.define(name, class extends B24AttachedVote {});

  it('reads two polls in one batch that leaves within the call; their elements then load without another request', async () => {
    const name = newTagName();
    const { polls } = page(name, (tag) => `
      <${tag} attach-id="1" webhook-url="${webhook()}"></${tag}>
      <${tag} attach-id="2" webhook-url="${webhook()}"></${tag}>`);
    expect(departuresDuring(() => readPollsInPage(name, document)), 'one request, sent in the call').to.deep.equal(['batch']);

    const loads = polls.map((el) => oneEvent(el, 'vote-load'));
    define(name);
    await Promise.all(loads);
    await Promise.all(polls.map((el) => el.updateComplete));

    expect(polls.map((el) => el.status)).to.deep.equal(['ready', 'ready']);
    expect(text(polls[0]!)).to.include(polls[0]!.poll!.questions[0]!.text);
    expect(text(polls[1]!)).to.include(polls[1]!.poll!.questions[0]!.text);
    const log = await requests();
    expect(log.map((r) => r.method), 'the read ahead is the only request').to.deep.equal(['batch']);
    expect(log[0]!.batch).to.have.length(2);
  });

  it('sends nothing for lazy tags, tags a script configured, misconfigured tags and tags without a transport', async () => {
    const name = newTagName();
    const { polls } = page(name, (tag) => `
      <${tag} attach-id="1" webhook-url="${webhook()}" loading="lazy"></${tag}>
      <${tag} id="preset" attach-id="1" webhook-url="${webhook()}"></${tag}>
      <${tag} attach-id="not a number" webhook-url="${webhook()}"></${tag}>
      <${tag} attach-id="2" webhook-url="not a url"></${tag}>
      <${tag} attach-id="2"></${tag}>`);
    // A script set a property before the upgrade: its value wins over the attribute, so the tag is its element's.
    polls[1]!.attachId = '2';
    expect(departuresDuring(() => readPollsInPage(name, document))).to.deep.equal([]);

    const preset = oneEvent(polls[1]!, 'vote-load');
    const failures = [2, 3].map((i) => oneEvent(polls[i]!, 'vote-error'));
    define(name);
    const loaded = (await preset) as CustomEvent<{ attach: { ID: string | number } }>;
    expect(Number(loaded.detail.attach.ID), 'the preset property, not the attribute').to.equal(2);
    const codes = (await Promise.all(failures)).map((e) => (e as CustomEvent<{ code: string }>).detail.code);
    expect(codes).to.deep.equal(['INVALID_CONFIG', 'INVALID_CONFIG']);
  });

  it('does nothing once the tag is defined: the elements load themselves', async () => {
    const name = newTagName();
    define(name);
    const { polls } = page(name, (tag) => `<${tag} attach-id="1" webhook-url="${webhook()}"></${tag}>`);
    expect(departuresDuring(() => readPollsInPage(name, document))).to.deep.equal([]);
    await waitUntil(() => polls[0]!.status === 'ready', 'the element did not load', { timeout: 8000 });
    expect((await requests()).map((r) => r.method)).to.deep.equal(['vote.attachedvote.getwithvoted']);
  });

  it('gives a failed read to its element as the load error, once', async () => {
    const name = newTagName();
    const { polls } = page(name, (tag) => `<${tag} attach-id="999" webhook-url="${webhook()}"></${tag}>`);
    expect(departuresDuring(() => readPollsInPage(name, document))).to.deep.equal(['vote.AttachedVote.getWithVoted']);
    const errors: string[] = [];
    polls[0]!.addEventListener('vote-error', (e) => errors.push((e as CustomEvent<{ action: string; code: string }>).detail.code));
    define(name);
    await waitUntil(() => polls[0]!.status === 'error', 'the element did not fail', { timeout: 8000 });
    expect(errors).to.deep.equal(['ATTACH_NOT_FOUND']);
    expect(text(polls[0]!)).to.include('not found');
    expect(await requests()).to.have.length(1);
  });

  it('keeps a read whose elements were all removed before the answer: one put back joins it', async () => {
    const name = newTagName();
    await addFaults({ kind: 'latency', ms: 400, method: 'vote.AttachedVote.getWithVoted' });
    const { box, polls } = page(name, (tag) => `
      <${tag} attach-id="1" webhook-url="${webhook()}"></${tag}>
      <${tag} attach-id="1" webhook-url="${webhook()}"></${tag}>`);
    const recording = recordDepartures();
    try {
      readPollsInPage(name, document);
      define(name);
      polls.forEach((el) => el.remove());
      await new Promise((resolve) => setTimeout(resolve, 20)); // the removals are final: both loads are cut off
      box.append(polls[0]!);
      await waitUntil(() => polls[0]!.status === 'ready', 'the element put back did not load', { timeout: 8000 });
    } finally {
      recording.stop();
    }
    expect(recording.urls, 'one read for both, not aborted, joined by the element put back').to.deep.equal(['vote.AttachedVote.getWithVoted']);
    expect(await requests()).to.have.length(1);
  });

  it('lets an element whose read was answered before it came send its own', async () => {
    const name = newTagName();
    const { polls } = page(name, (tag) => `<${tag} attach-id="1" webhook-url="${webhook()}"></${tag}>`);
    readPollsInPage(name, document);
    await waitUntil(async () => (await requests()).length === 1, 'the read ahead was not answered', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    define(name);
    await waitUntil(() => polls[0]!.status === 'ready', 'the element did not load', { timeout: 8000 });
    expect(await requests(), 'a settled read is not joined').to.have.length(2);
  });

  it('reads the attributes the element reads', () => {
    for (const [property, attribute] of Object.entries(SOURCE_ATTRIBUTES)) {
      expect(B24AttachedVote.elementProperties.get(property)?.attribute, property).to.equal(attribute);
    }
  });
});
