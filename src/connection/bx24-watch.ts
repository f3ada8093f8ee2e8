/**
 * Notices a `window.BX24` that arrives after the element (BX24.js loaded late, or by a framework after hydration).
 * Nothing else tells a page that a global appeared, so one page-wide timer looks for it while anyone waits.
 */

/** How often a waiting page looks for `window.BX24`. */
const CHECK_EVERY_MS = 200;

const waiting = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

/** True when the page has a `window.BX24`. */
export function pageHasBx24(): boolean {
  return !!(globalThis as { BX24?: unknown }).BX24;
}

function check(): void {
  if (!pageHasBx24()) return;
  const callbacks = [...waiting];
  waiting.clear();
  clearInterval(timer);
  timer = undefined;
  for (const callback of callbacks) callback();
}

/** Calls `callback` once `window.BX24` is there; returns the function that stops waiting. */
export function whenBx24Appears(callback: () => void): () => void {
  waiting.add(callback);
  timer ??= setInterval(check, CHECK_EVERY_MS);
  return () => {
    waiting.delete(callback);
    if (waiting.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}
