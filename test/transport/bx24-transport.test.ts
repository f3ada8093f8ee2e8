/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { createBx24Transport } from '../../src/transport/bx24-transport.js';
import { resetRateLimiters } from '../../src/transport/rate-limiter.js';
import type { B24Transport } from '../../src/transport/types.js';
import { createBx24Standin, prepareData, type Bx24Standin } from '../support/bx24-standin.js';
import { addFaults, crossOriginUrl, delay, log, requestsFor, reset, type PortalTarget } from '../support/portal.js';
import { abortFailure, b24Failure, FAST_RETRY } from './support.js';

const X: PortalTarget = { crossOrigin: true };
/** A loopback port nothing listens on: the connection is refused, a real network failure. */
const CLOSED_PORT_ORIGIN = 'http://127.0.0.1:59997';

interface Setup {
  standin: Bx24Standin;
  transport: B24Transport;
}

async function setup(token: string, target: PortalTarget = {}, options: { timeoutMs?: number; refreshedToken?: string } = {}): Promise<Setup> {
  const origin = target.crossOrigin ? await crossOriginUrl() : location.origin;
  const standin = createBx24Standin({ origin, token, refreshedToken: options.refreshedToken });
  const transport = createBx24Transport(standin, {
    protocol: 'http',
    rateLimit: false,
    retry: FAST_RETRY,
    timeoutMs: options.timeoutMs ?? 2000,
  });
  return { standin, transport };
}

describe('BX24 stand-in encodes like BX24.js', () => {
  it('PHP-style nested params, escaped keys and values, empty arrays, dropped empty objects', () => {
    // The doubled '&' is BX24.js's own: nested objects are joined with a leading '&' even to an empty string.
    // PHP's parse_str (and the emulator) skip the empty pair.
    expect(prepareData({ attachId: 1, ballot: { 1: ['2', '3'], 2: ['5'] } })).to.equal(
      'attachId=1&&ballot[1][0]=2&ballot[1][1]=3&ballot[2][0]=5',
    );
    expect(prepareData({ 'a b': 'x&y', list: [], empty: {}, nothing: null, flag: true })).to.equal('a%20b=x%26y&flag=true&list=');
    expect(prepareData({ halt: 0, cmd: { a: 'vote.AttachedVote.get?attachId=1' } })).to.equal(
      'halt=0&cmd[a]=vote.AttachedVote.get%3FattachId%3D1',
    );
  });
});

