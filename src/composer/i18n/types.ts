import type { Overrides } from '../../i18n/types.js';

/**
 * Everything the composer says of its own, in one language. Functions get their values; strings are used as is. What
 * it says as the voter would (network, timeouts, credentials, configuration) comes from the voter's messages.
 */
export interface ComposerMessages {
  question: string;
  questionPlaceholder: string;
  answers: string;
  answerLabel: (n: number) => string;
  addAnswer: string;
  removeAnswer: (n: number) => string;
  moveUp: (n: number) => string;
  moveDown: (n: number) => string;
  moved: (position: number, count: number) => string;
  removed: (n: number) => string;
  maxAnswersNote: string;
  pasteDropped: (n: number) => string;
  charactersLeft: (n: number) => string;
  sameAs: (n: number) => string;
  blankSkipped: string;
  settings: string;
  multiple: string;
  anonymous: string;
  revote: string;
  send: string;
  sending: string;
  stillPosting: string;
  needChat: string;
  needQuestion: string;
  needAnswers: string;
  needDifferent: string;
  preview: string;
  anonymousPoll: string;
  publicPoll: string;
  posted: string;
  createAnother: string;
  sendAgain: string;
  maybePosted: string;
  errorNotPosted: string;
  errorNoAccessChat: string;
  errorDialog: string;
  errorScopeIm: string;
}

/** A host's replacements for some messages: a string, or a function for messages that take values. */
export type ComposerMessageOverrides = Overrides<ComposerMessages>;
