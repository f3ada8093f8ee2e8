/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { isB24Error, type B24Error } from '../../src/transport/b24-error.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import { resetRateLimiters } from '../../src/transport/rate-limiter.js';
import { DEFAULT_RETRY } from '../../src/transport/retry.js';
import type { B24Transport, WebhookTransportOptions } from '../../src/transport/types.js';
import {
  addFaults,
  crossOriginUrl,
  delay,
  log,
  requestsFor,
  reset,
  restUrl,
  setLimits,
  webhookUrl,
  type PortalTarget,
} from '../support/portal.js';
import { abortFailure, b24Failure, captureConsole, errorText, FAST_RETRY, preflights, rejection } from './support.js';

const X: PortalTarget = { crossOrigin: true }; // faults run on the emulator's own port, away from the test server
/** A loopback port nothing listens on: the connection is refused, a real network failure. */
const CLOSED_PORT_ORIGIN = 'http://127.0.0.1:59997';

async function hook(userId = 1, target: PortalTarget = {}, extra: Partial<WebhookTransportOptions> = {}): Promise<B24Transport> {
  return createFetchTransport({ webhookUrl: await webhookUrl(userId, target), rateLimit: false, retry: FAST_RETRY, ...extra });
}

function configError(fn: () => unknown): B24Error {
  try {
    fn();
  } catch (error) {
    expect(isB24Error(error)).to.equal(true);
    expect((error as B24Error).code).to.equal('INVALID_CONFIG');
    return error as B24Error;
  }
  throw new Error('expected INVALID_CONFIG');
}

