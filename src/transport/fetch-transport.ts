/**
 * The fetch transport: one REST call = one form-encoded POST to the portal, authenticated either by an
 * incoming-webhook URL or by an OAuth token sent as the `auth` form field. Each request is a CORS "simple
 * request" (a form body, no header outside the safelist), so the browser sends no preflight: Bitrix24 answers
 * without `Access-Control-Max-Age`, and a preflight would double the round trips of nearly every call. A token
 * in an `Authorization` header would need one (and the portal's CORS answer does not allow it anyway).
 */
import { race, throwIfAborted } from './abort.js';
import { B24Error, isB24Error, invalidConfig } from './b24-error.js';
import { checkFunction, DEFAULT_TIMEOUT_MS, resolveTimeout } from './call-options.js';
import { transportCore, type CoreSpec } from './core.js';
import { parseEnvelope } from './envelope.js';
import { encodeForm, restParams } from './form-body.js';
import { parseRestUrl, parseWebhookUrl } from './portal-url.js';
import { warnIfWebhookOnPublicPage } from './webhook-warning.js';
import type {
  B24Envelope,
  B24Transport,
  FetchTransportOptions,
  OAuthTransportOptions,
} from './types.js';

/** Adds `value` to `set`, dropping the oldest entry past 16: tokens rotate hourly, and a long-lived page keeps only
 * the newest few rather than every token it has seen. */
function addBounded(set: Set<string>, value: string): void {
  set.add(value);
  if (set.size > 16) set.delete(set.values().next().value as string);
}

/** One form-encoded POST to `url`, parsed. A rejected fetch (refused, reset, CORS, offline) is `NETWORK_ERROR`. */
async function post(fetchImpl: typeof fetch, url: string, method: string, body: Record<string, unknown>, signal: AbortSignal): Promise<B24Envelope> {
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      // The one header, and a safelisted value of it: anything more would make the browser send a preflight.
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: encodeForm(restParams(method, body)),
      signal,
      // Cookies would authenticate as whoever is logged into the portal in this browser, not as the webhook.
      credentials: 'omit',
      cache: 'no-store',
    });
    // The body is read under the same timer: a portal can send headers and then stall.
    text = await response.text();
  } catch {
    // An abort or a timeout has already settled the call (the core's race); what is left is the network.
    throw new B24Error('NETWORK_ERROR', `${method}: the request did not reach the portal or the connection was lost.`, 0);
  }
  return parseEnvelope(text, response.status);
}

/** Token handling of the OAuth form: resolves `auth`, refreshes once per expiry for all concurrent calls. */
function makeTokenKeeper(options: OAuthTransportOptions, secrets: Set<string>) {
  const { auth, refreshAuth } = options;
  let refreshing: Promise<string> | null = null;
  let fresh = '';
  // Tokens known to have expired. A static `auth` string (or a function that still returns the old token) keeps
  // answering with one of these; the newest refreshed token is used instead. A token enters it only when a refresh
  // succeeds, so while it holds any, `fresh` is that refresh's token.
  const stale = new Set<string>();

  const asToken = (value: unknown): string => {
    if (typeof value !== 'string' || value === '') {
      throw invalidConfig('The auth option did not give an access token.');
    }
    addBounded(secrets, value);
    return value;
  };

  async function current(signal?: AbortSignal): Promise<string> {
    if (refreshing) {
      // A refresh is under way: the token in hand is known to be dead, so wait for the new one.
      try {
        return await race(refreshing, signal);
      } catch {
        throwIfAborted(signal);
      }
    }
    let given: unknown;
    try {
      given = typeof auth === 'function' ? await race(Promise.resolve().then(auth), signal) : auth;
    } catch (error) {
      throwIfAborted(signal);
      // A B24Error of the host's own is passed on; any other failure is "no token" (asToken below says so).
      if (isB24Error(error)) throw error;
    }
    const token = asToken(given);
    return stale.has(token) ? fresh : token;
  }

  /** A token to retry with after `used` expired; throws `expired` when there is none. */
  async function renewed(used: string, expired: B24Error, signal?: AbortSignal): Promise<string> {
    if (!refreshAuth) throw expired;
    // Someone else already refreshed after this request set off: just use their token.
    if (stale.has(used) && fresh !== used) return fresh;
    if (!refreshing) {
      refreshing = Promise.resolve()
        .then(refreshAuth)
        .then((token) => {
          const value = asToken(token);
          addBounded(stale, used);
          fresh = value;
          return value;
        });
      // No other refresh can start while this one is under way, so the one to clear is this one.
      const clear = (): void => {
        refreshing = null;
      };
      refreshing.then(clear, clear);
    }
    try {
      return await race(refreshing, signal);
    } catch {
      throwIfAborted(signal);
      // The refresh failed: report the expiry itself, so the UI can ask the user to sign in again. The refresh
      // error is dropped on purpose: it may quote tokens or client secrets.
      throw expired;
    }
  }

  return { current, renewed };
}

