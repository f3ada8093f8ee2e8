import type { NoneMissing, VoteMessages } from './types.js';

/** Every key of the voter's messages, in the order of the texts in a language's data (see decode.ts). */
export const voterKeys = [
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
export type EveryKeyListed = NoneMissing<Exclude<keyof VoteMessages, (typeof voterKeys)[number]>>;