describe('BX24 transport', () => {
  beforeEach(async () => {
    await Promise.all([reset(), reset(X)]);
  });
  afterEach(() => resetRateLimiters());

  it('waits for init once, then calls callMethod: a form-encoded POST to {method}.json with auth', async () => {
    const { standin, transport } = await setup('token-3');
    const [a, b] = await Promise.all([
      transport.call('vote.AttachedVote.get', { attachId: 1 }),
      transport.call('vote.AttachedVote.get', { attachId: 2 }),
    ]);
    expect((a.result as { attach: { ID: number } }).attach.ID).to.equal(1);
    expect((b.result as { attach: { ID: number } }).attach.ID).to.equal(2);
    expect(a.time?.start).to.be.a('number');
    expect(standin.initCalls).to.equal(1);
    const entries = await log();
    expect(entries).to.have.length(2);
    for (const entry of entries) {
      expect(entry.path).to.match(/^\/rest\/vote\.AttachedVote\.get\.json$/i);
      expect(entry.contentType).not.to.match(/json/);
      expect([entry.auth, entry.userId, entry.status]).to.deep.equal(['oauth', 3, 200]);
    }
    expect(standin.bodies[0]).to.match(/^auth=token-3&attachId=[12]$/);
  });

  it('knows the origin from BX24.getDomain()', async () => {
    const { transport } = await setup('token-3');
    expect(transport.origin).to.equal(location.origin);
    expect(transport.supportsBatch).to.equal(true);
    // BX24.js does not tell the protocol: https unless the host says otherwise.
    const standin = createBx24Standin({ origin: 'http://portal.example:8080', token: 't' });
    expect(createBx24Transport(standin).origin).to.equal('https://portal.example:8080');
  });

  it('nested ballots survive the form encoding', async () => {
    const { transport, standin } = await setup('token-31');
    const { result } = await transport.call('vote.AttachedVote.vote', { attachId: 2, ballot: { 22: ['46', '48'] } });
    const attach = (result as { attach: { isVoted: boolean; userAnswerMap: Record<string, Record<string, unknown>> } }).attach;
    expect(attach.isVoted).to.equal(true);
    expect(Object.keys(attach.userAnswerMap['22']!).sort()).to.deep.equal(['46', '48']);
    expect(standin.bodies[0]).to.equal('auth=token-31&attachId=2&&ballot[22][0]=46&ballot[22][1]=48');
  });

  it('keeps total of a paged answer and passes batch through callMethod', async () => {
    const { transport } = await setup('token-1');
    const paged = await transport.call('vote.AttachedVote.getAnswerVoted', { attachId: 1, answerId: 42 });
    expect(paged.total).to.equal(3);
    const batch = await transport.call('batch', { halt: 0, cmd: { a: 'vote.AttachedVote.get?attachId=1', b: 'vote.AttachedVote.get?attachId=999' } });
    const result = batch.result as { result: Record<string, unknown>; result_error: Record<string, { error: string }> };
    expect(result.result).to.have.property('a');
    expect(result.result_error.b!.error).to.equal('ATTACH_NOT_FOUND');
  });

  it('an empty ballot vanishes in the form encoding (the api layer must validate before sending)', async () => {
    const { transport, standin } = await setup('token-35');
    const error = await b24Failure(transport.call('vote.AttachedVote.vote', { attachId: 1, ballot: {} }), '0', 400);
    expect(error.description).to.contain('{ballot}');
    expect(standin.bodies[0]).to.equal('auth=token-35&attachId=1');
  });

  describe('4xx errors arrive through the callback', () => {
    it('ATTACH_NOT_FOUND, NO_AUTH_FOUND, the code-less denial, 403, 32, QUESTION_x', async () => {
      const { transport } = await setup('token-2');
      const notFound = await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 999 }), 'ATTACH_NOT_FOUND', 400);
      expect(notFound.source).to.equal('portal');
      expect(notFound.description).to.equal('Attach not found');
      const denied = await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 8 }), '0', 400);
      expect(denied.description).to.equal('Attach read access denied');
      const inactive = await b24Failure(transport.call('vote.AttachedVote.vote', { attachId: 4, ballot: { 27: ['62'] } }), '403', 400);
      expect(inactive.description).to.equal('The poll is inactive.');
      await b24Failure(transport.call('vote.AttachedVote.vote', { attachId: 6, ballot: { 29: ['69'] } }), '32', 400);
      const { transport: other } = await setup('token-32');
      await b24Failure(other.call('vote.AttachedVote.vote', { attachId: 3, ballot: { 25: ['57'] } }), 'QUESTION_24', 400);
      const { transport: stranger } = await setup('bogus');
      await b24Failure(stranger.call('vote.AttachedVote.get', { attachId: 1 }), 'NO_AUTH_FOUND', 401);
    });

    it('insufficient_scope (403)', async () => {
      await addFaults([{ kind: 'insufficient-scope', times: 1 }], X);
      const { transport } = await setup('token-1', X);
      await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 1 }), 'insufficient_scope', 403);
    });

    it('an expired token is refreshed by BX24.js itself and the call succeeds', async () => {
      const { transport, standin } = await setup('expired-3', {}, { refreshedToken: 'token-3' });
      const { result } = await transport.call('vote.AttachedVote.get', { attachId: 1 });
      expect((result as { attach: { ID: number } }).attach.ID).to.equal(1);
      expect(standin.refreshes).to.equal(1);
      expect((await log()).map((entry) => entry.status)).to.deep.equal([401, 200]);
    });

    it('429 reaches the callback and is waited out', async () => {
      await addFaults([{ kind: 'operation-limit', times: 1, resetInSeconds: 1 }], X);
      const { transport } = await setup('token-1', X);
      await transport.call('vote.AttachedVote.get', { attachId: 1 });
      expect((await log(X)).map((entry) => entry.status)).to.deep.equal([429, 200]);
    });
  });

  describe('answers BX24.js never calls back for become TIMEOUT', () => {
    it('500 on a vote: TIMEOUT, BX24.js "threw", exactly one vote request', async () => {
      await addFaults([{ kind: 'internal-error', method: 'vote.AttachedVote.vote', times: 5 }], X);
      const { transport, standin } = await setup('token-33', X, { timeoutMs: 300 });
      await b24Failure(transport.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['41'] } }), 'TIMEOUT', 0);
      expect(standin.queryErrors).to.equal(1);
      expect(await requestsFor('vote.attachedvote.vote', X)).to.have.length(1);
    });

    it('an HTML 502, malformed JSON, truncated JSON and a hang', async () => {
      const { transport, standin } = await setup('token-34', X, { timeoutMs: 250 });
      const vote = () => transport.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['41'] } });
      for (const kind of ['html-502', 'malformed-json', 'truncated-json', 'hang'] as const) {
        await addFaults([{ kind, times: 1 }], X);
        await b24Failure(vote(), 'TIMEOUT', 0);
      }
      expect(standin.queryErrors).to.equal(3);
      expect(await requestsFor('vote.attachedvote.vote', X)).to.have.length(4);
    });

    it('a network failure (nothing listening)', async () => {
      const standin = createBx24Standin({ origin: CLOSED_PORT_ORIGIN, token: 'token-1' });
      const transport = createBx24Transport(standin, { protocol: 'http', rateLimit: false, retry: false, timeoutMs: 300 });
      await b24Failure(transport.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['41'] } }), 'TIMEOUT', 0);
      expect(standin.queryErrors).to.equal(1);
    });

    it('a 503 on a read times out and is retried', async () => {
      await addFaults([{ kind: 'rate-limit', times: 1 }], X);
      const { transport } = await setup('token-1', X, { timeoutMs: 250 });
      const { result } = await transport.call('vote.AttachedVote.get', { attachId: 1 });
      expect((result as { attach: { ID: number } }).attach.ID).to.equal(1);
      expect((await log(X)).map((entry) => entry.status)).to.deep.equal([503, 200]);
    });
  });

  it('abort rejects with the reason and the late answer is ignored', async () => {
    await addFaults([{ kind: 'latency', ms: 300, times: 1 }], X);
    const { transport } = await setup('token-1', X);
    const controller = new AbortController();
    const pending = transport.call('vote.AttachedVote.get', { attachId: 1 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 60);
    await abortFailure(pending);
    await delay(400); // the answer arrives now and must go nowhere
    expect(await log(X)).to.have.length(1);
  });

  it('without BX24 on the page it is NO_TRANSPORT', async () => {
    let error: unknown;
    try {
      createBx24Transport();
    } catch (e) {
      error = e;
    }
    await b24Failure(Promise.reject(error), 'NO_TRANSPORT');
  });
});
