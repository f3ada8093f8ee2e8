import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { $, $$, addFaults, button, pick, portalState, renderPoll, requests, resetPortal, settled, text, webhook } from './support.js';

describe('<b24-attached-vote> edge cases', () => {
  beforeEach(resetPortal);

  it('Retry sends what is on screen, including a pick changed after the failure', async () => {
    await addFaults({ kind: 'internal-error', method: 'vote.AttachedVote.vote', times: 1 });
    const el = await renderPoll({ 'attach-id': '2' });
    const [q] = el.poll!.questions;
    pick(el, q.answers[0].text);
    await el.updateComplete;
    const failed = oneEvent(el, 'vote-error');
    $<HTMLButtonElement>(el, '[part~="vote-button"]').click();
    await failed;
    await settled(el);
    pick(el, q.answers[2].text);
    await el.updateComplete;
    const success = oneEvent(el, 'vote-success');
    button(el, 'Try again').click();
    expect((await success).detail.ballot).to.deep.equal({ [q.id]: [q.answers[0].id, q.answers[2].id] });
    expect((await requests('vote.attachedvote.vote')).at(-1)!.params.ballot).to.deep.equal({ [q.id]: [q.answers[0].id, q.answers[2].id] });
  });

  it('vote() right after creation waits for the poll and sends the ballot', async () => {
    const el = document.createElement('b24-attached-vote');
    el.setAttribute('webhook-url', webhook());
    el.setAttribute('attach-id', '1');
    await fixture(el);
    const ballot = { '21': ['43'] };
    const sent = await el.vote(ballot);
    expect(sent).to.be.true;
    expect((await requests('vote.attachedvote.vote'))[0].params.ballot).to.deep.equal(ballot);
  });

  it('vote() on a lazy element out of view loads it first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><div style="height: 5000px"></div><b24-attached-vote loading="lazy" attach-id="1" webhook-url=${webhook()}></b24-attached-vote></div>`);
    const el = wrapper.querySelector<B24AttachedVote>('b24-attached-vote')!;
    expect(el.status).to.equal('idle');
    expect(await el.vote({ '21': ['44'] })).to.be.true;
    expect(el.poll!.isVoted).to.be.true;
  });

  it('with submit-on-select, changing a vote waits for the Vote button', async () => {
    const el = await renderPoll({ 'attach-id': '1', 'submit-on-select': '' }, 13);
    const [q] = el.poll!.questions;
    await el.vote({ [q.id]: [q.answers[0].id] });
    await settled(el);
    button(el, 'Change vote').click();
    await el.updateComplete;
    pick(el, q.answers[1].text);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 150));
    expect(await requests('vote.attachedvote.vote')).to.have.length(1);
    const success = oneEvent(el, 'vote-success');
    $<HTMLButtonElement>(el, '[part~="vote-button"]').click();
    expect((await success).detail.ballot).to.deep.equal({ [q.id]: [q.answers[1].id] });
  });

  it('"Keep my vote" leaves the vote as it was and sends nothing', async () => {
    const el = await renderPoll({ 'attach-id': '1' }, 14);
    const [q] = el.poll!.questions;
    await el.vote({ [q.id]: [q.answers[3].id] });
    await settled(el);
    button(el, 'Change vote').click();
    await el.updateComplete;
    pick(el, q.answers[0].text);
    button(el, 'Keep my vote').click();
    await el.updateComplete;
    expect($$(el, 'input')).to.have.length(0);
    expect($(el, `[data-answer="${q.answers[3].id}"]`).classList.contains('mine')).to.be.true;
    expect(el.shadowRoot!.activeElement === $(el, '[part~="change-button"]'), 'focus').to.be.true;
    expect(await requests('vote.attachedvote.vote')).to.have.length(1);
  });

  it('an element moved in the DOM while voting finishes the vote', async () => {
    await addFaults({ kind: 'latency', ms: 300, method: 'vote.AttachedVote.vote', times: 1 });
    const wrapper = await fixture<HTMLDivElement>(html`<div><b24-attached-vote attach-id="1" webhook-url=${webhook(15)}></b24-attached-vote><section></section></div>`);
    const el = wrapper.querySelector<B24AttachedVote>('b24-attached-vote')!;
    await waitUntil(() => el.poll, 'loaded');
    const [q] = el.poll!.questions;
    const sent = el.vote({ [q.id]: [q.answers[1].id] });
    await waitUntil(async () => (await requests('vote.attachedvote.vote')).length === 1, 'vote on the wire');
    const success = oneEvent(el, 'vote-success');
    wrapper.querySelector('section')!.append(el);
    expect(await sent).to.be.true;
    await success;
    expect(el.poll!.isVoted).to.be.true;
    expect((await portalState()).polls.find((p) => p.attachId === 1)!.ballots['15']).to.deep.equal({ [q.id]: [q.answers[1].id] });
  });

  it('an element removed while voting, put back later, re-reads the poll and shows the truth', async () => {
    await addFaults({ kind: 'latency', ms: 300, method: 'vote.AttachedVote.vote', times: 1 });
    const wrapper = await fixture<HTMLDivElement>(html`<div><b24-attached-vote attach-id="1" webhook-url=${webhook(16)}></b24-attached-vote></div>`);
    const el = wrapper.querySelector<B24AttachedVote>('b24-attached-vote')!;
    await waitUntil(() => el.poll, 'loaded');
    const [q] = el.poll!.questions;
    const sent = el.vote({ [q.id]: [q.answers[2].id] });
    await waitUntil(async () => (await requests('vote.attachedvote.vote')).length === 1, 'vote on the wire');
    el.remove();
    expect(await sent).to.be.false;
    // The portal stores the vote although nobody waits for the answer any more.
    await waitUntil(async () => (await portalState()).polls.find((p) => p.attachId === 1)!.ballots['16'], 'stored');
    const loaded = oneEvent(el, 'vote-load');
    wrapper.append(el);
    await loaded;
    expect(el.poll!.isVoted).to.be.true;
  });

  it('a vote refused because another vote of the user is still being saved says "busy", not "closed"', async () => {
    // The portal makes the second vote wait for the first (15 s on a real server) and answers 403 only when the
    // wait runs out: a short wait here, so that the 400 ms vote outlasts it.
    await fetch('/__portal/limits', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"voteLockWaitMs":100}' });
    await addFaults({ kind: 'latency', ms: 400, method: 'vote.AttachedVote.vote', times: 1 });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <b24-attached-vote attach-id="2" webhook-url=${webhook(19)}></b24-attached-vote>
      <b24-attached-vote attach-id="2" webhook-url=${webhook(19)}></b24-attached-vote>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll<B24AttachedVote>('b24-attached-vote')];
    await waitUntil(() => a.poll && b.poll, 'both loaded');
    const [q] = a.poll!.questions;
    const first = a.vote({ [q.id]: [q.answers[0].id] });
    await waitUntil(async () => (await requests('vote.attachedvote.vote')).length === 1, 'first vote on the wire');
    const refused = oneEvent(b, 'vote-error');
    const second = b.vote({ [q.id]: [q.answers[1].id] });
    expect((await refused).detail.code).to.equal('403');
    expect(await second).to.be.false;
    expect(await first).to.be.true;
    await settled(b);
    expect(text(b)).to.contain('Bitrix24 is busy right now');
    expect(text(b)).not.to.contain('This poll is closed');
  });

  it('vote-submit hands the host a read-only ballot', async () => {
    const el = await renderPoll({ 'attach-id': '1' });
    const [q] = el.poll!.questions;
    let frozen = false;
    el.addEventListener('vote-submit', (e) => {
      frozen = Object.isFrozen(e.detail.ballot);
      expect(() => ((e.detail.ballot as Record<string, string[]>)[q.id] = ['0'])).to.throw();
    });
    await el.vote({ [q.id]: [q.answers[0].id] });
    expect(frozen).to.be.true;
    expect((await requests('vote.attachedvote.vote'))[0].params.ballot).to.deep.equal({ [q.id]: [q.answers[0].id] });
  });

  it('renders dropdown and multiselect questions as radios and checkboxes', async () => {
    const el = await renderPoll({ 'attach-id': '3' });
    const raw = await fetch('/rest/10/demo/vote.AttachedVote.get', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"attachId":3}' }).then((r) => r.json());
    const questions = Object.values(raw.result.attach.QUESTIONS as Record<string, { ID: string; FIELD_TYPE: string; ACTIVE: string }>).filter((q) => q.ACTIVE === 'Y');
    const kinds = questions.map((q) => [q.FIELD_TYPE, $$<HTMLInputElement>(el, `[data-question="${q.ID}"] input`)[0]?.type]);
    expect(kinds.some(([field]) => field === '2' || field === '3'), 'the seed has a dropdown or multiselect').to.be.true;
    for (const [field, type] of kinds) expect(type).to.equal(field === '1' || field === '3' ? 'checkbox' : 'radio');
  });

  it('resolves question images against the portal origin', async () => {
    const el = await renderPoll({ 'attach-id': '3' });
    const img = $<HTMLImageElement>(el, 'img[part~="image"]');
    const raw = el.poll!.questions.find((q) => q.image)!.image!;
    expect(raw.startsWith('/')).to.be.true;
    expect(img.src).to.equal(new URL(raw, location.origin).href);
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the image loads from the portal');
  });

  it('follows the language of a host component across its shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('b24-attached-vote');
    el.setAttribute('webhook-url', webhook());
    el.setAttribute('attach-id', '1');
    const loaded = oneEvent(el, 'vote-load');
    shadow.append(el);
    await loaded;
    await waitUntil(() => text(el).includes('Abstimmen'), 'German through the shadow root');
  });

  it('words an error in a language that arrives after the failure', async () => {
    const el = document.createElement('b24-attached-vote');
    el.setAttribute('lang', 'pl');
    el.setAttribute('attach-id', '1');
    const failed = oneEvent(el, 'vote-error');
    await fixture(el);
    expect((await failed).detail.code).to.equal('NO_TRANSPORT');
    await waitUntil(() => !text(el).includes('no connection is configured') && text(el).length > 0, 'Polish error text');
  });
});
