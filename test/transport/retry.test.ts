/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { B24Error } from '../../src/transport/b24-error.js';
import {
  backoffDelay,
  DEFAULT_RETRY,
  isReadMethod,
  operationLimitWait,
  resolveRetryOptions,
  retryKind,
  withRetry,
} from '../../src/transport/retry.js';

/** A `send` that fails with the given errors in turn, then succeeds; counts its calls. */
function script(...errors: unknown[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    send: async () => {
      const error = errors[calls++];
      if (error !== undefined) throw error;
      return 'ok';
    },
  };
}

const fast = resolveRetryOptions({ delayScale: 0.01, random: () => 0.5 })!;
const limit = () => new B24Error('QUERY_LIMIT_EXCEEDED', 'Too many requests', 503);
const net = () => new B24Error('NETWORK_ERROR', 'lost', 0);

describe('retry policy', () => {
  it('knows read methods, case-insensitively, and batches of reads', () => {
    expect(isReadMethod('vote.AttachedVote.get')).to.equal(true);
    expect(isReadMethod('VOTE.ATTACHEDVOTE.GETMANY')).to.equal(true);
    expect(isReadMethod('vote.attachedvote.getAnswerVoted')).to.equal(true);
    for (const write of ['vote.AttachedVote.vote', 'vote.attachedvote.RECALL', 'vote.AttachedVote.stop', 'vote.AttachedVote.resume', 'user.current']) {
      expect(isReadMethod(write), write).to.equal(false);
    }
    expect(isReadMethod('batch', { cmd: { a: 'vote.AttachedVote.get?attachId=1', b: ['vote.attachedvote.getMany', {}] } })).to.equal(true);
    expect(isReadMethod('batch', { cmd: ['vote.AttachedVote.get?attachId=1', { method: 'vote.AttachedVote.vote' }] })).to.equal(false);
    expect(isReadMethod('batch', { cmd: {} })).to.equal(false);
    expect(isReadMethod('batch', {})).to.equal(false);
  });

  it('classifies errors', () => {
    expect(retryKind(limit(), 'vote.AttachedVote.vote')).to.equal('rate');
    expect(retryKind(new B24Error('OPERATION_TIME_LIMIT', '', 429), 'vote.AttachedVote.vote')).to.equal('operation');
    expect(retryKind(net(), 'vote.AttachedVote.get')).to.equal('transient');
    expect(retryKind(net(), 'vote.AttachedVote.vote')).to.equal(null);
    expect(retryKind(new B24Error('TIMEOUT', '', 0), 'vote.AttachedVote.recall')).to.equal(null);
    expect(retryKind(new B24Error('INTERNAL_SERVER_ERROR', '', 500), 'vote.AttachedVote.get')).to.equal('transient');
    expect(retryKind(new B24Error('BAD_RESPONSE', '', 502), 'vote.AttachedVote.stop')).to.equal(null);
    expect(retryKind(new B24Error('ATTACH_NOT_FOUND', '', 400), 'vote.AttachedVote.get')).to.equal(null);
    expect(retryKind(new DOMException('x', 'AbortError'), 'vote.AttachedVote.get')).to.equal(null);
  });

  it('backs off exponentially with jitter, capped', () => {
    const base = { ...DEFAULT_RETRY, random: () => 0 };
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, base))).to.deep.equal([250, 500, 1000, 2000, 4000, 4000]);
    const top = { ...DEFAULT_RETRY, random: () => 0.999999 };
    expect(backoffDelay(0, top)).to.be.closeTo(500, 0.01);
    expect(backoffDelay(10, top)).to.be.closeTo(8000, 0.01);
  });

  it('waits for operating_reset_at, falls back to a default, and refuses long waits', () => {
    const now = 1_700_000_000_000;
    const options = { ...DEFAULT_RETRY, now: () => now };
    const at = (seconds: number) =>
      new B24Error('OPERATION_TIME_LIMIT', '', 429, { time: { operating_reset_at: now / 1000 + seconds } });
    expect(operationLimitWait(at(3), options)).to.equal(3100);
    expect(operationLimitWait(new B24Error('OPERATION_TIME_LIMIT', '', 429), options)).to.equal(10_000);
    expect(operationLimitWait(at(61), options)).to.equal(null);
  });

  it('429: the later of the reset and a back-off doubling from 1 s to 32 s, so at most 7 tries in 60 s', async () => {
    const now = 1_700_000_000_000;
    const options = { ...DEFAULT_RETRY, now: () => now };
    const aheadOne = new B24Error('OPERATION_TIME_LIMIT', '', 429, { time: { operating_reset_at: now / 1000 + 1 } });
    expect([0, 1, 2, 3, 4, 5, 6].map((retry) => operationLimitWait(aheadOne, options, retry))).to.deep.equal([
      1100, 2000, 4000, 8000, 16_000, 32_000, 32_000,
    ]);
    const none = new B24Error('OPERATION_TIME_LIMIT', '', 429);
    expect([0, 3, 4, 5].map((retry) => operationLimitWait(none, options, retry))).to.deep.equal([10_000, 10_000, 16_000, 32_000]);
    // A portal whose reset is always one second ahead: the tries of one call on the policy's clock.
    let clock = 0;
    let tries = 1;
    for (let retry = 0; ; retry++) {
      const resetAhead = new B24Error('OPERATION_TIME_LIMIT', '', 429, { time: { operating_reset_at: (now + clock) / 1000 + 1 } });
      const wait = operationLimitWait(resetAhead, { ...DEFAULT_RETRY, now: () => now + clock }, retry);
      if (wait === null || clock + wait > DEFAULT_RETRY.operationLimitMaxWaitMs) break;
      clock += wait;
      tries += 1;
    }
    expect(tries).to.equal(6); // at 0, 1.1, 3.1, 7.1, 15.1 and 31.1 s; the next would be at 63.1 s
  });

  it('retries 503 up to four tries, then gives up with the error', async () => {
    const ok = script(limit(), limit(), limit());
    expect(await withRetry('vote.AttachedVote.vote', {}, ok.send, { retry: fast })).to.equal('ok');
    expect(ok.calls).to.equal(4);
    const exhausted = script(limit(), limit(), limit(), limit());
    const error = await withRetry('vote.AttachedVote.vote', {}, exhausted.send, { retry: fast }).catch((e: unknown) => e);
    expect((error as B24Error).code).to.equal('QUERY_LIMIT_EXCEEDED');
    expect(exhausted.calls).to.equal(4);
  });

  it('retries network errors for reads only', async () => {
    const read = script(net(), net());
    expect(await withRetry('vote.AttachedVote.get', {}, read.send, { retry: fast })).to.equal('ok');
    expect(read.calls).to.equal(3);
    const write = script(net());
    const error = await withRetry('vote.AttachedVote.vote', {}, write.send, { retry: fast }).catch((e: unknown) => e);
    expect((error as B24Error).code).to.equal('NETWORK_ERROR');
    expect(write.calls).to.equal(1);
  });

  it('does not retry at all when turned off', async () => {
    const once = script(limit());
    await withRetry('vote.AttachedVote.get', {}, once.send, { retry: null }).catch(() => undefined);
    expect(once.calls).to.equal(1);
  });

  it('rejects with the abort reason during a back-off wait', async () => {
    const controller = new AbortController();
    const slow = resolveRetryOptions({ baseDelayMs: 10_000, random: () => 0.5 })!;
    const pending = withRetry('vote.AttachedVote.get', {}, script(limit()).send, { retry: slow, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('429 without a time block: retried after each default wait until the limit after the first 429, then thrown', async () => {
    let clock = 0;
    let calls = 0;
    const waits: Array<[number, string]> = [];
    const send = async (): Promise<never> => {
      calls += 1;
      clock += 8; // each try "takes" 8 ms on the policy's clock
      throw new B24Error('OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.', 429, { source: 'portal' });
    };
    const retry = resolveRetryOptions({ operationLimitDefaultWaitMs: 5, operationLimitMaxWaitMs: 20, operationBaseDelayMs: 1, now: () => clock })!;
    const error = await withRetry('vote.AttachedVote.vote', {}, send, { retry, onWait: (ms, why) => waits.push([ms, why]) }).catch(
      (e: unknown) => e,
    );
    expect((error as B24Error).code).to.equal('OPERATION_TIME_LIMIT');
    // First 429 at 8 (limit 28): waits ending at 13 and 21 fit, the one that would end at 29 does not.
    expect(calls).to.equal(3);
    expect(waits).to.deep.equal([
      [5, 'operation-limit'],
      [5, 'operation-limit'],
    ]);
  });

  it("429 with operating_reset_at waits until then, even when that is more than the default wait", async () => {
    const now = 999_800;
    const waits: number[] = [];
    const at = new B24Error('OPERATION_TIME_LIMIT', '', 429, { time: { operating_reset_at: 1000 } });
    const once = script(at);
    await withRetry('vote.AttachedVote.get', {}, once.send, {
      retry: resolveRetryOptions({ operationLimitDefaultWaitMs: 1, operationBaseDelayMs: 1, now: () => now })!,
      onWait: (ms) => waits.push(ms),
    });
    expect(once.calls).to.equal(2);
    expect(waits).to.deep.equal([300]);
  });
});
