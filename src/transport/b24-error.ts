import type { B24Time } from './types.js';

/** Local error codes the package produces itself (the portal's own codes pass through as sent). */
export type LocalErrorCode =
  | 'INVALID_CONFIG'
  | 'NO_TRANSPORT'
  | 'INVALID_BALLOT'
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'BAD_RESPONSE'
  | 'MODULE_UNAVAILABLE';

/**
 * Where a `B24Error` was made: `'portal'` for an answer of the portal (or of a proxy in front of it), whose code and
 * description are foreign text; `'element'` for one this package made itself (a local code and its own wording).
 * Decided where the error is created, never from the spelling of the code: a portal may answer `INVALID_CONFIG`.
 */
export type B24ErrorSource = 'portal' | 'element';

/** Optional parts of a `B24Error`. */
export interface B24ErrorDetails {
  /** The `time` block the portal sent with the error. */
  time?: B24Time;
  /** Where the error was made; default `'element'`. */
  source?: B24ErrorSource;
}

/**
 * A failed Bitrix24 call. Recognise it by `name === 'B24Error'` (see `isB24Error`), not `instanceof`:
 * two copies of the package on one page have two classes.
 */
export class B24Error extends Error {
  override readonly name = 'B24Error';
  /** The portal's `error` string as sent (`'0'` when it was empty), or a local code. */
  readonly code: string;
  /** The portal's `error_description` (never shown raw to users), or a local explanation. */
  readonly description: string;
  /** The HTTP status, 0 when there was none. */
  readonly status: number;
  /**
   * The `time` block the portal sent with the error, when it sent one: a 429 `OPERATION_TIME_LIMIT` carries
   * `operating_reset_at`, which tells the retry policy how long to wait.
   */
  readonly time?: B24Time;
  /**
   * `'portal'` when the portal (or a proxy) sent this error: its description must never be shown to users.
   * `'element'` when this package made it. A custom transport that relays a portal's answer should pass
   * `{ source: 'portal' }`.
   */
  readonly source: B24ErrorSource;

  constructor(code: string, description: string, status = 0, details?: B24ErrorDetails) {
    super(description ? `${code}: ${description}` : code);
    this.code = code;
    this.description = description;
    this.status = status;
    if (details?.time) this.time = details.time;
    this.source = details?.source === 'portal' ? 'portal' : 'element';
  }
}

/** An `INVALID_CONFIG` error made by this package: the host configured something it cannot use. */
export function invalidConfig(message: string): B24Error {
  return new B24Error('INVALID_CONFIG', message);
}

/** `error` itself when it is a `B24Error`; otherwise a local `B24Error` with `code` and `description` in its place. */
export function asB24Error(error: unknown, code: LocalErrorCode, description: string): B24Error {
  return isB24Error(error) ? error : new B24Error(code, description);
}

/** True for any `B24Error`, from this copy of the package or another. */
export function isB24Error(value: unknown): value is B24Error {
  return isNamed(value, 'B24Error');
}

/** True for an object whose `name` is `name`: how errors are recognised across copies of the package and realms. */
export function isNamed(value: unknown, name: string): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name;
}