describe('fetch transport: webhook', () => {
  beforeEach(async () => {
    await Promise.all([reset(), reset(X)]);
  });
  afterEach(() => resetRateLimiters());

  it('gets a poll: the envelope with result and time, one form POST, exposes origin and supportsBatch', async () => {
    const transport = await hook(1);
    expect(transport.origin).to.equal(location.origin);
    expect(transport.supportsBatch).to.equal(true);
    const envelope = await transport.call('vote.AttachedVote.get', { attachId: 1 });
    expect(Object.keys(envelope).sort()).to.deep.equal(['result', 'time']);
    const attach = (envelope.result as { attach: { ID: number; canEdit: boolean } }).attach;
    expect(attach.ID).to.equal(1);
    expect(attach.canEdit).to.equal(true);
    expect(envelope.time?.start).to.be.a('number');
    expect(envelope.time?.operating_reset_at).to.be.a('number');
    const [entry, ...more] = await log();
    expect(more).to.have.length(0);
    expect(entry!.httpMethod).to.equal('POST');
    expect(entry!.contentType).to.equal('application/x-www-form-urlencoded');
    expect(entry!.auth).to.equal('webhook');
    expect(entry!.userId).to.equal(1);
    expect(entry!.params).to.deep.equal({ attachId: '1' });
    expect(entry!.path).not.to.contain('demo');
  });

  it('keeps total and next of a paged answer (getAnswerVoted)', async () => {
    const envelope = await (await hook(1)).call('vote.AttachedVote.getAnswerVoted', { attachId: 1, answerId: 42 });
    expect(envelope.total).to.equal(3);
    expect((envelope.result as { items: unknown[] }).items).to.have.length(3);
  });

  it('sends the nested ballot form-encoded (ballot[22][]=46) and gets the fresh attach back', async () => {
    const envelope = await (await hook(21)).call('vote.AttachedVote.vote', { attachId: 2, ballot: { 22: ['46', '48'] } });
    const attach = (envelope.result as { attach: { isVoted: boolean; userAnswerMap: Record<string, Record<string, unknown>> } }).attach;
    expect(attach.isVoted).to.equal(true);
    expect(Object.keys(attach.userAnswerMap['22']!).sort()).to.deep.equal(['46', '48']);
    const [entry] = await requestsFor('vote.attachedvote.vote');
    expect(entry!.params).to.deep.equal({ attachId: '2', ballot: { 22: ['46', '48'] } });
  });

  it('passes a batch through, each command a query string inside cmd[key]', async () => {
    const envelope = await (await hook(1)).call('batch', {
      halt: 0,
      cmd: { a: 'vote.AttachedVote.get?attachId=1', b: 'vote.AttachedVote.get?attachId=999', c: ['vote.AttachedVote.get', { attachId: 2 }] },
    });
    const result = envelope.result as { result: Record<string, unknown>; result_error: Record<string, { error: string }> };
    expect(result.result).to.have.property('a');
    expect(result.result).to.have.property('c');
    expect(result.result_error.b!.error).to.equal('ATTACH_NOT_FOUND');
    const [entry] = await requestsFor('batch');
    expect(entry!.contentType).to.equal('application/x-www-form-urlencoded');
    expect(entry!.params).to.deep.equal({
      halt: '0',
      cmd: { a: 'vote.AttachedVote.get?attachId=1', b: 'vote.AttachedVote.get?attachId=999', c: 'vote.AttachedVote.get?attachId=2' },
    });
  });

  describe('portal errors keep code, description and status', () => {
    it('NO_AUTH_FOUND for a wrong webhook code (401), without the code in the error', async () => {
      const transport = createFetchTransport({ webhookUrl: await webhookUrl(1, { code: 'x7secretcode42' }), rateLimit: false });
      const error = await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 1 }), 'NO_AUTH_FOUND', 401);
      expect(error.description).to.equal('Wrong authorization data');
      expect(errorText(error)).not.to.contain('x7secretcode42');
    });

    it('ATTACH_NOT_FOUND (400)', async () => {
      const error = await b24Failure((await hook(1)).call('vote.AttachedVote.get', { attachId: 999 }), 'ATTACH_NOT_FOUND', 400);
      expect(error.description).to.equal('Attach not found');
    });

    it("a code-less read denial as '0'", async () => {
      const error = await b24Failure((await hook(2)).call('vote.AttachedVote.get', { attachId: 8 }), '0', 400);
      expect(error.description).to.equal('Attach read access denied');
    });

    it("403 'The poll is inactive.' for a finished poll", async () => {
      const error = await b24Failure(
        (await hook(22)).call('vote.AttachedVote.vote', { attachId: 4, ballot: { 27: ['62'] } }),
        '403',
        400,
      );
      expect(error.description).to.equal('The poll is inactive.');
    });

    it('32 for a second vote when revote is off', async () => {
      const error = await b24Failure(
        (await hook(2)).call('vote.AttachedVote.vote', { attachId: 6, ballot: { 29: ['69'] } }),
        '32',
        400,
      );
      expect(error.description).to.be.a('string').and.not.be.empty;
    });

    it('QUESTION_{id} for a missing required answer', async () => {
      await b24Failure(
        (await hook(23)).call('vote.AttachedVote.vote', { attachId: 3, ballot: { 25: ['57'] } }),
        'QUESTION_24',
        400,
      );
    });

    it('insufficient_scope (403)', async () => {
      await addFaults([{ kind: 'insufficient-scope', times: 1 }], X);
      const error = await b24Failure((await hook(1, X)).call('vote.AttachedVote.get', { attachId: 1 }), 'insufficient_scope', 403);
      expect(error.description).to.be.a('string').and.not.be.empty;
    });

    it('INTERNAL_SERVER_ERROR (500) on a vote: sent exactly once', async () => {
      await addFaults([{ kind: 'internal-error', method: 'vote.AttachedVote.vote', times: 5 }], X);
      await b24Failure(
        (await hook(24, X)).call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['41'] } }),
        'INTERNAL_SERVER_ERROR',
        500,
      );
      expect(await requestsFor('vote.attachedvote.vote', X)).to.have.length(1);
    });

    it('INTERNAL_SERVER_ERROR (500) on a read: retried, then reported when it persists', async () => {
      await addFaults([{ kind: 'internal-error', times: 10 }], X);
      await b24Failure((await hook(1, X)).call('vote.AttachedVote.get', { attachId: 1 }), 'INTERNAL_SERVER_ERROR', 500);
      expect(await log(X)).to.have.length(3);
    });
  });

  describe('broken answers', () => {
    it('an HTML 502 page is BAD_RESPONSE with status 502', async () => {
      await addFaults([{ kind: 'html-502', times: 1 }], X);
      await b24Failure((await hook(25, X)).call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['41'] } }), 'BAD_RESPONSE', 502);
      expect(await log(X)).to.have.length(1);
    });

    it('malformed JSON is BAD_RESPONSE', async () => {
      await addFaults([{ kind: 'malformed-json', times: 1 }], X);
      await b24Failure((await hook(1, X)).call('vote.AttachedVote.get', { attachId: 1 }), 'BAD_RESPONSE');
    });

    it('truncated JSON is BAD_RESPONSE', async () => {
      await addFaults([{ kind: 'truncated-json', times: 1 }], X);
      await b24Failure((await hook(1, X)).call('vote.AttachedVote.get', { attachId: 1 }), 'BAD_RESPONSE');
    });

    it('a refused connection is NETWORK_ERROR (status 0); a vote is sent once, a read three times', async () => {
      let sent = 0;
      // The real fetch, counted: nothing listens on the port, so every try is a real network failure.
      const counting: typeof fetch = (input, init) => {
        sent += 1;
        return globalThis.fetch(input, init);
      };
      const transport = createFetchTransport({
        webhookUrl: `${CLOSED_PORT_ORIGIN}/rest/1/demo/`,
        rateLimit: false,
        retry: FAST_RETRY,
        fetch: counting,
      });
      const error = await b24Failure(transport.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['41'] } }), 'NETWORK_ERROR', 0);
      expect(errorText(error)).not.to.contain('demo');
      expect(sent).to.equal(1);
      sent = 0;
      await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 1 }), 'NETWORK_ERROR', 0);
      expect(sent).to.equal(3);
    });

    it('a connection dropped before the answer is NETWORK_ERROR; a vote is not re-sent', async () => {
      await addFaults([{ kind: 'drop-before', times: 1 }], X);
      const result = await (await hook(26, X)).call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['41'] } }).catch((e: unknown) => e);
      expect(isB24Error(result) && result.code).to.equal('NETWORK_ERROR');
      expect(await requestsFor('vote.attachedvote.vote', X)).to.have.length(1);
    });

    it('a connection dropped after the vote was stored: NETWORK_ERROR, one request, the vote counted', async () => {
      await addFaults([{ kind: 'drop-after', method: 'vote.AttachedVote.vote', times: 1 }], X);
      const transport = await hook(27, X);
      const result = await transport.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['44'] } }).catch((e: unknown) => e);
      expect(isB24Error(result) && result.code).to.equal('NETWORK_ERROR');
      expect(await requestsFor('vote.attachedvote.vote', X)).to.have.length(1);
      const { result: fresh } = await transport.call('vote.AttachedVote.get', { attachId: 1 });
      expect((fresh as { attach: { isVoted: boolean } }).attach.isVoted).to.equal(true);
    });

    it('a read survives one dropped connection', async () => {
      await addFaults([{ kind: 'drop-before', times: 1 }], X);
      const envelope = await (await hook(1, X)).call('vote.AttachedVote.get', { attachId: 1 });
      expect((envelope.result as { attach: { ID: number } }).attach.ID).to.equal(1);
      const statuses = (await log(X)).map((entry) => entry.status);
      expect(statuses).to.deep.equal([0, 200]);
    });

    it('a hanging portal gives TIMEOUT after timeoutMs', async () => {
      await addFaults([{ kind: 'hang', times: 1 }], X);
      const transport = await hook(28, X, { timeoutMs: 300 });
      const started = performance.now();
      await b24Failure(transport.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['41'] } }), 'TIMEOUT', 0);
      expect(performance.now() - started).to.be.within(280, 3000);
      expect(await requestsFor('vote.attachedvote.vote', X)).to.have.length(1);
    });
  });

  describe('abort', () => {
    it('rejects with the AbortError reason while the request is in flight, never a B24Error', async () => {
      await addFaults([{ kind: 'hang', times: 1 }], X);
      const transport = await hook(1, X);
      const controller = new AbortController();
      const pending = transport.call('vote.AttachedVote.get', { attachId: 1 }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 80);
      const started = performance.now();
      await abortFailure(pending);
      expect(performance.now() - started).to.be.below(2000);
      expect(await log(X)).to.have.length(1);
    });

    it('rejects with a custom reason as given, and at once for an already aborted signal', async () => {
      const transport = await hook(1);
      const controller = new AbortController();
      const reason = new DOMException('element removed', 'AbortError');
      controller.abort(reason);
      expect(await rejection(transport.call('vote.AttachedVote.get', { attachId: 1 }, { signal: controller.signal }))).to.equal(reason);
      expect(await log()).to.have.length(0);
    });

    it('rejects with the reason during a retry back-off', async () => {
      await addFaults([{ kind: 'rate-limit', times: 5 }], X);
      const transport = await hook(1, X, { retry: { baseDelayMs: 5000 } });
      const controller = new AbortController();
      const pending = transport.call('vote.AttachedVote.get', { attachId: 1 }, { signal: controller.signal });
      await delay(200);
      controller.abort();
      await abortFailure(pending);
      expect(await log(X)).to.have.length(1);
    });
  });

  describe('limits', () => {
    it('503 QUERY_LIMIT_EXCEEDED is retried with back-off and succeeds', async () => {
      await addFaults([{ kind: 'rate-limit', times: 2 }], X);
      const envelope = await (await hook(29, X)).call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['42'] } });
      expect((envelope.result as { attach: { isVoted: boolean } }).attach.isVoted).to.equal(true);
      const statuses = (await requestsFor('vote.attachedvote.vote', X)).map((entry) => entry.status);
      expect(statuses).to.deep.equal([503, 503, 200]);
    });

    it('503 that persists fails after four tries with QUERY_LIMIT_EXCEEDED', async () => {
      await addFaults([{ kind: 'rate-limit', times: 10 }], X);
      await b24Failure((await hook(1, X)).call('vote.AttachedVote.get', { attachId: 1 }), 'QUERY_LIMIT_EXCEEDED', 503);
      expect(await log(X)).to.have.length(4);
    });

    it('429 OPERATION_TIME_LIMIT waits until operating_reset_at, then succeeds', async () => {
      await addFaults([{ kind: 'operation-limit', times: 1, resetInSeconds: 1 }], X);
      const started = performance.now();
      await (await hook(1, X)).call('vote.AttachedVote.get', { attachId: 1 });
      const [first, second, ...rest] = await log(X);
      expect(rest).to.have.length(0);
      expect([first!.status, second!.status]).to.deep.equal([429, 200]);
      expect(performance.now() - started).to.be.above(90);
    });

    it('429 without a time block (as real error answers are): retried after the default wait, onWait told', async () => {
      await addFaults([{ kind: 'operation-limit', times: 2 }], X);
      const waits: Array<[number, string]> = [];
      const transport = await hook(1, X, { retry: { operationLimitDefaultWaitMs: 150, operationLimitMaxWaitMs: 2000, operationBaseDelayMs: 10 } });
      const started = performance.now();
      await transport.call('vote.AttachedVote.get', { attachId: 1 }, { onWait: (ms, reason) => waits.push([ms, reason]) });
      expect(performance.now() - started).to.be.above(290);
      expect((await log(X)).map((entry) => entry.status)).to.deep.equal([429, 429, 200]);
      expect(waits).to.deep.equal([
        [150, 'operation-limit'],
        [150, 'operation-limit'],
      ]);
    });

    it('429 without a time block that persists: retried every wait until the limit, then OPERATION_TIME_LIMIT', async () => {
      await addFaults([{ kind: 'operation-limit' }], X);
      const transport = await hook(1, X, { retry: { operationLimitDefaultWaitMs: 100, operationLimitMaxWaitMs: 250, operationBaseDelayMs: 10 } });
      const waits: number[] = [];
      const started = performance.now();
      const error = await b24Failure(
        transport.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['41'] } }, { onWait: (ms) => waits.push(ms) }),
        'OPERATION_TIME_LIMIT',
        429,
      );
      const elapsed = performance.now() - started;
      expect(error.time).to.equal(undefined);
      // Waits of 100 ms that must end within 250 ms of the first 429: at most two waits (three tries), fewer
      // only when the requests themselves are slow; never a wait past the limit.
      const statuses = (await log(X)).map((entry) => entry.status);
      expect(statuses.every((status) => status === 429)).to.equal(true);
      expect(statuses.length).to.be.within(2, 3);
      expect(waits).to.deep.equal(Array(statuses.length - 1).fill(100));
      expect(elapsed).to.be.within(waits.length * 100 - 10, 250 + 1000);
    });

    it('the default policy: 10 s between 429 retries, given up 60 s after the first', () => {
      expect(DEFAULT_RETRY.operationLimitDefaultWaitMs).to.equal(10_000);
      expect(DEFAULT_RETRY.operationLimitMaxWaitMs).to.equal(60_000);
      expect(DEFAULT_RETRY.operationLimitTries).to.equal(Infinity);
    });

    it('onWait hears of 503 back-offs and of waits for the client-side bucket, not of read retries', async () => {
      await addFaults([{ kind: 'rate-limit', times: 1 }], X);
      await addFaults([{ kind: 'internal-error', method: 'vote.AttachedVote.getAnswerVoted', times: 1 }], X);
      const waits: Array<[number, string]> = [];
      const onWait = (ms: number, reason: string): void => {
        waits.push([ms, reason]);
      };
      const transport = await hook(1, X, { rateLimit: { burst: 1, perSecond: 5 } });
      await transport.call('vote.AttachedVote.get', { attachId: 1 }, { onWait });
      // The 503 back-off, then (the bucket of one not drained yet) the wait for a slot for the retry.
      expect(waits.map(([, reason]) => reason)).to.deep.equal(['query-limit', 'rate-limit']);
      waits.length = 0;
      await transport.call('vote.AttachedVote.getAnswerVoted', { attachId: 1, answerId: 42 }, { onWait });
      // The 500 is retried without a notice; its retry waits for the bucket, which is noticed.
      expect(waits.every(([, reason]) => reason === 'rate-limit'), JSON.stringify(waits)).to.equal(true);
      waits.length = 0;
      await Promise.all([1, 2].map(() => transport.call('vote.AttachedVote.get', { attachId: 1 }, { onWait })));
      expect(waits.length).to.be.at.least(1);
      expect(waits.every(([ms, reason]) => reason === 'rate-limit' && ms > 0 && ms <= 400), JSON.stringify(waits)).to.equal(true);
    });

    it('a throwing onWait does not fail the call', async () => {
      await addFaults([{ kind: 'rate-limit', times: 1 }], X);
      const uncaught: unknown[] = [];
      const onError = (event: ErrorEvent): void => {
        uncaught.push(event.error);
        event.preventDefault();
      };
      window.addEventListener('error', onError);
      const saved = window.onerror;
      window.onerror = () => true; // keep mocha from failing the test on the rethrown hook error
      try {
        const envelope = await (await hook(1, X)).call('vote.AttachedVote.get', { attachId: 1 }, {
          onWait: () => {
            throw new Error('hook broke');
          },
        });
        expect((envelope.result as { attach: { ID: number } }).attach.ID).to.equal(1);
        await delay(10);
        expect(uncaught.map((e) => (e as Error).message)).to.deep.equal(['hook broke']);
      } finally {
        window.removeEventListener('error', onError);
        window.onerror = saved;
      }
    });

    it('429 with a reset too far away fails at once', async () => {
      await addFaults([{ kind: 'operation-limit', times: 1, resetInSeconds: 600 }], X);
      const started = performance.now();
      const error = await b24Failure((await hook(1, X)).call('vote.AttachedVote.get', { attachId: 1 }), 'OPERATION_TIME_LIMIT', 429);
      expect(error.time?.operating_reset_at).to.be.a('number');
      expect(performance.now() - started).to.be.below(2000);
      expect(await log(X)).to.have.length(1);
    });

    it("the client-side bucket keeps a burst under the portal's limit", async () => {
      await setLimits({ burst: 4, perSecond: 10 }, X);
      const transport = await hook(1, X, { rateLimit: { burst: 3, perSecond: 8 }, retry: false });
      await Promise.all(Array.from({ length: 9 }, () => transport.call('vote.AttachedVote.get', { attachId: 1 })));
      const statuses = (await log(X)).map((entry) => entry.status);
      expect(statuses).to.have.length(9);
      expect(statuses.every((status) => status === 200), JSON.stringify(statuses)).to.equal(true);
    });

    it('transports of different users on one portal share the bucket', async () => {
      await setLimits({ burst: 4, perSecond: 10 }, X);
      const limits = { rateLimit: { burst: 3, perSecond: 8 }, retry: false } as const;
      const [one, two] = [await hook(1, X, limits), await hook(2, X, limits)];
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).call('vote.AttachedVote.get', { attachId: 1 })),
      );
      const entries = await log(X);
      expect(new Set(entries.map((entry) => entry.userId))).to.deep.equal(new Set([1, 2]));
      expect(entries.every((entry) => entry.status === 200), JSON.stringify(entries.map((e) => e.status))).to.equal(true);
    });

    it('without the bucket the same burst trips the portal (the emulator limit is real)', async () => {
      await setLimits({ burst: 4, perSecond: 10 }, X);
      const transport = await hook(1, X, { retry: false });
      const results = await Promise.allSettled(
        Array.from({ length: 9 }, () => transport.call('vote.AttachedVote.get', { attachId: 1 })),
      );
      const limited = results.filter((r) => r.status === 'rejected' && (r.reason as B24Error).code === 'QUERY_LIMIT_EXCEEDED');
      expect(limited.length).to.be.above(0);
    });
  });

  describe('cross-origin (simple requests: no preflight)', () => {
    it('gets a poll, votes, batches and reads an error body from another origin without a single preflight', async () => {
      const transport = await hook(31, X);
      expect(transport.origin).to.equal(new URL(await crossOriginUrl()).origin);
      expect(transport.origin).not.to.equal(location.origin);
      const envelope = await transport.call('vote.AttachedVote.get', { attachId: 3 });
      expect((envelope.result as { attach: { ID: number } }).attach.ID).to.equal(3);
      await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 999 }), 'ATTACH_NOT_FOUND', 400);
      await transport.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['41'] } });
      await transport.call('batch', { halt: 0, cmd: { a: 'vote.AttachedVote.get?attachId=1', b: 'vote.AttachedVote.get?attachId=2' } });
      const entries = await log(X);
      expect(entries.map((entry) => entry.contentType)).to.deep.equal(Array(4).fill('application/x-www-form-urlencoded'));
      expect(await preflights(X)).to.deep.equal([]);
    });

    it('the preflight count is real: a JSON POST from this page is preflighted', async () => {
      const response = await fetch(`${await webhookUrl(1, X)}vote.AttachedVote.get`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ attachId: 1 }),
      });
      expect(response.status).to.equal(200);
      expect(await preflights(X)).to.have.length(1);
    });

    it('an answer without CORS headers cannot be read: NETWORK_ERROR, and the vote is not re-sent', async () => {
      await addFaults([{ kind: 'internal-error', method: 'vote.AttachedVote.vote', times: 1, cors: false }], X);
      await b24Failure(
        (await hook(30, X)).call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['41'] } }),
        'NETWORK_ERROR',
        0,
      );
      expect((await requestsFor('vote.attachedvote.vote', X)).map((entry) => entry.status)).to.deep.equal([500]);
    });
  });
});

