/**
 * One IntersectionObserver for every lazy element of this copy: the polls that one scroll brings near the
 * viewport are told in one callback, so their loads share one batching window (and one request) instead of
 * one callback, one microtask checkpoint and one request each.
 */

/** How far from the viewport an element counts as near (it loads before it scrolls in). */
const MARGIN = '200px';

let observer: IntersectionObserver | undefined;
const waiting = new Map<Element, () => void>();

function near(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const callback = entry.isIntersecting && waiting.get(entry.target);
    if (!callback) continue;
    stop(entry.target);
    callback();
  }
}

function stop(target: Element): void {
  if (!waiting.delete(target)) return;
  observer?.unobserve(target);
}

/**
 * Calls `onNear` once, when `target` first comes within 200 px of the viewport. Returns a function that stops
 * watching. Where there is no IntersectionObserver, returns undefined: the caller treats the element as near.
 */
export function whenNearViewport(target: Element, onNear: () => void): (() => void) | undefined {
  if (typeof IntersectionObserver === 'undefined') return undefined;
  observer ??= new IntersectionObserver(near, { rootMargin: MARGIN });
  waiting.set(target, onNear);
  observer.observe(target);
  return () => stop(target);
}
