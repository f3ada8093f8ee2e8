// A changed vote the portal refuses has already lost its old ballot (issue 11, item 3): the element reads the poll
// again and shows the truth; events `vote-error`, then `vote-load`. And a long 429 wait is told (item 7).
import { expect, waitUntil } from '@open-wc/testing';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import { $, $$, addFaults, button, pick, portalState, requests, resetPortal, settled, staleRules, text, webhook, renderWith as load } from './support.js';

describe('a refused change of vote', () => {
  beforeEach(resetPortal);

  it('reads the poll again: not voted, the new selection kept, vote-error then vote-load', async () => {
    // User 2 voted on poll 3: 24 -> Happy, 25 -> Yes, 23 -> Drive + Tasks & Projects.
    const el = await load(staleRules(2), 3);
    expect(el.poll!.isVoted).to.be.true;
    button(el, 'Change vote').click();
    await el.updateComplete;
    pick(el, 'Happy'); // unchecks question 24's only pick (a checkbox in the element's stale copy)
    pick(el, 'No & never');
    await el.updateComplete;
    const events: Array<{ type: string; detail: Record<string, unknown> }> = [];
    for (const type of ['vote-error', 'vote-load', 'vote-success']) {
      el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
    }
    const before = (await requests()).length;
    expect(await el.vote()).to.be.false;
    await settled(el);
    expect(events.map((e) => e.type)).to.deep.equal(['vote-error', 'vote-load']);
    expect(events[0]!.detail.code).to.equal('QUESTION_24');
    expect((events[1]!.detail.attach as { isVoted: boolean }).isVoted).to.be.false;
    // The truth: the old ballot is gone on the portal and on screen.
    const stored = (await portalState()).polls.find((p) => p.attachId === 3)!;
    expect(stored.ballots['2']).to.equal(undefined);
    expect(el.poll!.isVoted).to.be.false;
    expect((await requests()).slice(before).map((r) => r.method)).to.deep.equal([
      'vote.attachedvote.vote', 'vote.attachedvote.getwithvoted',
    ]);
    // The form, with the user's new picks still checked, and the message about the required question.
    const checked = $$<HTMLInputElement>(el, 'form input:checked').map((i) => i.value);
    expect(checked).to.include('59');
    expect(checked).to.not.include('55');
    expect($$(el, '[part~="vote-button"]')).to.have.length(1);
    expect($(el, '[part~="error"]').textContent).to.contain('How happy are you with the new office?');
    expect(el.status).to.equal('error');
  });

  it('does not re-read a refused first vote', async () => {
    const el = await load(staleRules(10), 3);
    expect(el.poll!.isVoted).to.be.false;
    pick(el, 'No & never');
    const events: string[] = [];
    for (const type of ['vote-error', 'vote-load']) el.addEventListener(type, () => events.push(type));
    const before = (await requests()).length;
    expect(await el.vote()).to.be.false;
    await settled(el);
    expect(events).to.deep.equal(['vote-error']);
    expect((await requests()).slice(before).map((r) => r.method)).to.deep.equal(['vote.attachedvote.vote']);
  });
});

describe('a long rate-limit wait', () => {
  beforeEach(resetPortal);

  it('tells the user after 2 s that Bitrix24 is busy and the vote is waiting', async function () {
    this.timeout(15000);
    // A 429 without a time block waits `operationLimitDefaultWaitMs`: 3 s here, so the note shows after 2 s.
    const transport = createFetchTransport({
      webhookUrl: webhook(10), rateLimit: false, retry: { operationLimitDefaultWaitMs: 3000 },
    });
    const el = await load(transport, 1);
    await addFaults({ kind: 'operation-limit', method: 'vote.AttachedVote.vote', times: 1 });
    pick(el, 'Sushi bar');
    const started = performance.now();
    const voted = el.vote();
    await new Promise((r) => setTimeout(r, 1000));
    expect($$(el, '[part~="wait-note"]'), 'no note before 2 s').to.have.length(0);
    await waitUntil(() => $$(el, '[part~="wait-note"]').length === 1, 'the note shows', { timeout: 3000 });
    expect(performance.now() - started).to.be.greaterThan(1900);
    expect($(el, '[part~="wait-note"]').textContent).to.contain('Bitrix24 is busy');
    expect($(el, '[role="status"]').textContent).to.contain('Bitrix24 is busy');
    expect(el.status).to.equal('submitting');
    expect(await voted).to.be.true;
    await el.updateComplete;
    expect($$(el, '[part~="wait-note"]')).to.have.length(0);
    expect(text(el)).to.not.contain('Bitrix24 is busy');
  });

  it('says nothing about a short wait', async () => {
    const transport = createFetchTransport({
      webhookUrl: webhook(10), rateLimit: false, retry: { operationLimitDefaultWaitMs: 500 },
    });
    const el = await load(transport, 1);
    await addFaults({ kind: 'operation-limit', method: 'vote.AttachedVote.vote', times: 1 });
    pick(el, 'Sushi bar');
    const seen: string[] = [];
    const watch = setInterval(() => seen.push(...$$(el, '[part~="wait-note"]').map((n) => n.textContent ?? '')), 50);
    expect(await el.vote()).to.be.true;
    clearInterval(watch);
    expect(seen).to.deep.equal([]);
    expect((await requests('vote.attachedvote.vote')).map((r) => r.status)).to.deep.equal([429, 200]);
  });
});
