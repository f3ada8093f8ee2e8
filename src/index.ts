/**
 * b24-attached-vote: importing this module reads the polls already in the page, registers `<b24-attached-vote>`
 * and exports everything else.
 * Use `b24-attached-vote/element` to import without registering.
 */
// First: the polls already in the page are read while the rest of the package runs.
import './read-ahead-now.js';
import { defineB24AttachedVote } from './define.js';

export * from './element.js';
export { defineB24AttachedVote, tagName, version } from './define.js';

defineB24AttachedVote();
