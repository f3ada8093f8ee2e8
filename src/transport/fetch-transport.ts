/**
 * The fetch transport: one REST call = one JSON POST to the portal, authenticated either by an incoming-webhook
 * URL or by an OAuth token sent as the `auth` body parameter. Only `Content-Type` and `Accept` headers are sent:
 * the portal's CORS answer allows nothing else, so a token in an `Authorization` header would fail preflight.
 */
import { abortReason, raceAbort, throwIfAborted } from './abort.js';
import { B24Error, isB24Error } from './b24-error.js';
import { checkMethod, resolveTimeout } from './call-options.js';
import { parseEnvelope } from './envelope.js';
import { parseRestUrl, parseWebhookUrl } from './portal-url.js';
import { sharedRateLimiter, type LeakyBucket } from './rate-limiter.js';
import { resolveRetryOptions, withRetry } from './retry.js';
import { redactError } from './secrets.js';
import { warnIfWebhookOnPublicPage } from './webhook-warning.js';
import type {
  AuthSource,
  B24CallOptions,
  B24Envelope,
  B24Transport,
  FetchTransportOptions,
  OAuthTransportOptions,
} from './types.js';

/** A bounded set of the secrets this transport has handled, to scrub from errors. */
class SecretSet {
  private readonly items = new Set<string>();
  constructor(private readonly fixed: readonly string[] = [], private readonly limit = 16) {}
  add(secret: string): void {
    if (this.items.has(secret)) return;
    this.items.add(secret);
    // Tokens rotate hourly; keep the newest few rather than every token a long-lived page has seen.
    if (this.items.size > this.limit) this.items.delete(this.items.values().next().value as string);
  }
  *[Symbol.iterator](): Iterator<string> {
    yield* this.fixed;
    yield* this.items;
  }
}

interface Sender {
  /** One request: wait for a rate-limit slot, POST, parse. Throws `B24Error`, or the signal's reason on abort. */
  (url: string, method: string, body: Record<string, unknown>, signal: AbortSignal | undefined): Promise<B24Envelope>;
}

function makeSender(fetchImpl: typeof fetch, timeoutMs: number, limiter: LeakyBucket | null, secrets: SecretSet): Sender {
  return async (url, method, body, signal) => {
    await limiter?.acquire(signal);
    throwIfAborted(signal); // an abort that landed while the slot was granted would otherwise go unnoticed
    let payload: string;
    try {
      payload = JSON.stringify(body);
    } catch {
      throw new B24Error('INVALID_CONFIG', `${method}: the parameters cannot be sent as JSON.`);
    }
    // One controller per request, aborted by the caller's signal or by the timer: fetch accepts a single signal.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = (): void => controller.abort(abortReason(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    const failure = (): unknown => {
      if (signal?.aborted) return abortReason(signal);
      if (timedOut) return new B24Error('TIMEOUT', `${method}: no answer from the portal within ${timeoutMs} ms.`, 0);
      // fetch rejects with a bare TypeError for every network-level failure (refused, reset, CORS, offline).
      return new B24Error('NETWORK_ERROR', `${method}: the request did not reach the portal or the connection was lost.`, 0);
    };
    try {
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: payload,
          signal: controller.signal,
          // Cookies would authenticate as whoever is logged into the portal in this browser, not as the webhook.
          credentials: 'omit',
          cache: 'no-store',
        });
        // The body is read under the same timer: a portal can send headers and then stall.
        text = await response.text();
      } catch {
        throw failure();
      }
      try {
        return parseEnvelope(text, response.status);
      } catch (error) {
        throw isB24Error(error) ? redactError(error, secrets) : error;
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
}

function isExpiredToken(error: unknown): error is B24Error {
  return isB24Error(error) && error.code === 'expired_token';
}

