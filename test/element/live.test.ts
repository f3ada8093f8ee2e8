import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { $, $$, addFaults, pick, renderPoll, requests, resetPortal, settled, webhook } from './support.js';

async function voteAs(userId: number, attachId: number, ballot: Record<string, string[]>): Promise<void> {
  const response = await fetch(`/rest/${userId}/demo/vote.AttachedVote.vote`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ attachId, ballot }),
  });
  expect(response.status).to.equal(200);
}

describe('<b24-attached-vote> live results, shared polls, lazy loading', () => {
  beforeEach(resetPortal);

  it('refreshes results by polling without disturbing a selection being made', async function () {
    this.timeout(15000); // the shortest interval is 5 s
    const el = await renderPoll({ 'attach-id': '2', 'refresh-interval': '5' });
    const [q] = el.poll!.questions;
    pick(el, q.answers[1].text);
    const before = el.poll!.voters;
    await voteAs(30, 2, { [q.id]: [q.answers[0].id] });
    await waitUntil(() => el.poll!.voters === before + 1, 'refreshed', { timeout: 7000 });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, `input[value="${q.answers[1].id}"]`).checked).to.be.true;
  });

  it('reports a failing refresh once per run of failures and keeps the poll on screen', async function () {
    this.timeout(40000); // the shortest interval is 5 s: two failing ticks, a good one, and one more failing
    const el = await renderPoll({ 'attach-id': '4', 'refresh-interval': '5' }, 1);
    const errors: string[] = [];
    el.addEventListener('vote-error', (e) => errors.push(e.detail.code));
    await addFaults({ kind: 'insufficient-scope', method: 'vote.AttachedVote.getWithVoted' });
    const failedGets = async () => (await requests('vote.attachedvote.getwithvoted')).filter((r) => r.status === 403).length;
    await waitUntil(async () => (await failedGets()) >= 2, 'two failing refreshes', { timeout: 12000, interval: 250 });
    expect(errors).to.deep.equal(['insufficient_scope']);
    expect(el.poll).to.not.equal(null);
    expect($$(el, '[part~="result"]').length).to.be.greaterThan(0);
    // Recovery ends the run; the next run of failures is reported again, once.
    await fetch('/__portal/faults', { method: 'DELETE' });
    await waitUntil(async () => (await requests('vote.attachedvote.getwithvoted')).at(-1)!.status === 200, 'a good refresh', { timeout: 7000, interval: 250 });
    await addFaults({ kind: 'insufficient-scope', method: 'vote.AttachedVote.getWithVoted' });
    const before = await failedGets();
    await waitUntil(async () => (await failedGets()) >= before + 1, 'a failing refresh again', { timeout: 7000, interval: 250 });
    expect(errors).to.deep.equal(['insufficient_scope', 'insufficient_scope']);
  });

  it('two elements showing the same poll load once, vote once and both show the new state', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <b24-attached-vote attach-id="1" webhook-url=${webhook(12)}></b24-attached-vote>
      <b24-attached-vote attach-id="1" webhook-url=${webhook(12)}></b24-attached-vote>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll<B24AttachedVote>('b24-attached-vote')];
    await waitUntil(() => a.poll && b.poll, 'both loaded');
    expect(await requests('vote.attachedvote.getwithvoted')).to.have.length(1);
    const [q] = a.poll!.questions;
    await a.vote({ [q.id]: [q.answers[0].id] });
    await settled(a);
    await b.updateComplete;
    expect(b.poll!.isVoted).to.be.true;
    expect($$(b, 'input')).to.have.length(0);
    expect(await requests('vote.attachedvote.vote')).to.have.length(1);
  });

  it('with loading="lazy" loads only when the element nears the viewport', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 4000px"></div>
      <b24-attached-vote loading="lazy" attach-id="1" webhook-url=${webhook(13)}></b24-attached-vote>
    </div>`);
    const el = wrapper.querySelector<B24AttachedVote>('b24-attached-vote')!;
    // This element's reads only (its own user): the previous test's quiet re-read after its vote may land late.
    const reads = async (): Promise<unknown[]> => (await requests('vote.attachedvote.getwithvoted')).filter((r) => r.userId === 13);
    await new Promise((r) => setTimeout(r, 300));
    expect(await reads()).to.have.length(0);
    const loaded = oneEvent(el, 'vote-load');
    el.scrollIntoView();
    await loaded;
    expect(await reads()).to.have.length(1);
  });
});
