/** Formats a count the way a language wants it (plural forms, digits). */
export type CountFormatter = (n: number) => string;

/** Everything the element says, in one language. Functions get their values; strings are used as is. */
export interface VoteMessages {
  loading: string;
  vote: string;
  voting: string;
  changeVote: string;
  cancelChange: string;
  withdrawVote: string;
  withdrawing: string;
  closePoll: string;
  closePollConfirm: string;
  closePollConfirmYes: string;
  reopenPoll: string;
  cancel: string;
  working: string;
  fullResults: string;
  downloadResults: string;
  required: string;
  requiredNote: string;
  yourChoice: string;
  votes: CountFormatter;
  voters: CountFormatter;
  noVotesYet: string;
  anonymousPoll: string;
  publicPoll: string;
  revoteUnavailable: string;
  pollClosed: string;
  resultsHiddenUntilClosed: string;
  voteCounted: string;
  voteWithdrawn: string;
  pollClosedNow: string;
  pollReopened: string;
  cannotVote: string;
  showVoters: (answer: string) => string;
  hideVoters: string;
  votersOf: (answer: string) => string;
  loadMoreVoters: string;
  loadingVoters: string;
  retry: string;
  errorNotFound: string;
  errorNoAccess: string;
  errorInactive: string;
  errorAlreadyVoted: string;
  errorRequired: (question: string) => string;
  errorInvalidBallot: (question: string) => string;
  errorEmptyBallot: string;
  errorRateLimited: string;
  errorNetwork: string;
  errorOffline: string;
  errorTimeout: string;
  errorBadResponse: string;
  errorSignInAgain: string;
  errorAuth: string;
  errorScope: string;
  errorConfig: (detail: string) => string;
  errorNoTransport: string;
  errorGeneric: string;
  /** A part of the element could not be fetched (`MODULE_UNAVAILABLE`); only a reload helps. */
  errorReload: string;
  selectionKept: string;
}

/** A host's overrides: any message key mapped to a string or a function of the same shape. */
export type MessageOverrides = {
  [K in keyof VoteMessages]?: VoteMessages[K] | string;
};
