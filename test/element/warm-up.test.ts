/**
 * The page's first poll draws the ballot form once, hidden, while its first request is in flight, and the results
 * while the user reads the poll; each drawing is removed in the task that made it, so nothing is painted,
 * announced, fetched or shifted. Later polls on the page find both views warm and draw nothing extra.
 *
 * The tests share one page (the warm-ups are once per page), so they run in order: the first poll, then a second.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { whenIdle } from '../../src/util/when-idle.js';
import { addFaults, requests, resetPortal, webhook } from './support.js';

/** One hidden drawing, as the shadow root's mutation records saw it. */
interface Drawing {
  /** The element's status when the records were delivered (the microtask after the task that drew it). */
  status: string;
  /** Added and removed within one task: the records came in the same delivery. */
  removedInSameTask: boolean;
  hidden: boolean;
  inputs: number;
  percents: number;
  text: string;
}

/** Connects a poll and records every warm-up container added to its shadow root. */
function watchedPoll(attrs: Record<string, string>): { el: B24AttachedVote; drawings: Drawing[]; stop: () => void } {
  const el = document.createElement('b24-attached-vote');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const drawings: Drawing[] = [];
  document.body.append(el); // the shadow root exists from here on: the observer sees every later change
  const observer = new MutationObserver((records) => {
    const removed = new Set(records.flatMap((r) => [...r.removedNodes]));
    for (const node of records.flatMap((r) => [...r.addedNodes])) {
      if (!(node instanceof HTMLElement) || !node.classList.contains('warm-up')) continue;
      drawings.push({
        status: el.status,
        removedInSameTask: removed.has(node) && !node.isConnected,
        hidden: node.getAttribute('aria-hidden') === 'true' && node.inert,
        inputs: node.querySelectorAll('input').length,
        percents: node.querySelectorAll('[part~="percent"]').length,
        text: node.textContent ?? '',
      });
    }
  });
  observer.observe(el.shadowRoot!, { childList: true });
  return { el, drawings, stop: () => observer.disconnect() };
}

describe('<b24-attached-vote> views drawn ahead, once per page', () => {
  const made: B24AttachedVote[] = [];
  before(resetPortal);
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  it('the first poll: the form while its request is in flight, the results once it shows, both removed at once', async () => {
    // The answer takes a while, as on a real network: the form's drawing must come before it.
    await addFaults({ kind: 'latency', ms: 300, method: 'vote.AttachedVote.getWithVoted', times: 1 });
    const events: string[] = [];
    const { el, drawings, stop } = watchedPoll({ 'attach-id': '1', 'webhook-url': webhook() });
    made.push(el);
    for (const type of ['vote-load', 'vote-error', 'vote-success']) el.addEventListener(type, () => events.push(type));
    await waitUntil(() => drawings.length === 2, 'the two views were not drawn ahead', { timeout: 8000 });
    stop();

    const [form, results] = drawings;
    expect(form).to.include({ status: 'loading', removedInSameTask: true, hidden: true, percents: 0 });
    expect(form!.inputs).to.be.above(0);
    expect(results).to.include({ status: 'ready', removedInSameTask: true, hidden: true, inputs: 0 });
    expect(results!.percents).to.be.above(0);
    // In the page's language (English here), never the poll's own texts: nothing of the user's data is drawn twice.
    expect(form!.text).to.include('Vote');
    expect(form!.text).not.to.include(el.poll!.questions[0]!.text);

    // Nothing of it stays, is announced, or went over the wire.
    const root = el.shadowRoot!;
    expect(root.querySelector('.warm-up')).to.equal(null);
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('');
    expect(events).to.deep.equal(['vote-load']);
    expect((await requests()).map((r) => r.method)).to.deep.equal(['vote.attachedvote.getwithvoted']);
  });

  it('a later poll on the page finds both views warm and draws nothing ahead', async () => {
    await addFaults({ kind: 'latency', ms: 200, method: 'vote.AttachedVote.getWithVoted', times: 1 });
    const { el, drawings, stop } = watchedPoll({ 'attach-id': '2', 'webhook-url': webhook() });
    made.push(el);
    await waitUntil(() => el.status === 'ready', 'the poll did not load', { timeout: 8000 });
    // The results' drawing would come in an idle moment some 300 ms after the poll shows: wait past both.
    await new Promise<void>((resolve) => whenIdle(resolve, 600));
    stop();
    expect(drawings).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('input').length).to.be.above(0);
  });
});
