/**
 * The safe-retry policy of the architecture. Only answers that prove the portal did nothing are retried for every
 * method: 503 `QUERY_LIMIT_EXCEEDED` and 429 `OPERATION_TIME_LIMIT` are rejected before the method runs. Network
 * errors, timeouts and 5xx leave it unknown whether a vote was stored, so they are retried for reads only; a
 * `vote`, `recall`, `stop` or `resume` is never sent twice by the transport (the element re-reads the poll instead).
 */
import { race, sleep, throwIfAborted } from './abort.js';
import { isB24Error, type B24Error } from './b24-error.js';
import { hasFlag, OPERATION, RATE, TRANSIENT } from './error-codes.js';
import { commandParts } from './form-body.js';
import type { B24CallOptions, RetryOptions } from './types.js';
import { noticeWait } from './wait-notice.js';

export type { RetryOptions };

/**
 * The defaults: 4 tries from 500 ms up to 8 s for 503; for 429, the later of `operating_reset_at` (10 s without
 * one) and a back-off doubling from 1 s up to 32 s, for up to 60 s (so at most 7 tries); 3 tries for failed reads.
 */
export const DEFAULT_RETRY: Readonly<RetryOptions> = {
  rateLimitTries: 4,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  operationLimitTries: Infinity,
  operationLimitDefaultWaitMs: 10_000,
  operationBaseDelayMs: 1000,
  operationMaxDelayMs: 32_000,
  operationLimitMaxWaitMs: 60_000,
  readTries: 3,
  delayScale: 1,
  random: Math.random,
  now: Date.now,
};

/** Merges partial settings over the defaults; `false` turns retrying off (`null`). */
export function resolveRetryOptions(options?: Partial<RetryOptions> | false): RetryOptions | null {
  if (options === false) return null;
  return { ...DEFAULT_RETRY, ...options };
}

const READ_PREFIX = 'vote.attachedvote.get';

/** True for a method name that only reads: `vote.AttachedVote.get*`, case-insensitive as the portal treats names. */
const isReadName = (name: unknown): boolean => typeof name === 'string' && name.trim().toLowerCase().startsWith(READ_PREFIX);

/**
 * True for methods that only read: `vote.AttachedVote.get*` and a `batch` whose commands (a `"method?query"` string,
 * `[method, params]` or `{method, params}`) are all such reads. Anything unknown counts as a write: retrying a write
 * the portal may already have performed is the one mistake this layer must not make.
 */
export function isReadMethod(method: string, params: Record<string, unknown> = {}): boolean {
  if (isReadName(method)) return true;
  const cmd = params.cmd;
  if (method.trim().toLowerCase() !== 'batch' || typeof cmd !== 'object' || cmd === null) return false;
  const commands = Object.values(cmd);
  return (
    commands.length > 0 &&
    commands.every((command) => isReadName(typeof command === 'string' ? command.split('?', 1)[0] : commandParts(command)?.[0]))
  );
}

/** How an error may be retried: `rate` (503 limit), `operation` (429 limit), `transient` (reads only), or not. */
export type RetryKind = 'rate' | 'operation' | 'transient' | null;

/** The setting that limits the tries of each kind. */
const TRIES = { rate: 'rateLimitTries', operation: 'operationLimitTries', transient: 'readTries' } as const;

/** Classifies an error for `method`; see the module comment for the rules. */
export function retryKind(error: unknown, method: string, params: Record<string, unknown> = {}): RetryKind {
  if (!isB24Error(error)) return null; // an abort or a bug: never retried
  const { code, status } = error;
  if (hasFlag(code, status, RATE)) return 'rate';
  if (hasFlag(code, status, OPERATION)) return 'operation';
  return hasFlag(code, status, TRANSIENT) && isReadMethod(method, params) ? 'transient' : null;
}

/** `base` doubled `retry` times, at most `max`. */
const doubled = (base: number, max: number, retry: number): number => Math.min(max, base * 2 ** retry);

/** The back-off before retry number `retry` (0-based): exponential, capped, with "equal jitter" (half fixed, half random). */
export function backoffDelay(retry: number, options: RetryOptions): number {
  const exponential = doubled(options.baseDelayMs, options.maxDelayMs, retry);
  return (exponential / 2 + options.random() * (exponential / 2)) * options.delayScale;
}

