/**
 * b24-attached-vote: importing this module registers `<b24-attached-vote>` and exports everything else.
 * Use `b24-attached-vote/element` to import without registering.
 */
import { defineB24AttachedVote } from './define.js';

export * from './element.js';

defineB24AttachedVote();
