/**
 * Turns what a portal sent back into the REST envelope or a `B24Error`. Every transport funnels its answers
 * through here, so "what counts as a success" is decided in one place.
 */
import { B24Error } from './b24-error.js';
import type { B24Envelope, B24Time } from './types.js';
import { isObject } from '../util/is-object.js';
import { toNumber } from '../util/parse-number.js';

type Json = Record<string, unknown>;

/** `next`/`total` as numbers: BX24.js `parseInt`s them, so a numeric string from an odd proxy is accepted too. */
function toCount(value: unknown): number | undefined {
  const n = toNumber(value);
  return Number.isNaN(n) ? undefined : n;
}

/** The `time` block if it is an object; anything else is dropped rather than passed on half-typed. */
function toTime(value: unknown): B24Time | undefined {
  return isObject(value) ? (value as B24Time) : undefined;
}

/**
 * The envelope of a success body: only `result`, `time`, `next` and `total` are kept (a portal may add keys such
 * as `signature`; nothing above the transport should come to depend on them). Returns `null` when the object has
 * no `result`.
 */
export function pickEnvelope(body: Json): B24Envelope | null {
  if (!('result' in body) || body.result === undefined) return null;
  const envelope: B24Envelope = { result: body.result };
  const time = toTime(body.time);
  if (time) envelope.time = time;
  const next = toCount(body.next);
  if (next !== undefined) envelope.next = next;
  const total = toCount(body.total);
  if (total !== undefined) envelope.total = total;
  return envelope;
}

/**
 * The `B24Error` of an error body (`{error, error_description}`), or `null` when the body has no `error`.
 * An empty code becomes `'0'` (the architecture's rule: the server's code-less errors are `"0"` or `""` depending
 * on the version). A REST v3 style `{error: {code, message}}` is understood as well. The error's `source` is
 * `'portal'`: this is where every error the portal sent is made, a `batch` sub-call's `result_error` included.
 */
export function errorFromBody(body: Json, status: number): B24Error | null {
  const raw = body.error;
  if (raw === undefined || raw === null || raw === false) return null;
  let code: string;
  let description = typeof body.error_description === 'string' ? body.error_description : '';
  if (isObject(raw)) {
    code = String(raw.code ?? '');
    if (!description && typeof raw.message === 'string') description = raw.message;
  } else {
    code = String(raw);
  }
  const time = toTime(body.time);
  return new B24Error(code === '' ? '0' : code, description, status, { time, source: 'portal' });
}

/** The error for a body that is not a REST answer at all (an HTML error page, broken or cut-off JSON). */
export function badResponse(status: number, why: string): B24Error {
  return new B24Error('BAD_RESPONSE', `The portal's answer is not a REST response (${why}).`, status);
}

/**
 * Parses a response body: the envelope on success, otherwise throws a `B24Error`: the portal's error (any HTTP
 * status), or `BAD_RESPONSE` for a body that is not JSON, is cut off, or is JSON with neither `result` nor
 * `error`. The body text is never copied into the error: an HTML page may echo the request URL, and with it a
 * webhook code.
 */
export function parseEnvelope(text: string, status: number): B24Envelope {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badResponse(status, text.trim() === '' ? 'empty body' : 'not JSON');
  }
  if (!isObject(body)) throw badResponse(status, 'not a JSON object');
  const error = errorFromBody(body, status);
  if (error) throw error;
  // A 2xx is the only status a real success comes with; a "result" under a 5xx is some proxy's invention.
  const envelope = status >= 200 && status < 300 ? pickEnvelope(body) : null;
  if (!envelope) throw badResponse(status, 'neither result nor error');
  return envelope;
}

/**
 * Reads a fetch `Response` and parses it with `parseEnvelope`. A failure while reading the body (the connection
 * dropped half-way, an abort) is rethrown unchanged: only the caller knows whether it was its own abort, its own
 * timeout or the network.
 */
export async function readEnvelope(response: Response): Promise<B24Envelope> {
  const text = await response.text();
  return parseEnvelope(text, response.status);
}
