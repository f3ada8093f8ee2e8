/**
 * Abort helpers shared by the transports. An abort always rejects with the signal's own reason (an `AbortError`
 * DOMException when the caller used `controller.abort()`), never with a `B24Error`: the element treats an abort as
 * "nobody wants this answer any more", not as a failure to report.
 */
import { isNamed } from './b24-error.js';

/** The reason an aborted signal rejects with; an `AbortError` when the signal carries none (very old engines). */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Throws the signal's reason when it has already aborted. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortReason(signal);
}

/**
 * The one timeout / abort race: settles like `promise`, unless the signal aborts first (then it rejects with the
 * signal's reason) or `ms` passes first (then it rejects with what `timeout()` makes). The promise itself cannot
 * always be cancelled (BX24.js and the SDK offer no way to), so its late result is simply ignored.
 */
export function race<T>(promise: Promise<T>, signal?: AbortSignal, ms?: number, timeout?: () => unknown): Promise<T> {
  // Keep a late rejection of an abandoned promise from surfacing as an unhandled rejection.
  promise.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const end =
      <V>(settle: (value: V) => void) =>
      (value: V): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        settle(value);
      };
    const onAbort = (): void => end(reject)(abortReason(signal!));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (ms !== undefined) timer = setTimeout(() => end(reject)(timeout!()), ms);
    promise.then(end(resolve), end(reject));
  });
}

/** Resolves after `ms` milliseconds, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  // A negative `ms` waits no time: setTimeout treats it as 0.
  return race(new Promise<void>((resolve) => setTimeout(resolve, ms)), signal);
}

/** True for the rejection of an aborted call (the signal's default reason, a DOMException named AbortError). */
export function isAbortError(error: unknown): boolean {
  return isNamed(error, 'AbortError');
}
