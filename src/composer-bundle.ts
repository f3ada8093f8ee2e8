/**
 * The composer's CDN file: everything the voter's CDN file has (it registers `<b24-attached-vote>` and exports the
 * same), plus `<b24-vote-composer>`. With the voter's file on the same page, each tag is registered once.
 */
export * from './index.js';
export * from './composer.js';
