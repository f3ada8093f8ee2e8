// Results at the click (issue 22): a vote, a change and a withdrawal are drawn in the click's own frame, from the
// last poll the portal sent and the write on the wire; the portal's answer is the truth, drawn one round trip
// later. Every test holds the write's answer with the emulator's latency fault and looks at the screen before and
// after it.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import {
  $, $$, addFaults, button, pick, portalState, renderPoll, renderWith, requests, resetPortal, root, settled, staleRules, text, webhook,
} from './support.js';

/** How long the emulator holds a write's answer: long enough to look at the screen while it is on the wire. */
const HOLD_MS = 1500;

/** Poll 1's third answer (seeded with one vote; the first, "Sushi bar", has three). */
const PIZZA = 'Pizza place on the corner';

/** Holds the next answer of `method` for `ms`. */
function hold(method: string, ms = HOLD_MS, times = 1): Promise<void> {
  return addFaults({ kind: 'latency', ms, method, times });
}

/**
 * What the user reads off the poll: each result row in order (its answer, percent, count, whether it is the user's
 * pick), each question's "N voted" and the total; null where a number is not drawn.
 */
function screen(el: B24AttachedVote) {
  const cell = (row: Element, selector: string) => row.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  return {
    rows: $$(el, '[part~="result"]').map((row) => [
      cell(row, '.answer-text'), cell(row, '[part~="percent"]'), cell(row, '.count > :first-child'), row.classList.contains('mine'),
    ]),
    questions: $$(el, '[part~="question-voters"]').map((q) => q.textContent!.trim()),
    total: cell(root(el) as unknown as Element, '.meta .total'),
  };
}

/** The events the element fires, in order. */
function eventLog(el: B24AttachedVote): string[] {
  const log: string[] = [];
  for (const type of ['vote-submit', 'vote-success', 'vote-recall', 'vote-error', 'vote-load']) el.addEventListener(type, () => log.push(type));
  return log;
}

/** Picks `answers` (by text) and clicks Vote; resolves once the click's render is done, the answer still held. */
async function voteFor(el: B24AttachedVote, ...answers: string[]): Promise<void> {
  for (const answer of answers) pick(el, answer);
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part~="vote-button"]').click();
  await el.updateComplete;
}

/**
 * Records what the element draws from now on, one entry per change: `results`, `form` or `form+error`. Call the
 * returned function to stop and get the list.
 */
function drawnStates(el: B24AttachedVote): () => string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    const state = $$(el, 'input').length ? ($$(el, '[part~="error"]').length ? 'form+error' : 'form') : 'results';
    if (seen.at(-1) !== state) seen.push(state);
  });
  observer.observe(root(el), { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    return seen;
  };
}

/** The live region's text. */
const announced = (el: B24AttachedVote) => $(el, '[role="status"]').textContent!.trim();

/** Whether focus rests on `target` inside the element. */
const focused = (el: B24AttachedVote, target: Element) => el.shadowRoot!.activeElement === target;

