/**
 * Runs `work` in the browser's next idle moment (within a second at the latest), so that it never delays a request
 * about to leave or a frame about to be drawn. Safari has no requestIdleCallback: a short delay instead.
 */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}