/**
 * How long to wait after 429 number `retry` (0-based), or `null` when the wait would exceed the cap (fail now
 * rather than leave the user staring at a spinner for minutes): the later of the portal's
 * `time.operating_reset_at` (unix seconds; the default wait without one) and a back-off that doubles, capped. The
 * back-off keeps a portal whose reset is always a second ahead from getting a request every second.
 */
export function operationLimitWait(error: B24Error, options: RetryOptions, retry = 0): number | null {
  const resetAt = error.time?.operating_reset_at;
  const backoff = doubled(options.operationBaseDelayMs, options.operationMaxDelayMs, retry) * options.delayScale;
  const wait = Math.max(
    backoff,
    Number.isFinite(resetAt) // false for anything but a number
      ? // The reset time has one-second resolution; a little slack keeps the retry from landing a hair too early.
        Math.max(0, resetAt! * 1000 - options.now()) + 100
      : options.operationLimitDefaultWaitMs * options.delayScale,
  );
  return wait > options.operationLimitMaxWaitMs ? null : wait;
}

/** The 429 waits under way, per method name (lowercase): the limit is per method, so its other calls wait too. */
export type MethodHolds = Map<string, Promise<unknown>>;

/**
 * Runs `send` and retries it under the policy. `send` performs one complete attempt (rate-limit slot, request,
 * parsing) and throws a `B24Error` on failure. Aborting during a wait rejects with the signal's reason. `holds`
 * (one per transport) makes every call of a method wait while one of them waits out a 429.
 */
export async function withRetry<T>(
  method: string,
  params: Record<string, unknown>,
  send: () => Promise<T>,
  options: { signal?: AbortSignal; retry: RetryOptions | null; onWait?: B24CallOptions['onWait']; holds?: MethodHolds },
): Promise<T> {
  const { signal, retry, onWait, holds } = options;
  const key = method.toLowerCase();
  if (!retry) return send();
  const used = { rate: 0, operation: 0, transient: 0 };
  // 429s are retried until this moment (set by the first one): "give up at 60 s", however many tries that is.
  let operationDeadline: number | undefined;
  for (;;) {
    try {
      const held = holds?.get(key);
      if (held) await race(held, signal);
      return await send();
    } catch (error) {
      throwIfAborted(signal);
      const kind = retryKind(error, method, params);
      if (!kind) throw error;
      const retries = ++used[kind];
      if (retries >= retry[TRIES[kind]]) throw error;
      if (kind === 'operation') {
        operationDeadline ??= retry.now() + retry.operationLimitMaxWaitMs;
        const wait = operationLimitWait(error as B24Error, retry, retries - 1);
        if (wait === null || retry.now() + wait > operationDeadline) throw error;
        // Held before anyone is told of the wait, so that a call made from the notice waits too.
        const hold = sleep(wait);
        holds?.set(key, hold);
        void hold.then(() => holds?.get(key) === hold && holds.delete(key));
        noticeWait(onWait, wait, 'operation-limit');
        await race(hold, signal);
      } else {
        const wait = backoffDelay(retries - 1, retry);
        if (kind === 'rate') noticeWait(onWait, wait, 'query-limit');
        await sleep(wait, signal);
      }
    }
  }
}

/** The longest the back-offs before retries 1..`tries - 1` can add up to (jitter at its maximum). */
function backoffTotal(tries: number, options: RetryOptions): number {
  let total = 0;
  for (let retry = 0; retry < tries - 1; retry++) {
    total += doubled(options.baseDelayMs, options.maxDelayMs, retry) * options.delayScale;
  }
  return total;
}

/**
 * An upper bound on one whole call under `retry` when one try takes at most `tryMs`: every try the policy allows
 * (the first, the 503 and failed-read retries), each back-off at its longest, and the 429 phase, which ends by
 * `operationLimitMaxWaitMs` after the first 429 plus the try that was under way. `undefined` when the policy has
 * no finite bound (a tries setting of `Infinity` other than the 429 one).
 */
export function callBoundMs(tryMs: number, retry: RetryOptions | null): number | undefined {
  if (!retry) return tryMs;
  const { rateLimitTries, readTries, operationLimitTries, operationLimitMaxWaitMs } = retry;
  if (![rateLimitTries, readTries, operationLimitMaxWaitMs, tryMs].every(Number.isFinite)) return undefined;
  const tries = Math.max(1, rateLimitTries) + Math.max(1, readTries) - 1;
  const operation = operationLimitTries > 1 ? operationLimitMaxWaitMs + tryMs : 0;
  return tries * tryMs + backoffTotal(rateLimitTries, retry) + backoffTotal(readTries, retry) + operation;
}
