import { catalog } from '../../i18n/catalog.js';
import { voterMessages } from '../../i18n/voter-messages.js';
import type { NoneMissing, VoteMessages } from '../../i18n/types.js';
import { en } from './en.js';
import type { ComposerMessages } from './types.js';

/** Every key of the composer's messages, in the order of the texts in a language's data. */
const keys = [
  'question', 'questionPlaceholder', 'answers', 'answerLabel', 'addAnswer', 'removeAnswer', 'moveUp', 'moveDown',
  'moved', 'removed', 'maxAnswersNote', 'pasteDropped', 'charactersLeft', 'sameAs', 'blankSkipped', 'settings',
  'multiple', 'anonymous', 'revote', 'send', 'sending', 'stillPosting', 'needChat', 'needQuestion', 'needAnswers',
  'needDifferent', 'preview', 'anonymousPoll', 'publicPoll', 'posted', 'createAnother', 'sendAgain', 'maybePosted',
  'errorNotPosted', 'errorNoAccessChat', 'errorDialog', 'errorScopeIm',
] as const satisfies ReadonlyArray<keyof ComposerMessages>;

/** Fails to compile while a key of `ComposerMessages` is missing from the list above. */
export type EveryComposerKeyListed = NoneMissing<Exclude<keyof ComposerMessages, (typeof keys)[number]>>;

/**
 * What the composer says: its own messages over the voter's in the same language (what both elements say alike:
 * connection, credentials, setup). A host overrides only the composer's own.
 */
export type ComposerTexts = VoteMessages & ComposerMessages;

/** The composer's messages; languages other than English are chunks of their own, as the voter's are. */
export const composerMessages = catalog<ComposerTexts>(
  keys,
  en,
  {
    ru: () => import('./ru.js'),
    de: () => import('./de.js'),
    uk: () => import('./uk.js'),
    pl: () => import('./pl.js'),
  },
  voterMessages,
);
