/**
 * The element's on-demand parts. What every page needs to show a poll is imported statically; what only some
 * users reach (voting itself, voter lists, the author's tools) comes from its own chunk the first time it is
 * wanted, so a page of 200 polls that nobody touches never downloads it. The features reach into the element
 * through its members marked `@internal`.
 */

/** Votes, withdrawals and the author's close / reopen. */
export type WritesFeature = typeof import('./writes.js');
/** The lists of who voted for an answer. */
export type VoterListsFeature = typeof import('./voter-lists.js');
/** The author's Close / Reopen buttons. */
export type AuthorToolsFeature = typeof import('./author-tools.js');
/** `refresh-interval`. */
export type AutoRefreshFeature = typeof import('./auto-refresh.js');

/** A chunk's loader; `loaded` holds the module once it has arrived, for callers that must not wait a microtask. */
export interface LazyFeature<T> {
  (): Promise<T>;
  loaded?: T;
}

/** Imports a chunk once. A failed import is not kept here, but browsers may keep it: see MODULE_UNAVAILABLE. */
function lazy<T>(load: () => Promise<T>): LazyFeature<T> {
  let pending: Promise<T> | undefined;
  const feature: LazyFeature<T> = () =>
    (pending ??= load().then(
      (module) => (feature.loaded = module),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return feature;
}

/** Loads the write flow. */
export const loadWrites = lazy<WritesFeature>(() => import('./writes.js'));
/** Loads the voter lists. */
export const loadVoterLists = lazy<VoterListsFeature>(() => import('./voter-lists.js'));
/** Loads the author's tools. */
export const loadAuthorTools = lazy<AuthorToolsFeature>(() => import('./author-tools.js'));
/** Loads `refresh-interval`'s timer. */
export const loadAutoRefresh = lazy<AutoRefreshFeature>(() => import('./auto-refresh.js'));
