/**
 * The package's version, stamped in by the build (vite.config.ts `define`, read from package.json), so that two
 * copies on one page can tell whether they are the same release. Unbuilt sources (tests, the demo) say `dev`.
 */
declare const __B24_ATTACHED_VOTE_VERSION__: string | undefined;

/** This copy's version, e.g. `0.3.0` (`dev` when running from the sources). */
export const version: string = typeof __B24_ATTACHED_VOTE_VERSION__ === 'string' ? __B24_ATTACHED_VOTE_VERSION__ : 'dev';
