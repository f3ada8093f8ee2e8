/**
 * The one place where secrets are scrubbed from what leaves the transport layer. Descriptions come from the portal
 * and end up in event details; a portal (or a proxy in front of it) that echoes the request would otherwise leak a
 * webhook code or a token into the page: in the path, in the form body, percent-encoded once or twice. Every
 * transport sends each error it throws, and each `batch` answer's `result_error`, through `scrubbedCall`.
 */
import { B24Error, isB24Error } from './b24-error.js';
import type { B24Envelope } from './types.js';
import { isObject } from '../util/is-object.js';

const MASK = '***';
/** Shorter strings would mask innocent text; no real code or token is this short. */
const MIN_LENGTH = 3;

/** PHP's `urlencode`: like `encodeURIComponent`, but a space is `+` and `! ' ( ) * ~` are escaped too. */
function phpUrlencode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/**
 * A regular expression matching every spelling in which any of `secrets` may come back in an echo (case-insensitive:
 * `%2b` is `%2B`), or null when there is nothing to mask.
 */
function matcher(secrets: Iterable<unknown>): RegExp | null {
  const spells: ((text: string) => string)[] = [
    encodeURIComponent,
    (text) => encodeURIComponent(encodeURIComponent(text)),
    phpUrlencode,
    (text) => phpUrlencode(phpUrlencode(text)),
    decodeURIComponent,
    (text) => decodeURIComponent(text.replace(/\+/g, ' ')),
    // PHP's json_encode escapes slashes; a description built from JSON text keeps them.
    (text) => text.replace(/\//g, '\\/'),
  ];
  const all = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length < MIN_LENGTH) continue;
    all.add(secret);
    for (const spell of spells) {
      try {
        all.add(spell(secret));
      } catch {
        // A spelling that cannot be made (a lone surrogate, a bad % sequence) cannot be echoed either.
      }
    }
  }
  // Longest first, so an encoded spelling is masked whole rather than around its raw core.
  const sorted = [...all]
    .filter((s) => s.length >= MIN_LENGTH)
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return sorted.length > 0 ? new RegExp(sorted.join('|'), 'gi') : null;
}

function mask(text: string, pattern: RegExp | null): string {
  return pattern ? text.replace(pattern, MASK) : text;
}

/** `text` with every spelling of every secret replaced by `***`. Secrets shorter than 3 characters are ignored. */
export function redact(text: string, secrets: Iterable<string>): string {
  return mask(text, matcher(secrets));
}

function redactWith(error: B24Error, pattern: RegExp | null): B24Error {
  const code = mask(error.code, pattern);
  const description = mask(error.description, pattern);
  if (code === error.code && description === error.description) return error;
  return new B24Error(code, description, error.status, { time: error.time, source: error.source });
}

/** The same error with secrets masked in its code and description (the error itself when nothing matched). */
export function redactError(error: B24Error, secrets: Iterable<string>): B24Error {
  return redactWith(error, matcher(secrets));
}

/** A `batch` envelope whose `result_error` entries are masked (the envelope itself when nothing matched). */
function redactBatch(envelope: B24Envelope, pattern: RegExp | null): B24Envelope {
  const result = envelope.result;
  if (!pattern || !isObject(result) || !isObject(result.result_error)) return envelope;
  let changed = false;
  const errors: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(result.result_error)) {
    const copy = isObject(entry) ? { ...entry } : entry;
    if (isObject(copy)) {
      for (const field of ['error', 'error_description']) {
        const value = copy[field];
        if (typeof value !== 'string') continue;
        copy[field] = mask(value, pattern);
        changed ||= copy[field] !== value;
      }
    }
    errors[key] = copy;
  }
  return changed ? { ...envelope, result: { ...result, result_error: errors } } : envelope;
}

/**
 * Runs one whole call (`run`: retries, waits, token refresh included) and scrubs what comes out: a thrown
 * `B24Error` and, for `batch`, the sub-calls' errors in `result_error`. Aborts and other rejections pass as they
 * are. `secrets` is read only when something needs scrubbing (tokens rotate); a reader that throws (BX24.js or the
 * SDK before init) gives none, and only strings of it count.
 */
export async function scrubbedCall(
  method: string,
  run: () => Promise<B24Envelope>,
  secrets: () => Iterable<unknown>,
): Promise<B24Envelope> {
  const pattern = (): RegExp | null => {
    try {
      return matcher(secrets());
    } catch {
      return null;
    }
  };
  let envelope: B24Envelope;
  try {
    envelope = await run();
  } catch (error) {
    throw isB24Error(error) ? redactWith(error, pattern()) : error;
  }
  if (method.toLowerCase() !== 'batch' || !isObject(envelope?.result)) return envelope;
  return redactBatch(envelope, pattern());
}
