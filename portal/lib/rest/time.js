// @ts-check
// The `time` block every answer carries (rest.php::appendDebugInfo).

/** Wall-clock milliseconds with sub-millisecond precision. */
export function nowMs() {
  return performance.timeOrigin + performance.now();
}

/**
 * `2025-08-06T10:51:03+02:00` in the process's time zone, as PHP's `DATE_ATOM` shows it.
 * @param {number} ms
 */
export function atom(ms) {
  const date = new Date(Math.floor(ms));
  const offset = -date.getTimezoneOffset();
  const local = new Date(Math.floor(ms) + offset * 60000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * @param {number} startMs when the request arrived
 * @param {number} processingStartMs when the portal started working on it
 * @param {{ operatingResetAt?: number, operating?: number }} [over]
 */
export function timeBlock(startMs, processingStartMs, over = {}) {
  const finishMs = nowMs();
  return {
    start: startMs / 1000,
    finish: finishMs / 1000,
    duration: (finishMs - startMs) / 1000,
    processing: (finishMs - processingStartMs) / 1000,
    date_start: atom(startMs),
    date_finish: atom(finishMs),
    operating_reset_at: over.operatingResetAt ?? Math.floor(startMs / 1000) + 600,
    operating: over.operating ?? 0,
  };
}
