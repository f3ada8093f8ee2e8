/**
 * The one request-sharing primitive, for loads (the poll loader's duplicate and batched loads) and writes
 * (shared-writes): many callers wait for one request; a caller whose signal aborts rejects at once with the
 * signal's reason and leaves; when the last caller has left, its owner aborts the request.
 */
import { abortReason, race } from '../transport/abort.js';

/**
 * A request callers can join. The member names are part of the page-wide registry of shared writes (two copies of
 * the package on a page join each other's writes): keep them.
 */
export interface Shared<T> {
  promise: Promise<T>;
  callers: number;
}

/**
 * Joins `shared`: settles like its promise, or rejects with the caller's abort reason. `onEmpty(reason)` runs when
 * the caller that leaves is the last one.
 */
export function join<T>(shared: Shared<T>, signal: AbortSignal | undefined, onEmpty: (reason: unknown) => void): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  shared.callers += 1;
  const leave = (): void => {
    if (--shared.callers === 0) onEmpty(abortReason(signal!));
  };
  signal?.addEventListener('abort', leave, { once: true });
  const joined = race(shared.promise, signal);
  const done = (): void => signal?.removeEventListener('abort', leave);
  joined.then(done, done);
  return joined;
}