/** Token handling of the OAuth form: resolves `auth`, refreshes once per expiry for all concurrent calls. */
function makeTokenKeeper(options: OAuthTransportOptions, secrets: SecretSet) {
  const { auth, refreshAuth } = options;
  let refreshing: Promise<string> | null = null;
  let fresh: string | null = null;
  // Tokens known to have expired. A static `auth` string (or a function that still returns the old token) keeps
  // answering with one of these; the newest refreshed token is used instead.
  const stale = new Set<string>();

  const asToken = (value: unknown): string => {
    if (typeof value !== 'string' || value === '') {
      throw new B24Error('INVALID_CONFIG', 'The auth option did not give an access token.');
    }
    secrets.add(value);
    return value;
  };

  async function current(signal?: AbortSignal): Promise<string> {
    if (refreshing) {
      // A refresh is under way: the token in hand is known to be dead, so wait for the new one.
      try {
        return await raceAbort(refreshing, signal);
      } catch {
        throwIfAborted(signal);
      }
    }
    let token: string;
    try {
      token = asToken(typeof auth === 'function' ? await raceAbort(Promise.resolve().then(auth), signal) : auth);
    } catch (error) {
      throwIfAborted(signal);
      throw isB24Error(error) ? error : new B24Error('INVALID_CONFIG', 'The auth option did not give an access token.');
    }
    return fresh !== null && stale.has(token) ? fresh : token;
  }

  /** A token to retry with after `used` expired; throws `expired` when there is none. */
  async function renewed(used: string, expired: B24Error, signal?: AbortSignal): Promise<string> {
    if (!refreshAuth) throw expired;
    // Someone else already refreshed after this request set off: just use their token.
    if (fresh !== null && fresh !== used && stale.has(used)) return fresh;
    if (!refreshing) {
      const attempt = Promise.resolve()
        .then(() => refreshAuth())
        .then((token) => {
          const value = asToken(token);
          stale.add(used);
          if (stale.size > 16) stale.delete(stale.values().next().value as string);
          fresh = value;
          return value;
        });
      refreshing = attempt;
      const clear = (): void => {
        if (refreshing === attempt) refreshing = null;
      };
      attempt.then(clear, clear);
    }
    try {
      return await raceAbort(refreshing, signal);
    } catch {
      throwIfAborted(signal);
      // The refresh failed: report the expiry itself, so the UI can ask the user to sign in again. The refresh
      // error is dropped on purpose: it may quote tokens or client secrets.
      throw expired;
    }
  }

  return { current, renewed };
}

function checkAuthSource(auth: unknown): AuthSource {
  if ((typeof auth === 'string' && auth !== '') || typeof auth === 'function') return auth as AuthSource;
  throw new B24Error('INVALID_CONFIG', 'auth must be an access token or a function that returns one.');
}

/**
 * Creates a transport that calls the portal with `fetch`: `{ webhookUrl }` for an incoming webhook, or
 * `{ restUrl, auth, refreshAuth? }` for an OAuth token. Options: `timeoutMs` (default 30000, per request),
 * `rateLimit` (the shared per-portal bucket; default 50 / 2, `false` off), `retry` (the safe-retry policy).
 * Throws `INVALID_CONFIG` for a bad configuration; the message never contains the webhook code or a token.
 */
export function createFetchTransport(options: FetchTransportOptions): B24Transport {
  if (typeof options !== 'object' || options === null) {
    throw new B24Error('INVALID_CONFIG', 'createFetchTransport needs { webhookUrl } or { restUrl, auth }.');
  }
  const timeoutMs = resolveTimeout(options.timeoutMs);
  const retry = resolveRetryOptions(options.retry);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new B24Error('INVALID_CONFIG', 'fetch must be a function.');
  }
  // Looked up per call (not bound once) so the transport works with whatever fetch the page has at call time.
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  let origin: string;
  let perform: (method: string, params: Record<string, unknown>, signal?: AbortSignal) => Promise<B24Envelope>;

  if ('webhookUrl' in options) {
    const hook = parseWebhookUrl(options.webhookUrl);
    warnIfWebhookOnPublicPage();
    origin = hook.origin;
    const send = makeSender(fetchImpl, timeoutMs, sharedRateLimiter(origin, options.rateLimit), new SecretSet(hook.secrets));
    perform = (method, params, signal) => send(hook.base + encodeURIComponent(method), method, params, signal);
  } else if ('restUrl' in options) {
    const rest = parseRestUrl(options.restUrl);
    checkAuthSource(options.auth);
    if (options.refreshAuth !== undefined && typeof options.refreshAuth !== 'function') {
      throw new B24Error('INVALID_CONFIG', 'refreshAuth must be a function.');
    }
    origin = rest.origin;
    const secrets = new SecretSet();
    if (typeof options.auth === 'string') secrets.add(options.auth);
    const send = makeSender(fetchImpl, timeoutMs, sharedRateLimiter(origin, options.rateLimit), secrets);
    const tokens = makeTokenKeeper(options, secrets);
    perform = async (method, params, signal) => {
      const url = rest.base + encodeURIComponent(method);
      const token = await tokens.current(signal);
      try {
        return await send(url, method, { ...params, auth: token }, signal);
      } catch (error) {
        if (!isExpiredToken(error)) throw error;
        const next = await tokens.renewed(token, error, signal);
        // Exactly one retry: a second expired_token goes to the caller as it is.
        return await send(url, method, { ...params, auth: next }, signal);
      }
    };
  } else {
    throw new B24Error('INVALID_CONFIG', 'createFetchTransport needs { webhookUrl } or { restUrl, auth }.');
  }

  return Object.freeze({
    origin,
    supportsBatch: true,
    async call(method: string, params: Record<string, unknown> = {}, callOptions: B24CallOptions = {}): Promise<B24Envelope> {
      const { signal } = callOptions;
      throwIfAborted(signal);
      checkMethod(method);
      return withRetry(method, params, () => perform(method, params, signal), { signal, retry });
    },
  });
}
