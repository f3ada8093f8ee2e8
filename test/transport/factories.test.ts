/// <reference types="mocha" />
// The public factories: fetch and BX24 built at once (no chunk before the first call), the SDK adapter on demand,
// and a chunk that cannot be fetched reported as MODULE_UNAVAILABLE.
import { expect } from '@open-wc/testing';
import { isB24Error } from '../../src/transport/b24-error.js';
import { createB24JsSdkTransport, createBx24Transport, createFetchTransport, onDemandTransport } from '../../src/transport/factories.js';
import { createBx24Standin } from '../support/bx24-standin.js';
import { reset, webhookUrl } from '../support/portal.js';
import { b24Failure } from './support.js';

describe('transport factories', () => {
  beforeEach(() => reset());

  it('createFetchTransport and createBx24Transport are the implementations themselves: settings known at once', async () => {
    const fetchTransport = createFetchTransport({ webhookUrl: await webhookUrl(1), timeoutMs: 400, retry: false, rateLimit: false });
    expect(fetchTransport.callTimeoutMs, 'no lazy wrapper in between').to.equal(400);
    expect(Object.isFrozen(fetchTransport)).to.equal(true);
    const bx24 = createBx24Transport(createBx24Standin({ origin: location.origin, token: 'token-1' }), { timeoutMs: 300, retry: false });
    expect(bx24.callTimeoutMs).to.equal(300);
    // Option errors are thrown at once, not on the first call.
    expect(() => createFetchTransport({ webhookUrl: 'https://p.example/rest/1/c/', timeoutMs: -1 })).to.throw(/timeoutMs/);
    expect(() => createBx24Transport(null)).to.throw(/BX24/);
  });

  it('no script is requested before or during the first fetch call', async () => {
    const before = performance.getEntriesByType('resource').length;
    const transport = createFetchTransport({ webhookUrl: await webhookUrl(1), rateLimit: false });
    await transport.call('vote.AttachedVote.get', { attachId: 1 });
    const scripts = performance
      .getEntriesByType('resource')
      .slice(before)
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' || /\.(?:ts|js)(?:\?|$)/.test(entry.name));
    expect(scripts.map((entry) => entry.name)).to.deep.equal([]);
  });

  it('the SDK adapter: its chunk requested on demand; a bad client rejects calls with INVALID_CONFIG', async () => {
    const transport = createB24JsSdkTransport({} as never);
    await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 1 }), 'INVALID_CONFIG');
  });

  it('a chunk that cannot be fetched rejects every call with MODULE_UNAVAILABLE, never BAD_RESPONSE', async () => {
    const missing = `/__no-such-chunk-${Math.random().toString(36).slice(2)}.js`;
    const transport = onDemandTransport('https://portal.example', () => import(/* @vite-ignore */ missing));
    expect(transport.origin).to.equal('https://portal.example');
    for (let i = 0; i < 2; i++) {
      const error = await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 1 }), 'MODULE_UNAVAILABLE');
      expect(isB24Error(error) && error.source).to.equal('element');
    }
  });
});