describe('results at the click', () => {
  beforeEach(resetPortal);

  it('a first vote: the results drawn at the click are the ones the portal answers, and only the answer speaks', async () => {
    const el = await renderPoll({ 'attach-id': '1' });
    const events = eventLog(el);
    expect(screen(el).rows, 'the form: no numbers before voting').to.deep.equal([]);
    await hold('vote.AttachedVote.vote');
    await voteFor(el, PIZZA);
    const atClick = screen(el);
    expect($$(el, 'input'), 'no form').to.have.length(0);
    expect(atClick.rows).to.deep.equal([
      ['Sushi bar', '50%', '3 votes', false], ['Vegan café', '17%', '1 vote', false],
      [PIZZA, '33%', '2 votes', true], ['Burger joint', '0%', '0 votes', false],
    ]);
    expect(atClick.total).to.equal('6 people voted');
    expect(el.status).to.equal('submitting');
    expect($(el, '.results').getAttribute('aria-busy')).to.equal('true');
    expect(focused(el, $(el, '.results')), 'focus where a success puts it').to.be.true;
    expect(events, 'vote-submit only: the portal has not answered').to.deep.equal(['vote-submit']);
    expect(announced(el), 'the live region waits for the truth').to.equal('');
    expect(el.poll!.isVoted, 'the poll property is the portal’s').to.be.false;

    await oneEvent(el, 'vote-success');
    await settled(el);
    expect(screen(el)).to.deep.equal(atClick);
    expect($(el, '.results').getAttribute('aria-busy')).to.equal('false');
    expect(announced(el)).to.equal('Your vote counted.');
    expect(events.slice(0, 2)).to.deep.equal(['vote-submit', 'vote-success']);
  });

  it('a change: counts move from the old pick to the new one, the total stays, rows keep their order, no face is invented', async () => {
    // User 2 voted "Sushi bar" on poll 1, public: faces show (user 5's beside the pizza place).
    const el = await renderPoll({ 'attach-id': '1' }, 2);
    await waitUntil(() => $$(el, '[part~="face"]').length > 0, 'faces read');
    const before = screen(el);
    const facesBefore = (answer: string) => $$(el, '[part~="result"]').find((r) => r.textContent!.includes(answer))!.querySelectorAll('[part~="face"]').length;
    const pizzaFaces = facesBefore(PIZZA);
    expect(pizzaFaces).to.equal(1);
    button(el, 'Change vote').click();
    await el.updateComplete;
    await hold('vote.AttachedVote.vote');
    await voteFor(el, PIZZA);
    const atClick = screen(el);
    expect(atClick.rows.map((r) => r[0]), 'rows keep their order').to.deep.equal(before.rows.map((r) => r[0]));
    expect(atClick.total, 'a change keeps the counter').to.equal(before.total);
    expect(atClick.rows.map((r) => r[2])).to.deep.equal(['2 votes', '1 vote', '2 votes', '0 votes']);
    expect(atClick.rows.map((r) => r[3])).to.deep.equal([false, false, true, false]);
    expect(facesBefore(PIZZA), 'the user’s own face is not invented').to.equal(pizzaFaces);
    const change = button(el, 'Change vote');
    const withdraw = button(el, 'Withdraw vote');
    expect([change.getAttribute('aria-disabled'), withdraw.getAttribute('aria-disabled')]).to.deep.equal(['true', 'true']);
    expect(change.disabled, 'shown, focusable, but aria-disabled').to.be.false;
    change.click();
    withdraw.click();
    await el.updateComplete;
    expect($$(el, 'input'), 'a click on them does nothing while the vote is on the wire').to.have.length(0);

    await oneEvent(el, 'vote-success');
    await settled(el);
    expect(screen(el).rows.map((r) => r.slice(0, 4))).to.deep.equal(atClick.rows);
    expect(button(el, 'Change vote').getAttribute('aria-disabled')).to.equal('false');
    expect(await requests('vote.attachedvote.recall'), 'no withdrawal sent').to.have.length(0);
  });

  it('a withdrawal: the form comes back at the click, empty, with focus on the first answer', async () => {
    const el = await renderPoll({ 'attach-id': '1' }, 2);
    const events = eventLog(el);
    await hold('vote.AttachedVote.recall');
    button(el, 'Withdraw vote').click();
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input')).to.have.length(4);
    expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(0);
    expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
    expect(focused(el, $$(el, 'input')[0]!), 'focus on the first answer').to.be.true;
    expect($<HTMLButtonElement>(el, '[part~="vote-button"]').disabled, 'no vote while the withdrawal is on the wire').to.be.true;
    expect(events).to.deep.equal([]);
    expect(el.poll!.isVoted).to.be.true;
    await oneEvent(el, 'vote-recall');
    await settled(el);
    expect($$<HTMLInputElement>(el, 'input')).to.have.length(4);
    expect(el.poll!.isVoted).to.be.false;
    expect(el.poll!.voters, 'the counter the click already counted').to.equal(4);
    expect($(el, 'form').getAttribute('aria-busy')).to.equal('false');
    expect(announced(el)).to.equal('Your vote was withdrawn.');
  });

  it('multiple choice: each pick counted, each answer’s percent rounded on its own', async () => {
    const el = await renderPoll({ 'attach-id': '2' });
    await hold('vote.AttachedVote.vote');
    await voteFor(el, 'Monday', 'Wednesday');
    const atClick = screen(el);
    expect(atClick.rows.filter((r) => r[3]).map((r) => r[0])).to.deep.equal(['Monday', 'Wednesday']);
    expect(atClick.total).to.equal('5 people voted');
    await oneEvent(el, 'vote-success');
    await settled(el);
    expect(screen(el)).to.deep.equal(atClick);
  });

  it('several questions: a question gains a respondent only when it gets its first pick', async () => {
    const el = await renderPoll({ 'module-id': 'blog', 'entity-id': '201' });
    await hold('vote.AttachedVote.vote');
    // Question 24 (required) and question 23 answered, question 25 left out.
    await voteFor(el, 'Happy', 'Drive', 'CRM');
    const atClick = screen(el);
    expect(atClick.questions).to.deep.equal(['5 voted', '3 voted', '4 voted']);
    expect(atClick.total).to.equal('5 people voted');
    await oneEvent(el, 'vote-success');
    await settled(el);
    expect(screen(el)).to.deep.equal(atClick);
  });

  it('hide-results: a voter sees the pick and no numbers, at the click and after', async () => {
    const el = await renderPoll({ 'attach-id': '7' });
    await hold('vote.AttachedVote.vote');
    await voteFor(el, el.poll!.questions[0]!.answers[0]!.text);
    expect($$(el, '[part~="percent"]'), 'no numbers at the click').to.have.length(0);
    expect(text(el)).to.not.match(/people voted|person voted/);
    const atClick = screen(el);
    expect(atClick.rows.filter((r) => r[3])).to.have.length(1);
    await oneEvent(el, 'vote-success');
    await settled(el);
    expect(screen(el)).to.deep.equal(atClick);
    expect(text(el)).to.contain('Only the poll’s author can see the results.');
  });

  it('hide-results: its author sees the numbers at the click', async () => {
    const el = await renderPoll({ 'attach-id': '7' }, 1);
    await hold('vote.AttachedVote.vote');
    await voteFor(el, el.poll!.questions[0]!.answers[1]!.text);
    const atClick = screen(el);
    expect(atClick.rows.every((r) => r[1] !== null), 'percents drawn').to.be.true;
    await oneEvent(el, 'vote-success');
    await settled(el);
    expect(screen(el)).to.deep.equal(atClick);
  });

  it('a failure: S again with the user’s picks, no numbers, the error once, focus on the picked answer', async () => {
    await addFaults({ kind: 'latency', ms: HOLD_MS, method: 'vote.AttachedVote.vote', times: 1 }, { kind: 'insufficient-scope', method: 'vote.AttachedVote.vote', times: 1 });
    const el = await renderPoll({ 'attach-id': '1' });
    const events = eventLog(el);
    await voteFor(el, PIZZA);
    expect(screen(el).rows.length, 'numbers at the click').to.equal(4);
    await oneEvent(el, 'vote-error');
    await settled(el);
    expect(screen(el).rows, 'numbers hidden again').to.deep.equal([]);
    const picked = $<HTMLInputElement>(el, 'input:checked');
    expect(picked.closest('label')!.textContent!.trim()).to.equal(PIZZA);
    expect(focused(el, picked), 'focus on the picked answer').to.be.true;
    expect($$(el, '[part~="error"]')).to.have.length(1);
    expect(events.filter((e) => e !== 'vote-submit')).to.deep.equal(['vote-error']);
    expect(announced(el)).to.equal('');
  });

  it('a lost answer: the drawing stays until the re-read answers, then the truth is drawn once', async () => {
    await addFaults(
      { kind: 'latency', ms: HOLD_MS, method: 'vote.AttachedVote.vote', times: 1 },
      { kind: 'drop-before', method: 'vote.AttachedVote.vote', times: 1 },
    );
    const el = await renderPoll({ 'attach-id': '1' });
    await hold('vote.AttachedVote.getWithVoted', 600);
    const drawn = drawnStates(el);
    await voteFor(el, PIZZA);
    await oneEvent(el, 'vote-error');
    await settled(el);
    expect(drawn(), 'no jump back to the form before the re-read answers').to.deep.equal(['results', 'form+error']);
    expect((await requests()).map((r) => r.method).slice(-2)).to.deep.equal(['vote.attachedvote.vote', 'vote.attachedvote.getwithvoted']);
  });

  it('a lost answer that took effect: the drawing becomes the truth without a jump, and vote-success', async () => {
    await addFaults(
      { kind: 'latency', ms: HOLD_MS, method: 'vote.AttachedVote.vote', times: 1 },
      { kind: 'drop-after', method: 'vote.AttachedVote.vote', times: 1 },
    );
    const el = await renderPoll({ 'attach-id': '1' });
    const events = eventLog(el);
    await voteFor(el, PIZZA);
    const atClick = screen(el);
    const drawn = drawnStates(el);
    await oneEvent(el, 'vote-success');
    await settled(el);
    expect(drawn().filter((state) => state !== 'results'), 'the form never comes back').to.deep.equal([]);
    expect(screen(el)).to.deep.equal(atClick);
    expect(events.filter((e) => e !== 'vote-load')).to.deep.equal(['vote-submit', 'vote-success']);
  });

  it('a refresh that shows the vote stored is drawn as the truth; events wait, and an error after it is a vote that took effect', async () => {
    // The element's own request is held, then refused without being processed; meanwhile the same user's ballot
    // reaches the portal another way and a refresh reads it.
    await addFaults(
      { kind: 'latency', ms: HOLD_MS, method: 'vote.AttachedVote.vote', times: 1 },
      { kind: 'insufficient-scope', method: 'vote.AttachedVote.vote', times: 1 },
    );
    const el = await renderPoll({ 'attach-id': '1' });
    const events = eventLog(el);
    const [q] = el.poll!.questions;
    const pizza = q!.answers.find((a) => a.text === PIZZA)!;
    await voteFor(el, PIZZA);
    const atClick = screen(el);
    const stored = await fetch(`${webhook()}vote.AttachedVote.vote`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ attachId: 1, ballot: { [q!.id]: [pizza.id] } }),
    });
    expect(stored.ok).to.be.true;
    expect(await el.refresh()).to.be.true;
    await el.updateComplete;
    expect(el.poll!.isVoted, 'the refresh is the new S').to.be.true;
    expect(screen(el)).to.deep.equal(atClick);
    expect(el.status, 'still waiting for the write’s own answer').to.equal('submitting');
    expect(events.filter((e) => e !== 'vote-load')).to.deep.equal(['vote-submit']);
    await oneEvent(el, 'vote-success');
    await settled(el);
    expect(events).to.not.include('vote-error');
    expect($$(el, '[part~="error"]')).to.have.length(0);
    expect(screen(el)).to.deep.equal(atClick);
  });

  it('a refused change: the drawing stays until the re-read, then the truth (the old ballot gone) is drawn once', async () => {
    // User 2 voted on poll 3; the element's stale copy lets question 24 (required on the portal) go unanswered,
    // so the portal refuses the change after deleting the old ballot.
    const el = await renderWith(staleRules(2), 3);
    button(el, 'Change vote').click();
    await el.updateComplete;
    pick(el, 'Happy');
    pick(el, 'No & never');
    await el.updateComplete;
    await hold('vote.AttachedVote.vote');
    await hold('vote.AttachedVote.getWithVoted', 600);
    const events = eventLog(el);
    const drawn = drawnStates(el);
    const sent = el.vote();
    await el.updateComplete;
    expect(screen(el).rows.filter((r) => r[3]).map((r) => r[0]), 'drawn as sent').to.deep.equal(['No & never', 'Drive', 'Tasks & Projects']);
    expect(await sent).to.be.false;
    await settled(el);
    expect(drawn()).to.deep.equal(['results', 'form+error']);
    expect(events.filter((e) => e !== 'vote-submit')).to.deep.equal(['vote-error', 'vote-load']);
    expect(el.poll!.isVoted).to.be.false;
    expect((await portalState()).polls.find((p) => p.attachId === 3)!.ballots['2']).to.equal(undefined);
  });

  it('a read that left before the write is not drawn over it', async () => {
    // The portal answers the read at once (before the vote is stored); its answer reaches the element only later.
    const inner = createFetchTransport({ webhookUrl: webhook(), rateLimit: false });
    let held: Promise<void> | null = null;
    let release = (): void => undefined;
    const el = await renderWith({
      origin: inner.origin,
      async call(method, params, options) {
        const envelope = await inner.call(method, params, options);
        if (held && /^vote\.AttachedVote\.get/i.test(method)) await held;
        return envelope;
      },
    }, 1);
    held = new Promise((resolve) => (release = resolve));
    const stale = el.refresh();
    await waitUntil(async () => (await requests('vote.attachedvote.getwithvoted')).length === 2, 'the read answered');
    held = null;
    await voteFor(el, PIZZA);
    const atClick = screen(el);
    await oneEvent(el, 'vote-success');
    await settled(el);
    release();
    expect(await stale, 'the read itself went through').to.be.true;
    await el.updateComplete;
    expect($$(el, 'input'), 'the form does not come back').to.have.length(0);
    expect(screen(el).rows.map((r) => r.slice(2))).to.deep.equal(atClick.rows.map((r) => r.slice(2)));
    expect(el.poll!.isVoted).to.be.true;
  });

  it('says "Saving…" only once the write has taken 300 ms', async () => {
    const el = await renderPoll({ 'attach-id': '1' });
    await hold('vote.AttachedVote.vote');
    await voteFor(el, PIZZA);
    // A quick write shows no flicker: nothing yet well inside the 300 ms (a timer cannot fire early).
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(text(el)).to.not.contain('Saving…');
    await waitUntil(() => text(el).includes('Saving…'), '"Saving…" after a while', { timeout: 1200 });
    await oneEvent(el, 'vote-success');
    await settled(el);
    expect(text(el)).to.not.contain('Saving…');
  });

  it('submit-on-select: the pick is drawn as counted at once; vote-success when the portal answers', async () => {
    const el = await renderPoll({ 'attach-id': '1', 'submit-on-select': '' });
    const events = eventLog(el);
    await hold('vote.AttachedVote.vote');
    pick(el, PIZZA);
    await el.updateComplete;
    const atClick = screen(el);
    expect(atClick.rows.find((r) => r[0] === PIZZA)?.[3]).to.equal(true);
    expect(events).to.deep.equal(['vote-submit']);
    await oneEvent(el, 'vote-success');
    await settled(el);
    expect(screen(el)).to.deep.equal(atClick);
  });

  it('a host that cancels vote-submit: nothing is drawn', async () => {
    const el = await renderPoll({ 'attach-id': '1' });
    el.addEventListener('vote-submit', (e) => e.preventDefault());
    await voteFor(el, PIZZA);
    expect(screen(el).rows).to.deep.equal([]);
    expect($<HTMLInputElement>(el, 'input:checked').value).to.not.equal('');
  });

  it('several elements on one poll: the peer redraws on the truth, not at the click', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <b24-attached-vote attach-id="1" webhook-url=${webhook()}></b24-attached-vote>
      <b24-attached-vote attach-id="1" webhook-url=${webhook()}></b24-attached-vote>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll<B24AttachedVote>('b24-attached-vote')];
    await waitUntil(() => a!.poll && b!.poll, 'both loaded');
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    await hold('vote.AttachedVote.vote');
    await voteFor(a!, PIZZA);
    const atClick = screen(a!);
    await b!.updateComplete;
    expect($$(b!, 'input'), 'the peer still shows the form').to.have.length(4);
    const peerLoad = oneEvent(b!, 'vote-load');
    await oneEvent(a!, 'vote-success');
    await peerLoad;
    await b!.updateComplete;
    expect($$(b!, 'input')).to.have.length(0);
    expect(screen(b!).rows.map((r) => r.slice(1))).to.deep.equal(atClick.rows.map((r) => r.slice(1)));
  });

  it('draws figures in tabular digits and animates bars for at most 200 ms', async () => {
    const el = await renderPoll({ 'attach-id': '1' }, 2);
    for (const selector of ['[part~="percent"]', '.count', '.meta']) {
      expect(getComputedStyle($(el, selector)).fontVariantNumeric, selector).to.equal('tabular-nums');
    }
    const duration = parseFloat(getComputedStyle($(el, '[part~="bar-fill"]')).transitionDuration);
    expect(duration).to.be.greaterThan(0);
    expect(duration).to.be.at.most(0.2);
  });
});
