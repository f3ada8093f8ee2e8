/**
 * Runs `work` in the browser's first idle moment after `delayMs` (within a second of it at the latest), so that it
 * never delays a request about to leave or a frame about to be drawn. Safari has no requestIdleCallback: a short
 * delay instead. Returns a function that cancels it.
 */
export function whenIdle(work: () => void, delayMs = 0): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, delayMs + 50);
    return () => clearTimeout(timer);
  }
  let idle: number | undefined;
  const timer = setTimeout(() => (idle = requestIdleCallback(work, { timeout: 1000 })), delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
