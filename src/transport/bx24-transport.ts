/**
 * The BX24 transport: for pages running inside a Bitrix24 application frame, where BX24.js holds the user's token
 * and talks to the portal itself. BX24.js is callback-based and has two traits this wrapper exists for: a 5xx
 * answer (or a body that is not JSON) makes it throw inside its XHR handler and never call back, and nothing it
 * starts can be aborted. The first becomes `TIMEOUT`, the second an abort whose late answer is ignored.
 */
import { B24Error } from './b24-error.js';
import { DEFAULT_TIMEOUT_MS, resolveTimeout } from './call-options.js';
import { transportCore } from './core.js';
import { errorFromBody, pickEnvelope } from './envelope.js';
import { originOf } from './portal-url.js';
import type { B24Envelope, B24Time, B24Transport, RateLimitOptions, RetryOptions } from './types.js';

/** BX24.js's `ajaxError`: the HTTP status and the portal's error body. */
export interface Bx24AjaxErrorLike {
  status?: number;
  ex?: { error?: unknown; error_description?: unknown; [key: string]: unknown };
  getError?(): unknown;
  getStatus?(): number;
}

/** BX24.js's `ajaxResult`, the object its `callMethod` callback receives. */
export interface Bx24ResultLike {
  /** `answer.result`. */
  data(): unknown;
  /** The `ajaxError`, or `undefined` on success. */
  error(): Bx24AjaxErrorLike | string | undefined | null;
  /** `answer.error_description`. */
  error_description?(): string | undefined;
  /** `answer.time` (newer builds only). */
  time?(): B24Time | undefined;
  /** The HTTP status. */
  status?: number;
  /** The parsed response envelope. */
  answer?: { result?: unknown; total?: unknown; next?: unknown; time?: unknown; [key: string]: unknown };
}

/** The part of BX24.js this transport uses (typed structurally: BX24.js ships no types). */
export interface Bx24Like {
  /** Runs the callback once BX24.js has its auth data from the parent frame. */
  init(callback: () => void): void;
  /** Calls a REST method; the callback gets the result object (never called for 5xx answers). */
  callMethod(method: string, params: Record<string, unknown>, callback: (result: Bx24ResultLike) => void): unknown;
  /** The portal's host name (with a port when not 80/443). */
  getDomain?(): string;
  /** The current auth data, or `false` before init / after expiry. */
  getAuth?(): false | { access_token?: string; domain?: string; [key: string]: unknown };
}

declare global {
  // The global BX24.js defines inside a Bitrix24 application frame (absent elsewhere).
  var BX24: Bx24Like | null | undefined;
}

/** Options of `createBx24Transport`. */
export interface Bx24TransportOptions {
  /** Milliseconds before a call fails with `TIMEOUT` (BX24.js never calls back on a 5xx). Default 30000. */
  timeoutMs?: number;
  /** Protocol of the portal, for `origin`; BX24.js does not expose it. Default `'https'`. */
  protocol?: 'https' | 'http';
  /** The shared per-portal bucket (see `createFetchTransport`); default 50 / 2; `false` off. */
  rateLimit?: RateLimitOptions | false;
  /** Overrides of the safe-retry policy; `false` off. */
  retry?: Partial<RetryOptions> | false;
}

/** The portal's host as BX24.js knows it: `getDomain()`, else the auth data's `domain`. */
function domainOf(bx24: Bx24Like): string | undefined {
  try {
    const fromDomain = bx24.getDomain?.();
    const domain = typeof fromDomain === 'string' && fromDomain ? fromDomain : (bx24.getAuth?.() || undefined)?.domain;
    return typeof domain === 'string' && domain ? domain : undefined;
  } catch {
    // Before init some builds throw; the origin is simply not known yet.
    return undefined;
  }
}

/** Maps BX24.js's result object to the envelope, or throws the `B24Error` it carries. */
function settle(result: Bx24ResultLike): B24Envelope {
  const status = typeof result.status === 'number' ? result.status : 0;
  const error = result.error?.();
  if (error) {
    const ex = typeof error === 'string' ? { error } : (error.ex ?? (error.getError?.() as Bx24AjaxErrorLike['ex']) ?? {});
    const body = {
      ...ex,
      error: ex.error ?? '',
      error_description: typeof ex.error_description === 'string' ? ex.error_description : result.error_description?.(),
    };
    throw errorFromBody(body, typeof error === 'object' && typeof error.status === 'number' ? error.status : status)!;
  }
  const answer = result.answer ?? { time: result.time?.() };
  const envelope = pickEnvelope({ ...answer, result: answer.result !== undefined ? answer.result : result.data() });
  if (!envelope) throw new B24Error('BAD_RESPONSE', "BX24.js returned an answer without a result.", status);
  return envelope;
}

/**
 * Creates a transport over BX24.js (`globalThis.BX24` by default). Waits for `BX24.init` once, then wraps
 * `BX24.callMethod`. `origin` is known once BX24.js knows the portal (`getDomain()`), https unless told otherwise.
 * Note: BX24.js form-encodes params PHP-style, so nested ballots survive (`ballot[1][0]=2`), but an empty object
 * is dropped entirely and an empty array becomes an empty string.
 */
export function createBx24Transport(bx24: Bx24Like | null | undefined = globalThis.BX24, options: Bx24TransportOptions = {}): B24Transport {
  if (!bx24 || typeof bx24.callMethod !== 'function' || typeof bx24.init !== 'function') {
    throw new B24Error('NO_TRANSPORT', 'BX24.js is not loaded: this page is not running inside a Bitrix24 application frame.');
  }
  const api = bx24;
  const protocol = options.protocol ?? 'https';
  let ready: Promise<void> | undefined;

  return transportCore({
    origin() {
      const domain = domainOf(api);
      // BX24.js keeps the domain without protocol; some hosts hand one in anyway.
      return domain ? originOf(() => (/^https?:\/\//i.test(domain) ? domain : `${protocol}://${domain}`)) : undefined;
    },
    timeoutMs: resolveTimeout(options.timeoutMs, DEFAULT_TIMEOUT_MS),
    retry: options.retry,
    // One wait for init, shared by every call; BX24.js queues calls made before init anyway, but the origin (and
    // with it the shared rate-limit bucket, which the core joins after this wait) is only known afterwards.
    ready: () => (ready ??= new Promise<void>((resolve) => api.init(() => resolve()))),
    rateLimit: options.rateLimit,
    secrets: () => [(api.getAuth?.() || undefined)?.access_token],
    // BX24.js cannot be aborted: a late answer after an abort or a timeout is ignored (the core has settled).
    send: (method, params) =>
      new Promise<Bx24ResultLike>((resolve, reject) => {
        try {
          api.callMethod(method, params, resolve);
        } catch {
          reject(new B24Error('NETWORK_ERROR', `${method}: BX24.callMethod failed to send the request.`, 0));
        }
      }).then(settle),
  });
}
