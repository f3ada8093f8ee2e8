/**
 * Notices a `window.BX24` that arrives after the element (BX24.js loaded late, or by a framework after hydration).
 * Nothing else tells a page that a global appeared, so one page-wide timer looks for it while anyone waits.
 */

/** How often a waiting page looks for `window.BX24`. */
const CHECK_EVERY_MS = 200;

/** Each waiting callback, with the `window.BX24` there was when it began waiting (one that failed already). */
const waiting = new Map<() => void, unknown>();
let timer: ReturnType<typeof setInterval> | undefined;

function pageBx24(): unknown {
  return (globalThis as { BX24?: unknown }).BX24;
}

/** Stops the timer once nobody waits. */
function stopWhenIdle(): void {
  if (waiting.size === 0) {
    clearInterval(timer);
    timer = undefined;
  }
}

function check(): void {
  const bx24 = pageBx24();
  if (!bx24) return;
  // A BX24 that was there already (and is not BX24.js, or the element would not wait) is no news.
  const callbacks = [...waiting].filter(([, seen]) => seen !== bx24).map(([callback]) => callback);
  for (const callback of callbacks) waiting.delete(callback);
  stopWhenIdle();
  for (const callback of callbacks) callback();
}

/** Calls `callback` once `window.BX24` is there; returns the function that stops waiting. */
export function whenBx24Appears(callback: () => void): () => void {
  waiting.set(callback, pageBx24());
  timer ??= setInterval(check, CHECK_EVERY_MS);
  return () => {
    waiting.delete(callback);
    stopWhenIdle();
  };
}
