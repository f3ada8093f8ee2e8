/**
 * How the configuration arrives (issue 13 item 1): frameworks create the tag first and set its properties later,
 * BX24.js may load after the element. No poll named: idle (nothing sent, reported or shown, zero height). A named
 * poll without a transport, or with a piece still missing, is held back 2 s (placeholder meanwhile) unless a
 * method asks; a late `window.BX24` is picked up; a present but wrong value is reported at once.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { createBx24Standin } from '../support/bx24-standin.js';
import { $$, addFaults, requests, resetPortal, text, webhook } from './support.js';

/** Every vote-* event that reaches the document, in order. */
function recordEvents(): { events: CustomEvent[]; stop(): void } {
  const events: CustomEvent[] = [];
  const types = ['vote-load', 'vote-error', 'vote-submit', 'vote-success', 'vote-recall'];
  const listener = (event: Event): void => void events.push(event as CustomEvent);
  for (const type of types) document.addEventListener(type, listener);
  return { events, stop: () => types.forEach((type) => document.removeEventListener(type, listener)) };
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** An element with the given attributes and no transport unless one is among them. */
async function mount(attrs: Record<string, string> = {}): Promise<B24AttachedVote> {
  const el = document.createElement('b24-attached-vote');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return fixture<B24AttachedVote>(el);
}

describe('<b24-attached-vote> as its configuration arrives', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(async () => {
    await resetPortal();
    // Heights another test file remembered for the same polls (localStorage outlives a file's page) would size the
    // reserve instead of --b24-vote-reserve.
    localStorage.removeItem('b24-attached-vote.heights');
    recorder = recordEvents();
  });
  afterEach(() => {
    recorder.stop();
    delete (globalThis as { BX24?: unknown }).BX24;
  });

  it('with no poll attribute is idle: nothing sent, reported or shown, zero height; a poll named later loads', async () => {
    // Options are not checked while idle either: the bad refresh-interval is reported once a poll is named.
    const el = await mount({ 'webhook-url': webhook(), 'refresh-interval': 'often', theme: 'blue' });
    await delay(400);
    expect(el.status).to.equal('idle');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect($$(el, '[part="skeleton"], [part="error"]')).to.have.length(0);
    expect(recorder.events).to.have.length(0);
    expect(await requests()).to.have.length(0);

    const loaded = oneEvent(el, 'vote-load');
    el.attachId = 1;
    await loaded;
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    const errors = recorder.events.filter((e) => e.type === 'vote-error').map((e) => String(e.detail.description));
    expect(errors).to.have.length(2);
    expect(errors.some((d) => d.startsWith('refresh-interval'))).to.be.true;
    expect(errors.some((d) => d.startsWith('theme'))).to.be.true;
  });

  it('NO_TRANSPORT only after 2 s (placeholder meanwhile); an idle element next to it stays silent', async () => {
    const idle = await mount();
    const started = performance.now();
    const el = await mount({ 'attach-id': '1' });
    const failed = oneEvent(el, 'vote-error');
    await delay(1200);
    expect(recorder.events, 'nothing within the grace period').to.have.length(0);
    expect(el.status).to.equal('loading');
    expect($$(el, '[part="skeleton"]')).to.have.length(1);
    const { detail } = await failed;
    expect(performance.now() - started).to.be.at.least(1950);
    expect(detail).to.include({ action: 'load', code: 'NO_TRANSPORT' });
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect(text(el)).to.contain('no connection is configured');
    await delay(200);
    expect(recorder.events.map((e) => e.target)).to.deep.equal([el]);
    expect(idle.status).to.equal('idle');
    expect(idle.getBoundingClientRect().height).to.equal(0);
  });

  it('a change of a source input restarts the 2 s', async () => {
    const el = await mount({ 'attach-id': '1' });
    await delay(1200);
    const changedAt = performance.now();
    el.attachId = 2;
    const { detail } = await oneEvent(el, 'vote-error');
    expect(performance.now() - changedAt).to.be.at.least(1950);
    expect(detail.code).to.equal('NO_TRANSPORT');
  });

  it('a method call reports a missing transport at once', async () => {
    const el = await mount({ 'attach-id': '1' });
    const started = performance.now();
    const failed = oneEvent(el, 'vote-error');
    expect(await el.refresh()).to.be.false;
    expect((await failed).detail).to.include({ action: 'load', code: 'NO_TRANSPORT' });
    expect(await el.vote({ '21': ['42'] })).to.be.false;
    expect(performance.now() - started).to.be.below(1000);
    // Each call fails once, and the failure is the load's: the vote never got a poll to write to.
    const codes = recorder.events.filter((e) => e.type === 'vote-error').map((e) => `${e.detail.action} ${e.detail.code}`);
    expect(codes).to.deep.equal(['load NO_TRANSPORT', 'load NO_TRANSPORT']);
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect(await requests()).to.have.length(0);
  });

  it('a window.BX24 that appears during the grace period is used, with no error', async () => {
    const el = await mount({ 'attach-id': '1' });
    await delay(300);
    const loaded = oneEvent(el, 'vote-load');
    (globalThis as { BX24?: unknown }).BX24 = createBx24Standin({ origin: location.origin, token: 'token-10' });
    await loaded;
    expect(recorder.events.filter((e) => e.type === 'vote-error')).to.have.length(0);
    const [request] = await requests();
    expect(request!.auth).to.equal('oauth');
    expect(el.poll!.id).to.equal('1');
  });

  it('a window.BX24 that appears after NO_TRANSPORT was reported still loads the poll', async () => {
    const el = await mount({ 'attach-id': '2' });
    expect((await oneEvent(el, 'vote-error')).detail.code).to.equal('NO_TRANSPORT');
    const loaded = oneEvent(el, 'vote-load');
    (globalThis as { BX24?: unknown }).BX24 = createBx24Standin({ origin: location.origin, token: 'token-10' });
    await loaded;
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect($$(el, '[part="error"]')).to.have.length(0);
  });

  it('a present but wrong value is reported at once', async () => {
    const started = performance.now();
    const a = await mount({ 'attach-id': 'abc' });
    const b = await mount({ 'attach-id': '1', 'webhook-url': 'https://portal.example/rest/1/' });
    await waitUntil(() => recorder.events.length === 2, 'both reported', { timeout: 1000 });
    expect(performance.now() - started).to.be.below(1000);
    expect(recorder.events.map((e) => [e.target, e.detail.code])).to.deep.equal([[a, 'INVALID_CONFIG'], [b, 'INVALID_CONFIG']]);
    expect(String(recorder.events[1]!.detail.description)).to.match(/^webhook-url/);
  });

  it('reserves the likely height while a poll of unknown shape is held and loading, then takes the poll\'s own', async () => {
    await addFaults({ kind: 'latency', ms: 600 });
    const el = await fixture<B24AttachedVote>(html`<b24-attached-vote attach-id="6"></b24-attached-vote>`);
    await el.updateComplete;
    expect(el.getBoundingClientRect().height, 'held: the default reserve').to.equal(300);
    expect($$(el, '[part="skeleton"][aria-busy="true"]'), 'busy for assistive technology').to.have.length(1);
    const loaded = oneEvent(el, 'vote-load');
    el.webhookUrl = webhook();
    await el.updateComplete;
    await delay(150); // the load is on the wire, answered only after 600 ms
    expect(el.status).to.equal('loading');
    expect(el.getBoundingClientRect().height, 'loading').to.equal(300);
    await loaded;
    await el.updateComplete;
    const poll = $$(el, '[part~="poll"]')[0]!;
    expect(el.getBoundingClientRect().height, 'the poll\'s own height').to.equal(poll.getBoundingClientRect().height);
    expect(el.getBoundingClientRect().height, 'a two-answer poll is shorter than the reserve').to.be.within(100, 299);
  });

  it('reserves what the page sets in --b24-vote-reserve, and nothing for none', async () => {
    await addFaults({ kind: 'latency', ms: 400 });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <b24-attached-vote style="--b24-vote-reserve: 420px" attach-id="3" webhook-url=${webhook()}></b24-attached-vote>
      <b24-attached-vote style="--b24-vote-reserve: none" attach-id="5" webhook-url=${webhook()}></b24-attached-vote>
    </div>`);
    const [tuned, off] = [...wrapper.querySelectorAll<B24AttachedVote>('b24-attached-vote')];
    await delay(100);
    expect([tuned!.status, off!.status]).to.deep.equal(['loading', 'loading']);
    expect(tuned!.getBoundingClientRect().height, 'the page\'s value').to.equal(420);
    expect(off!.getBoundingClientRect().height, 'none').to.equal(0);
  });

  it('gives a poll shown before on the page a placeholder of the poll\'s own height', async () => {
    const first = await fixture<B24AttachedVote>(html`<b24-attached-vote attach-id="7" webhook-url=${webhook()}></b24-attached-vote>`);
    await oneEvent(first, 'vote-load');
    await first.updateComplete;
    // The height is learned in the frame after the poll showed.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const shown = first.getBoundingClientRect().height;
    await addFaults({ kind: 'latency', ms: 600 });
    const again = await fixture<B24AttachedVote>(html`<b24-attached-vote attach-id="7" webhook-url=${webhook()}></b24-attached-vote>`);
    await again.updateComplete;
    // The width, and with it the height to reserve, is known after the next frame's layout, before its paint.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(again.status).to.equal('loading');
    expect($$(again, '[part="skeleton"]')).to.have.length(1);
    expect(again.getBoundingClientRect().height).to.be.closeTo(shown, 2);
  });
});
