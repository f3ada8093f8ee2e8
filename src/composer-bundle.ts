/**
 * The composer's CDN file: everything the voter's CDN file has (it registers `<b24-attached-vote>` and exports the
 * same), plus `<b24-vote-composer>`. With the voter's file on the same page, each tag is registered once.
 */
import { defineB24AttachedVote } from './define.js';
import { defineB24VoteComposer } from './composer/define.js';

export * from './index.js';
export * from './composer.js';

// Here, not only in the entries re-exported above: package.json's sideEffects names built files, so to the bundler
// those two source modules are free of side effects and their own registration calls would be dropped.
defineB24AttachedVote();
defineB24VoteComposer();