describe('fetch transport: webhook URL validation', () => {
  it('accepts https and loopback http, with or without the trailing slash', () => {
    for (const url of [
      'https://portal.example.com/rest/1/abc123/',
      'https://portal.example.com/rest/17/abc123',
      'http://localhost:8787/rest/1/demo/',
      'http://127.0.0.1:8787/rest/1/demo',
      'http://127.1.2.3/rest/5/demo/',
      'http://[::1]:8787/rest/1/demo/',
    ]) {
      expect(createFetchTransport({ webhookUrl: url, rateLimit: false }).origin, url).to.equal(new URL(url).origin);
    }
  });

  it('rejects plain http on a public host, bad paths and odd URLs, never echoing the code', () => {
    const code = 'zq9secretcode77';
    const bad = [
      `http://portal.example.com/rest/1/${code}/`,
      `http://10.0.0.5/rest/1/${code}/`,
      `ftp://portal.example.com/rest/1/${code}/`,
      `https://portal.example.com/rest/abc/${code}/`,
      `https://portal.example.com/rest/0/${code}/`,
      `https://portal.example.com/rest/1/`,
      `https://portal.example.com/rest/1/${code}/extra/`,
      `https://portal.example.com/api/1/${code}/`,
      `https://portal.example.com/rest/1/${code}/?x=1`,
      `https://user:pw@portal.example.com/rest/1/${code}/`,
      `portal.example.com/rest/1/${code}/`,
      '',
    ];
    for (const url of bad) {
      const error = configError(() => createFetchTransport({ webhookUrl: url }));
      expect(errorText(error), url).not.to.contain(code);
      expect(error.description, url).to.match(/webhookUrl/);
    }
    expect(configError(() => createFetchTransport({ webhookUrl: `http://portal.example.com/rest/1/${code}/` })).description).to.contain(
      'https',
    );
  });

  it('rejects bad options', () => {
    configError(() => createFetchTransport({ webhookUrl: 'https://p.example/rest/1/c/', timeoutMs: 0 }));
    configError(() => createFetchTransport({ webhookUrl: 'https://p.example/rest/1/c/', rateLimit: { burst: 0, perSecond: 1 } }));
    configError(() => createFetchTransport({ restUrl: 'https://p.example/rest/', auth: '' }));
    configError(() => createFetchTransport({} as never));
  });

  it('rejects a method name that would change the URL', async () => {
    const transport = createFetchTransport({ webhookUrl: 'https://p.example/rest/1/c/', rateLimit: false });
    await b24Failure(transport.call('../profile', {}), 'INVALID_CONFIG');
  });
});

