/**
 * The one parser of numbers and IDs, for what hosts write in attributes and what portals send (PHP hands out
 * numbers as strings). Strings must be plain decimal numbers: `Number()` alone would accept "1e3", "0x10" or " "
 * and yield an ID nobody wrote.
 */

/** The number `value` stands for: a finite number, or a string of a plain decimal number (spaces around allowed); else NaN. */
export function toNumber(value: unknown): number {
  const n = typeof value === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : NaN;
}

/** A positive whole ID (a safe integer) as its canonical decimal string, or null. */
export function idString(value: unknown): string | null {
  const n = toNumber(value);
  return Number.isSafeInteger(n) && n > 0 ? String(n) : null;
}
