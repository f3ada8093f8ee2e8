/**
 * Languages are data, not code: each is one string (its plural categories, then one text per message key, in
 * the order below, one a line), decoded into `VoteMessages` the first time the language is used. A text that
 * takes a count lists its plural forms, split by `|`, in the order of the categories (one form: the same for
 * every count); `{n}` is the count. A text that takes one value (an answer, a question, a detail) has `{0}`.
 */
import { pluralForm } from './plural.js';
import type { VoteMessages } from './types.js';

/** Every message key, in the order of the texts in a language's data. */
const keys = [
  'loading', 'vote', 'voting', 'changeVote', 'cancelChange', 'withdrawVote', 'withdrawing', 'closePoll',
  'closePollConfirm', 'closePollConfirmYes', 'reopenPoll', 'cancel', 'working', 'fullResults', 'downloadResults',
  'required', 'requiredNote', 'yourChoice', 'votes', 'voters', 'noVotesYet', 'anonymousPoll', 'publicPoll',
  'revoteUnavailable', 'pollClosed', 'resultsHiddenUntilClosed', 'voteCounted', 'voteWithdrawn', 'pollClosedNow',
  'pollReopened', 'cannotVote', 'showVoters', 'hideVoters', 'votersOf', 'loadMoreVoters', 'loadingVoters', 'retry',
  'errorNotFound', 'errorNoAccess', 'errorInactive', 'errorAlreadyVoted', 'errorRequired', 'errorInvalidBallot',
  'errorEmptyBallot', 'errorRateLimited', 'errorNetwork', 'errorOffline', 'errorTimeout', 'errorBadResponse',
  'errorSignInAgain', 'errorAuth', 'errorScope', 'errorConfig', 'errorNoTransport', 'errorGeneric', 'errorReload',
  'selectionKept', 'questionVoters', 'resultsAuthorOnly', 'facesOf', 'andMore', 'unnamedVoter', 'rateLimitWaiting',
  'saving',
] as const satisfies ReadonlyArray<keyof VoteMessages>;

/** Fails to compile while a key of `VoteMessages` is missing from the list above. */
export type EveryKeyListed<T extends never = Exclude<keyof VoteMessages, (typeof keys)[number]>> = T;

/** The keys whose text takes a count (plural forms); the others with `{0}` take one value. */
const counted = new Set<string>(['votes', 'voters', 'questionVoters', 'andMore']);

/** Turns a language's data into its messages (`lang`: the language code its plural forms are chosen by). */
export function decodeMessages(lang: string, data: string): VoteMessages {
  const [header = '', ...texts] = data.split('\n');
  const categories = header.split(' ');
  const messages: Record<string, unknown> = {};
  keys.forEach((key, i) => {
    const text = texts[i] ?? '';
    if (counted.has(key)) {
      const forms = text.split('|');
      const byCategory = forms.length === 1 ? { other: text } : Object.fromEntries(categories.map((c, j) => [c, forms[j]]));
      messages[key] = (n: number) => pluralForm(lang, n, byCategory as { other: string });
    } else {
      messages[key] = text.includes('{0}') ? (value: string) => text.replace('{0}', () => value) : text;
    }
  });
  return messages as unknown as VoteMessages;
}
