/**
 * Runs `work` in the browser's next idle moment (at the latest after `timeoutMs`), so that it never delays a
 * request about to leave or a frame about to be drawn. Safari has no requestIdleCallback: a short delay instead.
 */
export function whenIdle(work: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: timeoutMs });
  else setTimeout(work, 50);
}