describe('fetch transport: OAuth', () => {
  beforeEach(async () => {
    await Promise.all([reset(), reset(X)]);
  });
  afterEach(() => resetRateLimiters());

  it('sends the token as the auth parameter (string, sync and async function)', async () => {
    const base = await restUrl();
    for (const auth of ['token-3', () => 'token-3', async () => 'token-3']) {
      const transport = createFetchTransport({ restUrl: base, auth, rateLimit: false });
      expect(transport.origin).to.equal(location.origin);
      const { result } = await transport.call('vote.AttachedVote.get', { attachId: 1 });
      expect((result as { attach: { ID: number } }).attach.ID).to.equal(1);
    }
    const entries = await log();
    expect(entries.map((entry) => [entry.auth, entry.userId, entry.status])).to.deep.equal([
      ['oauth', 3, 200],
      ['oauth', 3, 200],
      ['oauth', 3, 200],
    ]);
    expect(entries[0]!.params).not.to.have.property('auth');
    expect(entries[0]!.contentType).to.equal('application/x-www-form-urlencoded');
  });

  it('an expired token without refreshAuth is expired_token (401)', async () => {
    const transport = createFetchTransport({ restUrl: await restUrl(), auth: 'expired-3', rateLimit: false });
    await b24Failure(transport.call('vote.AttachedVote.get', { attachId: 1 }), 'expired_token', 401);
  });

  it('two concurrent calls with an expired token: one refresh, both succeed with the new token', async () => {
    let refreshes = 0;
    const transport = createFetchTransport({
      restUrl: await restUrl(X),
      auth: 'expired-5',
      refreshAuth: async () => {
        refreshes += 1;
        await delay(50);
        return 'token-7';
      },
      rateLimit: false,
    });
    const [a, b] = await Promise.all([
      transport.call('vote.AttachedVote.get', { attachId: 1 }),
      transport.call('vote.AttachedVote.get', { attachId: 2 }),
    ]);
    expect((a.result as { attach: { ID: number } }).attach.ID).to.equal(1);
    expect((b.result as { attach: { ID: number } }).attach.ID).to.equal(2);
    expect(refreshes).to.equal(1);
    const entries = await log(X);
    const summary = entries.map((entry) => `${entry.auth}:${entry.userId}:${entry.status}`).sort();
    expect(summary).to.deep.equal(['oauth:5:401', 'oauth:5:401', 'oauth:7:200', 'oauth:7:200']);
    // Later calls use the refreshed token straight away.
    await transport.call('vote.AttachedVote.get', { attachId: 1 });
    expect(refreshes).to.equal(1);
    const last = (await log(X)).at(-1)!;
    expect([last.userId, last.status]).to.deep.equal([7, 200]);
  });

  it('a failing refresh, or a second expired_token, ends in expired_token', async () => {
    const failing = createFetchTransport({
      restUrl: await restUrl(),
      auth: 'expired-4',
      refreshAuth: () => Promise.reject(new Error('refresh failed: client_secret=abc')),
      rateLimit: false,
    });
    const error = await b24Failure(failing.call('vote.AttachedVote.get', { attachId: 1 }), 'expired_token', 401);
    expect(errorText(error)).not.to.contain('client_secret');

    let refreshes = 0;
    const stillExpired = createFetchTransport({
      restUrl: await restUrl(),
      auth: () => 'expired-4',
      refreshAuth: () => {
        refreshes += 1;
        return 'expired-6';
      },
      rateLimit: false,
    });
    await b24Failure(stillExpired.call('vote.AttachedVote.get', { attachId: 1 }), 'expired_token', 401);
    expect(refreshes).to.equal(1);
  });

  it('NO_AUTH_FOUND for an unknown token; no token in errors or console output', async () => {
    const secret = 'oauth-secret-9f8e7d6c';
    const base = await restUrl();
    const { value: error, output } = await captureConsole(() =>
      b24Failure(
        createFetchTransport({ restUrl: base, auth: secret, rateLimit: false }).call('vote.AttachedVote.get', { attachId: 1 }),
        'NO_AUTH_FOUND',
        401,
      ),
    );
    expect(errorText(error)).not.to.contain(secret);
    expect(output.join('\n')).not.to.contain(secret);
  });

  it('works cross-origin, the token in the form body, without a preflight (a refresh included)', async () => {
    const transport = createFetchTransport({ restUrl: await restUrl(X), auth: 'token-2', rateLimit: false });
    const { result } = await transport.call('vote.AttachedVote.get', { attachId: 8 }).catch((e: unknown) => ({ result: e }));
    expect(isB24Error(result) && (result as B24Error).code).to.equal('0');
    const ok = await transport.call('vote.AttachedVote.get', { attachId: 1 });
    expect((ok.result as { attach: { ID: number } }).attach.ID).to.equal(1);
    const refreshed = createFetchTransport({ restUrl: await restUrl(X), auth: 'expired-2', refreshAuth: () => 'token-2', rateLimit: false });
    await refreshed.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['42'] } });
    expect((await log(X)).map((entry) => [entry.auth, entry.userId, entry.contentType])).to.deep.equal([
      ['oauth', 2, 'application/x-www-form-urlencoded'],
      ['oauth', 2, 'application/x-www-form-urlencoded'],
      ['oauth', 2, 'application/x-www-form-urlencoded'],
      ['oauth', 2, 'application/x-www-form-urlencoded'],
    ]);
    expect(await preflights(X)).to.deep.equal([]);
  });

  it('validates restUrl like webhook URLs', () => {
    configError(() => createFetchTransport({ restUrl: 'http://portal.example.com/rest/', auth: 'x' }));
    expect(createFetchTransport({ restUrl: 'https://portal.example.com/rest', auth: 'x' }).origin).to.equal('https://portal.example.com');
  });
});
