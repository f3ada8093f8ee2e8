/**
 * Exactly one `vote` request for one intent: a double click, Enter held down (key repeat), and two elements
 * showing the same poll for the same user, all against a slow portal so the repeats land while the first vote is
 * in flight.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { B24AttachedVote } from '../../src/element.js';
import { VOTE_BALLOT, vote } from './actions.js';
import {
  $,
  $$,
  crossWebhook,
  delay,
  faults,
  itClean,
  mountLoaded,
  nextEvent,
  pickAnswer,
  record,
  resetCross,
  sent,
  settled,
  storedPoll,
  webhookTransport,
} from './support.js';

const SLOW_VOTE = { kind: 'latency', ms: 300, method: 'vote.AttachedVote.vote' } as const;

describe('fault injection: one intent, one vote request (cross-origin emulator)', () => {
  beforeEach(resetCross);

  itClean('a double click on Vote sends one request', async () => {
    const transport = await webhookTransport(vote.userId);
    const scene = await vote.prepare(transport);
    await faults(SLOW_VOTE);
    const voteButton = $<HTMLButtonElement>(scene.el, '[part~="vote-button"]');
    voteButton.click();
    voteButton.click();
    voteButton.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await vote.expectDone(scene);
    expect(await sent(vote.method)).to.have.length(1);
    expect(scene.events.filter((e) => e.type === 'vote-success')).to.have.length(1);
  });

  itClean('Enter held down on the Vote button sends one request', async () => {
    const transport = await webhookTransport(vote.userId);
    const scene = await vote.prepare(transport);
    await faults(SLOW_VOTE);
    $<HTMLButtonElement>(scene.el, '[part~="vote-button"]').focus();
    // Pressing a key that is already down is the keyboard's auto-repeat.
    for (let i = 0; i < 8; i++) await sendKeys({ down: 'Enter' });
    await sendKeys({ up: 'Enter' });
    await vote.expectDone(scene);
    await delay(100);
    expect(await sent(vote.method)).to.have.length(1);
  });

  itClean('Enter held down on an answer with submit-on-select sends one request', async () => {
    const transport = await webhookTransport(10);
    const { el, events } = await mountLoaded(transport, 1, { 'submit-on-select': '' });
    await faults(SLOW_VOTE);
    const radio = $<HTMLInputElement>(el, 'input[value="43"]');
    radio.focus();
    for (let i = 0; i < 8; i++) await sendKeys({ down: 'Enter' });
    await sendKeys({ up: 'Enter' });
    const success = await nextEvent(events, 'vote-success');
    expect(success.detail.ballot).to.deep.equal({ '21': ['43'] });
    await settled(el);
    await delay(150);
    expect(await sent(vote.method)).to.have.length(1);
    expect((await storedPoll(1)).ballots['10']).to.deep.equal({ '21': ['43'] });
  });

  itClean('two elements for the same poll and user, both voting at once, send one request and both show it', async () => {
    // The same webhook-url: the page shares one transport between them.
    const url = await crossWebhook(10);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <b24-attached-vote attach-id="2" webhook-url=${url}></b24-attached-vote>
      <b24-attached-vote attach-id="2" webhook-url=${url}></b24-attached-vote>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll<B24AttachedVote>('b24-attached-vote')] as [B24AttachedVote, B24AttachedVote];
    const eventsA = record(a);
    const eventsB = record(b);
    await waitUntil(() => a.poll && b.poll, 'both loaded', { timeout: 5000 });
    await Promise.all([a.updateComplete, b.updateComplete]);
    await faults(SLOW_VOTE);
    for (const el of [a, b]) {
      pickAnswer(el, '46');
      pickAnswer(el, '48');
    }
    await Promise.all([a.updateComplete, b.updateComplete]);
    $<HTMLButtonElement>(a, '[part~="vote-button"]').click();
    $<HTMLButtonElement>(b, '[part~="vote-button"]').click();
    await Promise.all([nextEvent(eventsA, 'vote-success'), nextEvent(eventsB, 'vote-success')]);
    await Promise.all([settled(a), settled(b)]);
    expect(await sent(vote.method), 'one vote request').to.have.length(1);
    for (const el of [a, b]) {
      expect(el.poll!.isVoted).to.equal(true);
      expect($$(el, 'input'), 'results on both').to.have.length(0);
    }
    expect([...eventsA, ...eventsB].filter((e) => e.type === 'vote-error')).to.deep.equal([]);
    expect((await storedPoll(2)).ballots['10']).to.deep.equal(VOTE_BALLOT);
  });

  itClean('two elements for the same poll: when one has voted, the other shows it and cannot send it again', async () => {
    const transport = await webhookTransport(10);
    const a = await mountLoaded(transport, 2);
    const b = await mountLoaded(transport, 2);
    pickAnswer(a.el, '46');
    pickAnswer(b.el, '46');
    await a.el.updateComplete;
    $<HTMLButtonElement>(a.el, '[part~="vote-button"]').click();
    await nextEvent(a.events, 'vote-success');
    await Promise.all([settled(a.el), settled(b.el)]);
    expect(b.el.poll!.isVoted).to.equal(true);
    expect($$(b.el, '[part~="vote-button"]')).to.have.length(0);
    expect(await sent(vote.method)).to.have.length(1);
  });
});
