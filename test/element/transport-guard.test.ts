/**
 * The element's guard around any transport (issue 12 items 5 and 6): every call is bounded by the transport's
 * `callTimeoutMs` (else 60 s), so a promise that never settles ends in `TIMEOUT` with Retry, the call's signal
 * aborted; after a write the poll is read again first. Only the element's own aborts are silent: an `AbortError`
 * the element did not ask for is `NETWORK_ERROR` with a message and Retry.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { createFetchTransport } from '../../src/transport/factories.js';
import type { B24CallOptions, B24Envelope, B24Transport } from '../../src/transport/types.js';
import { $$, button, requests, resetPortal, text, webhook } from './support.js';

type Call = (method: string, params: Record<string, unknown>, options?: B24CallOptions) => Promise<B24Envelope>;

/** A custom transport over the emulator whose calls go through `override` first (return undefined to pass). */
function customTransport(override: (method: string, params: Record<string, unknown>) => Promise<B24Envelope> | undefined, callTimeoutMs?: number) {
  const real = createFetchTransport({ webhookUrl: webhook(), rateLimit: false });
  const signals: AbortSignal[] = [];
  const call: Call = (method, params, options) => {
    if (options?.signal) signals.push(options.signal);
    return override(method, params) ?? real.call(method, params, options);
  };
  const transport: B24Transport = { call, origin: real.origin, ...(callTimeoutMs ? { callTimeoutMs } : {}) };
  return { transport, signals };
}

const never = (): Promise<B24Envelope> => new Promise<B24Envelope>(() => undefined);

async function mount(transport: B24Transport, attachId: number): Promise<B24AttachedVote> {
  const el = await fixture<B24AttachedVote>(document.createElement('b24-attached-vote'));
  el.transport = transport;
  el.attachId = attachId;
  return el;
}

describe('<b24-attached-vote> guards every transport call', () => {
  beforeEach(resetPortal);

  it('a load that never settles ends in TIMEOUT with Retry after callTimeoutMs, its signal aborted', async () => {
    let hang = true;
    const { transport, signals } = customTransport(() => (hang ? never() : undefined), 300);
    const started = performance.now();
    const el = await mount(transport, 1);
    const { detail } = await oneEvent(el, 'vote-error');
    expect(performance.now() - started).to.be.within(250, 3000);
    expect(detail).to.include({ action: 'load', code: 'TIMEOUT' });
    expect(signals.length).to.be.greaterThan(0);
    expect(signals.every((s) => s.aborted), 'the hanging call was aborted').to.be.true;
    await el.updateComplete;
    expect(el.status).to.equal('error');
    hang = false;
    const loaded = oneEvent(el, 'vote-load');
    button(el, 'Try again').click();
    await loaded;
    expect(el.poll!.id).to.equal('1');
  });

  it('a write that never settles ends in TIMEOUT with Retry, after reading the poll again', async () => {
    const { transport, signals } = customTransport((method) => (method === 'vote.AttachedVote.vote' ? never() : undefined), 300);
    const el = await mount(transport, 1);
    await oneEvent(el, 'vote-load');
    const readsBefore = (await requests()).filter((r) => r.method.startsWith('vote.attachedvote.get')).length;
    const errors: CustomEvent[] = [];
    el.addEventListener('vote-error', (e) => errors.push(e));
    const started = performance.now();
    expect(await el.vote({ '21': ['42'] })).to.be.false;
    expect(performance.now() - started).to.be.below(3000);
    expect(errors.map((e) => `${e.detail.action} ${e.detail.code}`)).to.deep.equal(['vote TIMEOUT']);
    const reads = (await requests()).filter((r) => r.method.startsWith('vote.attachedvote.get')).length;
    expect(reads - readsBefore, 'the poll was read again').to.be.at.least(1);
    const voteSignal = signals.find((_, i) => i > 0 && signals[i]!.aborted);
    expect(voteSignal, 'the write call was aborted').to.exist;
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect(button(el, 'Try again')).to.exist;
  });

  it('with no callTimeoutMs the bound is 60 s: a slow answer is not cut short', async () => {
    const slow = createFetchTransport({ webhookUrl: webhook(), rateLimit: false });
    const { transport } = customTransport((method, params) => new Promise<B24Envelope>((resolve, reject) => {
      setTimeout(() => slow.call(method, params).then(resolve, reject), 1500);
    }));
    const el = await mount(transport, 1);
    const settled = await Promise.race([oneEvent(el, 'vote-load'), oneEvent(el, 'vote-error')]);
    expect(settled.type).to.equal('vote-load');
  });

  it('an AbortError the element did not ask for is NETWORK_ERROR with a message and Retry', async () => {
    let foreign = true;
    const { transport } = customTransport(() => (foreign ? Promise.reject(new DOMException('aborted', 'AbortError')) : undefined));
    const el = await mount(transport, 1);
    const { detail } = await oneEvent(el, 'vote-error');
    expect(detail).to.include({ action: 'load', code: 'NETWORK_ERROR' });
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect($$(el, '[part="error"]')).to.have.length(1);
    expect(text(el).length).to.be.greaterThan(0);
    foreign = false;
    const loaded = oneEvent(el, 'vote-load');
    button(el, 'Try again').click();
    await loaded;
  });

  it('a write rejected with a foreign AbortError is NETWORK_ERROR, not silence', async () => {
    const { transport } = customTransport((method) =>
      method === 'vote.AttachedVote.vote' ? Promise.reject(new DOMException('aborted', 'AbortError')) : undefined);
    const el = await mount(transport, 1);
    await oneEvent(el, 'vote-load');
    const failed = oneEvent(el, 'vote-error');
    expect(await el.vote({ '21': ['42'] })).to.be.false;
    expect((await failed).detail).to.include({ action: 'vote', code: 'NETWORK_ERROR' });
  });

  it("the element's own abort stays silent (another poll named while a call hangs)", async () => {
    const { transport, signals } = customTransport((_method, params) => (params.attachId === 1 ? never() : undefined));
    const errors: Event[] = [];
    const el = await mount(transport, 1);
    el.addEventListener('vote-error', (e) => errors.push(e));
    await waitUntil(() => signals.length > 0, 'the first load is sent');
    const loaded = oneEvent(el, 'vote-load');
    el.attachId = 2;
    await loaded;
    expect(signals[0]!.aborted).to.be.true;
    await new Promise((r) => setTimeout(r, 300));
    expect(errors).to.have.length(0);
    expect(el.poll!.id).to.equal('2');
  });
});
