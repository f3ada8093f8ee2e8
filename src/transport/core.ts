/**
 * The one transport core. A transport (fetch, BX24, the SDK adapter) supplies only how one request is sent
 * (`send`); the core owns what every call goes through: the method check, the rate-limit slot, the safe retries (and the per-method 429 hold), the
 * timeout / abort race of each request, secret scrubbing and the bound on one whole call.
 */
import { race, throwIfAborted } from './abort.js';
import { B24Error } from './b24-error.js';
import { checkMethod } from './call-options.js';
import { sharedRateLimiter, type LeakyBucket } from './rate-limiter.js';
import { callBoundMs, resolveRetryOptions, withRetry, type MethodHolds } from './retry.js';
import { scrubbedCall } from './secrets.js';
import type { B24CallOptions, B24Envelope, B24Transport, RateLimitOptions, RetryOptions } from './types.js';

/** One request on the wire: resolves with the envelope, throws `B24Error`; `signal` aborts it (timeout included). */
export type Send = (method: string, params: Record<string, unknown>, signal: AbortSignal) => Promise<B24Envelope>;

/** What a transport hands the core. */
export interface CoreSpec {
  /** The portal's origin (read on every access: BX24 learns it after init); it keys the shared rate-limit bucket. */
  origin(): string | undefined;
  /** Sends one request. */
  send: Send;
  /**
   * Per request, before the rate-limit slot (the wait counts against the request's timeout). A transport with
   * `ready` gets its bucket after the first wait for it (BX24 knows the portal only after init); any other at once.
   */
  ready?(): Promise<void>;
  /** The transport's `rateLimit` option: settings of the shared per-portal bucket, `false` for none. */
  rateLimit?: RateLimitOptions | false;
  /** The secrets to keep out of errors, read only when an error needs scrubbing (may throw; non-strings are skipped). */
  secrets(): Iterable<unknown>;
  /** Per-request timeout; none when undefined (the SDK times out its own requests). */
  timeoutMs?: number;
  /** The transport's `retry` option: overrides of the safe-retry policy, `false` for none. */
  retry: Partial<RetryOptions> | false | undefined;
  /**
   * One attempt of a call: by default one request (`request(params)`); the OAuth form wraps it in its token
   * handling (a refresh, then one more request).
   */
  attempt?(method: string, params: Record<string, unknown>, request: (params: Record<string, unknown>) => Promise<B24Envelope>, signal?: AbortSignal): Promise<B24Envelope>;
  /** How many requests one attempt may take at most, for the call bound. Default 1. */
  requestsPerTry?: number;
}

/** Builds a transport from `spec`. */
export function transportCore(spec: CoreSpec): B24Transport {
  const { timeoutMs } = spec;
  const retry = resolveRetryOptions(spec.retry);
  const holds: MethodHolds = new Map();
  let limiter: LeakyBucket | null | undefined;
  /** The shared bucket of the portal, joined once (none when the origin is not known then, or `rateLimit: false`). */
  const bucket = (): LeakyBucket | null => {
    if (limiter === undefined) {
      const origin = spec.origin();
      limiter = origin ? sharedRateLimiter(origin, spec.rateLimit) : null;
    }
    return limiter;
  };
  // At once (a bad `rateLimit` throws from the factory), unless the origin has to wait for `ready`.
  if (!spec.ready) bucket();

  const timedOut = (method: string) => () => new B24Error('TIMEOUT', `${method}: no answer from the portal within ${timeoutMs} ms.`, 0);

  /**
   * One request: ready (within the timeout), a rate-limit slot (outside it: the call bound adds the bucket's drain
   * time), then the send, raced against the timeout and the caller's signal. Nothing is awaited that need not be, so
   * a request with nothing to wait for leaves in the caller's task (a vote's request leaves within the click).
   */
  const request = async (method: string, params: Record<string, unknown>, { signal, onWait }: B24CallOptions) => {
    if (spec.ready) await race(spec.ready(), signal, timeoutMs, timedOut(method));
    const slot = bucket()?.acquire(signal, onWait);
    if (slot) await slot;
    throwIfAborted(signal); // an abort that landed while the slot was granted would otherwise go unnoticed
    const controller = new AbortController();
    return race(spec.send(method, params, controller.signal), signal, timeoutMs, timedOut(method)).finally(() => controller.abort());
  };

  // Without a timeout nothing here bounds a try: no bound to offer (the element's default applies).
  const bound = callBoundMs((timeoutMs ?? Infinity) * (spec.requestsPerTry ?? 1), retry);
  return Object.freeze({
    get origin() {
      return spec.origin();
    },
    supportsBatch: true,
    // A page whose queue for the bucket is deeper than one full bucket may wait longer; that is the page's own doing.
    get callTimeoutMs() {
      return Number.isFinite(bound) ? bound! + (limiter?.drainMs ?? 0) : undefined;
    },
    async call(method: string, params: Record<string, unknown> = {}, options: B24CallOptions = {}): Promise<B24Envelope> {
      const { signal } = options;
      throwIfAborted(signal);
      checkMethod(method);
      const one = (body: Record<string, unknown>) => request(method, body, options);
      const attempt = () => (spec.attempt ? spec.attempt(method, params, one, signal) : one(params));
      return scrubbedCall(method, () => withRetry(method, params, attempt, { ...options, retry, holds }), spec.secrets);
    },
  });
}
