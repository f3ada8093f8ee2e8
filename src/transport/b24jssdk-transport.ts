/**
 * The transport over the official `@bitrix24/b24jssdk` client (an instance of `B24Frame`, `B24Hook` or `B24OAuth`).
 * Typed structurally on purpose: the SDK (axios, luxon, ~66 KB gzip) must never become a dependency of this
 * package; a host that already has it hands its instance in.
 *
 * The SDK brings its own rate limiter and retries (503 with back-off, 429 after a wait, network errors and
 * unknown failures up to `maxRetries`), so this transport adds no retries by default. Mind that the SDK's
 * network-error retry also re-sends writes: create the SDK client with
 * `restrictionParams: { retryOnNetworkError: false }` so that a vote is never sent twice.
 */
import { B24Error, isB24Error, invalidConfig } from './b24-error.js';
import { resolveTimeout } from './call-options.js';
import { transportCore } from './core.js';
import { badResponse, errorFromBody, pickEnvelope } from './envelope.js';
import { originOf } from './portal-url.js';
import { isObject } from '../util/is-object.js';
import type { B24Envelope, B24Transport, RateLimitOptions, RetryOptions } from './types.js';

/** The SDK's `AjaxResult`, as far as this transport reads it. */
export interface B24JsSdkResultLike {
  readonly isSuccess: boolean;
  /** `{ result, time }` on success. */
  getData(): { result?: unknown; time?: unknown; total?: unknown; next?: unknown } | null | undefined;
  getErrors?(): Iterable<unknown>;
  getErrorMessages?(): string[];
  getStatus?(): number;
}

/** An SDK client (`B24Hook`, `B24Frame`, `B24OAuth`), as far as this transport uses it. */
export interface B24JsSdkLike {
  actions: {
    v2: {
      call: {
        make(options: { method: string; params?: Record<string, unknown>; requestId?: string }): Promise<B24JsSdkResultLike>;
      };
    };
  };
  /** The portal's origin as the SDK sees it. */
  getTargetOrigin?(): string;
  /** The client's auth manager; read only to learn which secret to keep out of error messages. */
  auth?: { getAuthData?(): false | { access_token?: unknown } };
}

/** Options of `createB24JsSdkTransport`. */
export interface B24JsSdkTransportOptions {
  /** The portal's origin, when `getTargetOrigin()` is not right (it always says https). */
  origin?: string;
  /** Milliseconds before a call fails with `TIMEOUT`; default none (the SDK times out each request after 30 s). */
  timeoutMs?: number;
  /** The shared per-portal bucket, on top of the SDK's own; default 50 / 2; `false` off. */
  rateLimit?: RateLimitOptions | false;
  /** This package's retry policy on top of the SDK's; default `false` (the SDK retries by itself). */
  retry?: Partial<RetryOptions> | false;
}

interface SdkErrorLike {
  code?: unknown;
  status?: unknown;
  message?: unknown;
  originalError?: { response?: { status?: unknown; data?: unknown } } | null;
}

/**
 * Maps an SDK failure to a `B24Error`. The portal's own answer is preferred when the SDK kept it (on the axios
 * error behind an `AjaxError`): the SDK replaces the portal's `"0"` and `""` codes with axios codes such as
 * `ERR_BAD_REQUEST`, and the architecture wants the portal's code.
 */
export function fromSdkError(error: unknown): B24Error {
  if (isB24Error(error)) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorLike;
  const response = e.originalError?.response;
  const status = typeof e.status === 'number' ? e.status : 0;
  if (response && typeof response === 'object') {
    const httpStatus = typeof response.status === 'number' ? response.status : status;
    const data = response.data;
    if (isObject(data)) {
      const portalError = errorFromBody(data, httpStatus);
      if (portalError) return portalError;
    }
    if (typeof data === 'string' || data === undefined) return badResponse(httpStatus, 'not JSON');
  }
  const code = typeof e.code === 'string' || typeof e.code === 'number' ? String(e.code) : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (code === 'NETWORK_ERROR') return new B24Error('NETWORK_ERROR', message || 'The request did not reach the portal.', 0);
  if (code === 'REQUEST_TIMEOUT') return new B24Error('TIMEOUT', message || 'No answer from the portal in time.', 0);
  if (code === 'ERR_BAD_RESPONSE') return badResponse(status, 'not JSON');
  // SDK 2.2 crashes inside its own bookkeeping when a 200 body is not JSON (it reads `time` off a string) and
  // reports that as JSSDK_UNKNOWN_ERROR: for this transport that is an answer nobody could read.
  if (code === 'JSSDK_UNKNOWN_ERROR') return badResponse(status, 'the SDK could not process it');
  // What is left is the SDK passing the portal's own code and text on (its AjaxError): portal text.
  return new B24Error(code || '0', message, status, { source: 'portal' });
}

/** The envelope of a successful `AjaxResult`, or `BAD_RESPONSE` when the SDK "succeeded" on a non-JSON body. */
function toEnvelope(result: B24JsSdkResultLike): B24Envelope {
  const data = result.getData();
  // `getData()` keeps only `result` and `time`; the raw answer (in SDK 2.x the `_data` field) still has
  // `total`/`next`, which paged methods such as getAnswerVoted need.
  const raw = (result as unknown as { _data?: unknown })._data;
  const extra = isObject(raw) ? raw : {};
  const envelope = isObject(data) ? pickEnvelope({ total: extra.total, next: extra.next, ...data }) : null;
  if (!envelope) throw badResponse(result.getStatus?.() ?? 0, 'no result');
  return envelope;
}

function failureOf(result: B24JsSdkResultLike): B24Error {
  const first = result.getErrors ? [...result.getErrors()][0] : undefined;
  if (first !== undefined) return fromSdkError(first);
  const message = result.getErrorMessages?.()[0] ?? '';
  return new B24Error('0', message, result.getStatus?.() ?? 0, { source: 'portal' });
}

/**
 * Creates a transport over an instance of the official SDK: calls `b24.actions.v2.call.make({ method, params })`
 * and maps a thrown `AjaxError` or a failed `AjaxResult` to `B24Error`. The SDK cannot be aborted: an abort
 * rejects at once with the signal's reason and the late answer is ignored.
 */
export function createB24JsSdkTransport(b24: B24JsSdkLike, options: B24JsSdkTransportOptions = {}): B24Transport {
  if (typeof b24?.actions?.v2?.call?.make !== 'function') {
    throw invalidConfig('createB24JsSdkTransport needs an instance of the @bitrix24/b24jssdk client.');
  }
  const timeoutMs = resolveTimeout(options.timeoutMs, undefined);
  const origin = originOf(() => options.origin ?? b24.getTargetOrigin?.() ?? '');

  return transportCore({
    origin: () => origin,
    rateLimit: options.rateLimit,
    secrets: () => [(b24.auth?.getAuthData?.() || undefined)?.access_token],
    timeoutMs,
    retry: options.retry ?? false,
    // The SDK cannot be aborted: the core's race rejects at once and the late answer is ignored.
    async send(method, params) {
      let result: B24JsSdkResultLike;
      try {
        result = await b24.actions.v2.call.make({ method, params });
      } catch (error) {
        throw fromSdkError(error);
      }
      if (!result.isSuccess) throw failureOf(result);
      return toEnvelope(result);
    },
  });
}
