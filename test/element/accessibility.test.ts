import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { $, $$, addFaults, button, pick, renderPoll, requests, resetPortal, settled, webhook } from './support.js';

function announced(el: B24AttachedVote): string {
  return $(el, '[role="status"]').textContent!.trim();
}

describe('<b24-attached-vote> accessibility', () => {
  beforeEach(resetPortal);

  it('announces a counted vote and a withdrawal through the live region, and moves focus sensibly', async () => {
    const el = await renderPoll({ 'attach-id': '1' }, 17);
    expect($(el, '[role="status"]').getAttribute('aria-live')).to.equal('polite');
    const [q] = el.poll!.questions;
    await el.vote({ [q.id]: [q.answers[0].id] });
    await settled(el);
    expect(announced(el)).to.equal('Your vote counted.');
    button(el, 'Withdraw vote').click();
    await oneEvent(el, 'vote-recall');
    await settled(el);
    expect(announced(el)).to.equal('Your vote was withdrawn.');
    expect(el.shadowRoot!.activeElement === $$(el, 'input')[0], 'focus').to.be.true;
  });

  it('is axe-clean while submitting and while changing a vote', async () => {
    await addFaults({ kind: 'latency', ms: 400, method: 'vote.AttachedVote.vote', times: 1 });
    const el = await renderPoll({ 'attach-id': '2' }, 18);
    const [q] = el.poll!.questions;
    pick(el, q.answers[0].text);
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~="vote-button"]').click();
    await el.updateComplete;
    expect(el.status).to.equal('submitting');
    // The vote is drawn at the click: the results, busy until the portal answers.
    expect($(el, '.results').getAttribute('aria-busy')).to.equal('true');
    expect($$(el, 'fieldset')).to.have.length(0);
    await expect(el).to.be.accessible();
    await settled(el);
    button(el, 'Change vote').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('moves focus to the error with its Retry button after a failed vote', async () => {
    await addFaults({ kind: 'internal-error', method: 'vote.AttachedVote.vote', times: 1 });
    const el = await renderPoll({ 'attach-id': '1' });
    await el.vote({ [el.poll!.questions[0].id]: [el.poll!.questions[0].answers[0].id] });
    await settled(el);
    expect(el.shadowRoot!.activeElement === $(el, '[part~="retry-button"]'), 'focus').to.be.true;
  });

  it('after Retry of a failed load, focus lands in the poll', async () => {
    await addFaults({ kind: 'internal-error', method: 'vote.AttachedVote.getWithVoted', times: 4 });
    const el = document.createElement('b24-attached-vote');
    el.setAttribute('webhook-url', webhook());
    el.setAttribute('attach-id', '1');
    const failed = oneEvent(el, 'vote-error');
    await fixture(el);
    await failed;
    await el.updateComplete;
    const retry = $<HTMLButtonElement>(el, '[part~="retry-button"]');
    retry.focus();
    const loaded = oneEvent(el, 'vote-load');
    retry.click();
    await loaded;
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === $$(el, 'input')[0], 'focus on the first answer');
  });

  it('lays out right-to-left under dir="rtl"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 400px"><b24-attached-vote attach-id="4" webhook-url=${webhook(1)}></b24-attached-vote></div>`);
    const el = wrapper.querySelector<B24AttachedVote>('b24-attached-vote')!;
    await waitUntil(() => el.poll, 'loaded');
    await el.updateComplete;
    const row = $(el, '.result-head');
    const answer = row.querySelector('.answer-text')!.getBoundingClientRect();
    const percent = row.querySelector('.percent')!.getBoundingClientRect();
    expect(answer.left, 'answer text on the right').to.be.greaterThan(percent.left);
    const track = $(el, '.bar').getBoundingClientRect();
    const fill = $(el, '.fill').getBoundingClientRect();
    expect(Math.round(fill.right)).to.equal(Math.round(track.right));
    await expect(el).to.be.accessible();
  });

  it('does not poll while the page is hidden', async function () {
    this.timeout(20000); // refreshes are at least 5 s apart: the page stays hidden for more than one interval
    const el = await renderPoll({ 'attach-id': '4', 'refresh-interval': '5' }, 1);
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      const before = (await requests('vote.attachedvote.getwithvoted')).length;
      await new Promise((r) => setTimeout(r, 5600));
      expect((await requests('vote.attachedvote.getwithvoted')).length).to.equal(before);
    } finally {
      Object.defineProperty(document, 'visibilityState', visibility);
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    const back = (await requests('vote.attachedvote.getwithvoted')).length;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(async () => (await requests('vote.attachedvote.getwithvoted')).length > back, 'refreshes when visible again');
    expect(el.poll).to.not.equal(null);
  });
});
