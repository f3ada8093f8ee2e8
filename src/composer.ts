/**
 * b24-attached-vote/composer: importing this module registers `<b24-vote-composer>` (and `<b24-attached-vote>`, which
 * shows the poll once it is posted) and exports the composer's class and types.
 */
import { defineB24AttachedVote } from './define.js';
import { defineB24VoteComposer } from './composer/define.js';

export { B24VoteComposer } from './composer/vote-composer.js';
export { defineB24VoteComposer, composerTagName } from './composer/define.js';
export type * from './composer/events.js';
export type { ComposerMessages, ComposerMessageOverrides } from './composer/i18n/types.js';
export type { PostedPoll, ComposePhase } from './composer/controllers/send-controller.js';
export type { B24Transport } from './transport/types.js';

defineB24AttachedVote();
defineB24VoteComposer();
