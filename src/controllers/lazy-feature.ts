import { B24Error } from '../transport/b24-error.js';

/** A part of the element that arrives in a chunk of its own. */
export interface LazyFeature<T> {
  /** The module, loading it the first time; rejects with `MODULE_UNAVAILABLE` when its chunk cannot be fetched. */
  load(): Promise<T>;
}

/**
 * Imports a chunk once. A failed import is not kept here (a later call tries again), but browsers keep a failed
 * module fetch for the page's lifetime, so the error asks for a reload: Retry could never help.
 */
export function lazyFeature<T>(importer: () => Promise<T>): LazyFeature<T> {
  let pending: Promise<T> | undefined;
  return {
    load: () =>
      (pending ??= importer().catch(() => {
        pending = undefined;
        throw new B24Error('MODULE_UNAVAILABLE', 'a part of b24-attached-vote could not be loaded');
      })),
  };
}
