/// <reference types="mocha" />
// `callTimeoutMs`: the bound on one whole call that each transport derives from its own settings, and calls
// that keep failing (hang, 429) really ending within it.
import { expect } from '@open-wc/testing';
import { createB24JsSdkTransport } from '../../src/transport/b24jssdk-transport.js';
import { createBx24Transport } from '../../src/transport/bx24-transport.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import { resetRateLimiters } from '../../src/transport/rate-limiter.js';
import { callBoundMs, DEFAULT_RETRY, resolveRetryOptions } from '../../src/transport/retry.js';
import { createBx24Standin } from '../support/bx24-standin.js';
import { addFaults, reset, restUrl, webhookUrl, type PortalTarget } from '../support/portal.js';
import { b24Failure } from './support.js';

const X: PortalTarget = { crossOrigin: true };
const HOOK = 'https://portal.example/rest/1/abc123/';

describe('callTimeoutMs', () => {
  beforeEach(async () => {
    await reset(X);
  });
  afterEach(() => resetRateLimiters());

  it('fetch, no retries and no bucket: one request, timeoutMs; OAuth: two requests and the token functions', () => {
    expect(createFetchTransport({ webhookUrl: HOOK, timeoutMs: 500, retry: false, rateLimit: false }).callTimeoutMs).to.equal(500);
    expect(
      createFetchTransport({ restUrl: 'https://portal.example/rest/', auth: 't', timeoutMs: 100, retry: false, rateLimit: false })
        .callTimeoutMs,
    ).to.equal(300);
  });

  it('fetch with the defaults: every try, every back-off, 60 s of 429s and one full bucket', () => {
    // 6 tries of 30 s (the first, 3 more for 503, 2 more for a failing read), back-offs 0.5+1+2 s and 0.5+1 s,
    // 60 s of 429 waits plus the try under way, 25 s to drain a full bucket of 50 at 2/s.
    const expected = 6 * 30_000 + 3_500 + 1_500 + 60_000 + 30_000 + 25_000;
    expect(createFetchTransport({ webhookUrl: HOOK }).callTimeoutMs).to.equal(expected);
    expect(expected).to.equal(300_000);
  });

  it('a setting without a finite bound gives none', () => {
    expect(callBoundMs(1000, resolveRetryOptions({ rateLimitTries: Infinity }))).to.equal(undefined);
    expect(callBoundMs(1000, resolveRetryOptions({ operationLimitTries: 1 }))).to.equal(
      (DEFAULT_RETRY.rateLimitTries + DEFAULT_RETRY.readTries - 1) * 1000 + 3_500 + 1_500,
    );
  });

  it('BX24: from its timeoutMs (which covers init and the bucket) and its retry policy', () => {
    const standin = createBx24Standin({ origin: location.origin, token: 'token-1' });
    expect(createBx24Transport(standin, { timeoutMs: 1000, retry: false }).callTimeoutMs).to.equal(1000);
    expect(createBx24Transport(standin, { timeoutMs: 1000 }).callTimeoutMs).to.equal(callBoundMs(1000, resolveRetryOptions({})));
  });

  it('the SDK: none by default (the SDK decides), timeoutMs when given without retries', () => {
    const sdk = { actions: { v2: { call: { make: () => Promise.reject(new Error('unused')) } } } };
    expect(createB24JsSdkTransport(sdk).callTimeoutMs).to.equal(undefined);
    expect(createB24JsSdkTransport(sdk, { timeoutMs: 700, rateLimit: false }).callTimeoutMs).to.equal(700);
  });

  it('a read whose portal hangs every time ends within the bound', async () => {
    await addFaults([{ kind: 'hang' }], X);
    const transport = createFetchTransport({
      webhookUrl: await webhookUrl(1, X),
      timeoutMs: 150,
      rateLimit: false,
      retry: { delayScale: 0.01 },
    });
    const started = performance.now();
    await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 1 }), 'TIMEOUT');
    const elapsed = performance.now() - started;
    expect(elapsed).to.be.above(3 * 150 - 20);
    expect(elapsed).to.be.below(transport.callTimeoutMs!);
  });

  it('an OAuth call under 429s to the end of the limit ends within the bound', async () => {
    await addFaults([{ kind: 'operation-limit' }], X);
    const transport = createFetchTransport({
      restUrl: await restUrl(X),
      auth: 'token-1',
      timeoutMs: 1000,
      rateLimit: false,
      retry: { operationLimitDefaultWaitMs: 60, operationLimitMaxWaitMs: 300, operationBaseDelayMs: 10 },
    });
    const started = performance.now();
    await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 1 }), 'OPERATION_TIME_LIMIT', 429);
    expect(performance.now() - started).to.be.within(200, transport.callTimeoutMs!);
  });
});
