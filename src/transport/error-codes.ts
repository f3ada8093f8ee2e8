/**
 * The one table of error codes: for each code the portal or this package uses, the message the element shows
 * (a key of its messages, named here as data so the transport stays free of the element's types) and how the code
 * is treated. Codes not listed get the generic message and no special treatment.
 */

/** A Retry button makes sense: the same action may succeed later. */
export const RETRY = 1;
/** The answer may have been lost: a write may or may not have been stored. */
export const LOST = 2;
/** The transport may retry it, for read methods only (with every 5xx). */
export const TRANSIENT = 4;
/** 503 `QUERY_LIMIT_EXCEEDED`: rejected before processing, retried with a back-off for every method. */
export const RATE = 8;
/** 429 `OPERATION_TIME_LIMIT`: rejected before processing, retried after the reset for every method. */
export const OPERATION = 16;

/** Code -> [message key, flags]. */
const TABLE: Record<string, readonly [string, number]> = {
  ATTACH_NOT_FOUND: ['errorNotFound', 0],
  ATTACH_READ_ACCESS_DENIED: ['errorNoAccess', 0],
  INVALID_CREDENTIALS: ['errorNoAccess', 0],
  user_access_error: ['errorNoAccess', 0],
  ACCESS_DENIED: ['errorNoAccess', 0],
  32: ['errorAlreadyVoted', 0],
  INVALID_BALLOT: ['errorInvalidBallot', 0],
  QUERY_LIMIT_EXCEEDED: ['errorRateLimited', RETRY | RATE],
  OPERATION_TIME_LIMIT: ['errorRateLimited', RETRY | OPERATION],
  OVERLOAD_LIMIT: ['errorRateLimited', RETRY],
  NETWORK_ERROR: ['errorNetwork', RETRY | LOST | TRANSIENT],
  TIMEOUT: ['errorTimeout', RETRY | LOST | TRANSIENT],
  BAD_RESPONSE: ['errorBadResponse', RETRY | LOST],
  INTERNAL_SERVER_ERROR: ['', RETRY],
  ERROR_UNEXPECTED_ANSWER: ['', RETRY],
  expired_token: ['errorSignInAgain', 0],
  invalid_token: ['errorSignInAgain', 0],
  NO_AUTH_FOUND: ['errorAuth', 0],
  insufficient_scope: ['errorScope', 0],
  INVALID_CONFIG: ['errorConfig', 0],
  NO_TRANSPORT: ['errorNoTransport', 0],
  MODULE_UNAVAILABLE: ['errorReload', 0],
};

/** The message key of `code` ('' when the table has none) and its flags. */
export function errorCode(code: string): readonly [string, number] {
  return Object.hasOwn(TABLE, code) ? TABLE[code]! : ['', 0];
}

/** Whether `code` (with its HTTP status) has `flag`; every 5xx counts as retryable, transient and lost. */
export function hasFlag(code: string, status: number, flag: number): boolean {
  return (errorCode(code)[1] & flag) !== 0 || (status >= 500 && (flag & (RETRY | LOST | TRANSIENT)) !== 0);
}