/**
 * Creates a transport that calls the portal with `fetch`: `{ webhookUrl }` for an incoming webhook, or
 * `{ restUrl, auth, refreshAuth? }` for an OAuth token. Options: `timeoutMs` (default 30000, per request),
 * `rateLimit` (the shared per-portal bucket; default 50 / 2, `false` off), `retry` (the safe-retry policy).
 * Throws `INVALID_CONFIG` for a bad configuration; the message never contains the webhook code or a token.
 * `callTimeoutMs` is the bound on one whole call that these settings imply (see `callBoundMs`).
 */
export function createFetchTransport(options: FetchTransportOptions): B24Transport {
  if (typeof options !== 'object' || options === null) {
    throw invalidConfig('createFetchTransport needs { webhookUrl } or { restUrl, auth }.');
  }
  const timeoutMs = resolveTimeout(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  checkFunction(options.fetch, 'fetch');
  // Looked up per call (not bound once) so the transport works with whatever fetch the page has at call time.
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  let place: { origin: string; base: string };
  let secrets: Iterable<string>;
  let attempt: CoreSpec['attempt'];
  if ('webhookUrl' in options) {
    const hook = parseWebhookUrl(options.webhookUrl);
    // In a later task: the first request leaves at this task's microtask checkpoint, and the warning is no part of it.
    setTimeout(warnIfWebhookOnPublicPage);
    place = hook;
    secrets = hook.secrets;
  } else if ('restUrl' in options) {
    place = parseRestUrl(options.restUrl);
    const { auth, refreshAuth } = options;
    if (!((typeof auth === 'string' && auth !== '') || typeof auth === 'function')) {
      throw invalidConfig('auth must be an access token or a function that returns one.');
    }
    checkFunction(refreshAuth, 'refreshAuth');
    const tokens = new Set<string>(typeof auth === 'string' ? [auth] : []);
    const keeper = makeTokenKeeper(options, tokens);
    secrets = tokens;
    attempt = async (_method, params, request, signal) => {
      const token = await keeper.current(signal);
      try {
        return await request({ ...params, auth: token });
      } catch (error) {
        if (!isB24Error(error) || error.code !== 'expired_token') throw error;
        const next = await keeper.renewed(token, error, signal);
        // Exactly one retry: a second expired_token goes to the caller as it is.
        return await request({ ...params, auth: next });
      }
    };
  } else {
    throw invalidConfig('createFetchTransport needs { webhookUrl } or { restUrl, auth }.');
  }
  const { origin, base } = place;
  return transportCore({
    timeoutMs,
    retry: options.retry,
    origin: () => origin,
    rateLimit: options.rateLimit,
    secrets: () => secrets,
    send: (method, params, signal) => post(fetchImpl, base + encodeURIComponent(method), method, params, signal),
    attempt,
    // OAuth: two requests, and as long again for the host's auth and refreshAuth functions (which nothing times out).
    requestsPerTry: attempt ? 3 : 1,
  });
}
