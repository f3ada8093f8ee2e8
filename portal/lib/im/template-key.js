// @ts-check
// The message's idempotency key (Bitrix\Im\Message\Uuid): only a lowercase UUID v4 counts; anything else is ignored.

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** A repeat after success returns the first message for about this long. */
export const KEEP_SENT_MS = 31 * 24 * 3600 * 1000;
/** A repeat while the first call still runs fails for at most this long (then the key is free again). */
export const KEEP_PENDING_MS = 3600 * 1000;

/** @param {unknown} value */
export function templateKeyOf(value) {
  return typeof value === 'string' && UUID_V4.test(value) ? value : null;
}
