/**
 * The one transport core. A transport supplies only how one request is sent (`send`); the core owns what every
 * call goes through: the method check, the rate-limit slot, the safe retries (and the per-method 429 hold), the
 * timeout / abort race of each request, secret scrubbing and the bound on one whole call.
 */
import { race, throwIfAborted } from './abort.js';
import { B24Error } from './b24-error.js';
import { checkMethod } from './call-options.js';
import type { LeakyBucket } from './rate-limiter.js';
import { callBoundMs, withRetry, type MethodHolds } from './retry.js';
import { scrubbedCall } from './secrets.js';
import type { B24CallOptions, B24Envelope, B24Transport, RetryOptions } from './types.js';

/** One request on the wire: resolves with the envelope, throws `B24Error`; `signal` aborts it (timeout included). */
export type Send = (method: string, params: Record<string, unknown>, signal: AbortSignal) => Promise<B24Envelope>;

/** What a transport hands the core. */
export interface CoreSpec {
  /** The portal's origin (read on every access: BX24 learns it after init). */
  origin(): string | undefined;
  /** Sends one request. */
  send: Send;
  /** Per request, before the rate-limit slot (the wait counts against the request's timeout). */
  ready?(): Promise<void>;
  /** The shared per-portal bucket, once the origin is known (`null`: none). */
  limiter(): LeakyBucket | null;
  /** The secrets to keep out of errors, read only when an error needs scrubbing. */
  secrets(): Iterable<string>;
  /** Per-request timeout. */
  timeoutMs: number;
  retry: RetryOptions | null;
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
  const { timeoutMs, retry } = spec;
  const holds: MethodHolds = new Map();

  /** One request: ready, slot, send, all within the timeout and the caller's signal. */
  const request = (method: string, params: Record<string, unknown>, { signal, onWait }: B24CallOptions) => {
    const controller = new AbortController();
    const run = async (): Promise<B24Envelope> => {
      // No await without a reason: a request with nothing to wait for leaves in the caller's task (a vote's
      // request leaves within the click).
      if (spec.ready) await spec.ready();
      const slot = spec.limiter()?.acquire(signal, onWait);
      if (slot) await slot;
      throwIfAborted(controller.signal); // timed out or aborted while waiting: do not send at all
      return spec.send(method, params, controller.signal);
    };
    return race(run(), signal, timeoutMs, () => new B24Error('TIMEOUT', `${method}: no answer from the portal within ${timeoutMs} ms.`, 0)).finally(
      () => controller.abort(),
    );
  };

  const bound = callBoundMs(timeoutMs * (spec.requestsPerTry ?? 1), retry);
  return Object.freeze({
    get origin() {
      return spec.origin();
    },
    supportsBatch: true,
    // A page whose queue for the bucket is deeper than one full bucket may wait longer; that is the page's own doing.
    get callTimeoutMs() {
      return bound === undefined ? undefined : bound + (spec.limiter()?.drainMs ?? 0);
    },
    async call(method: string, params: Record<string, unknown> = {}, options: B24CallOptions = {}): Promise<B24Envelope> {
      const { signal, onWait } = options;
      throwIfAborted(signal);
      checkMethod(method);
      const one = (body: Record<string, unknown>) => request(method, body, { signal, onWait });
      const attempt = () => (spec.attempt ? spec.attempt(method, params, one, signal) : one(params));
      return scrubbedCall(method, () => withRetry(method, params, attempt, { signal, retry, onWait, holds }), () => spec.secrets());
    },
  });
}
