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
  /**
   * Said after a vote on a hide-results poll (the name is older than the rule: numbers stay hidden from all but
   * the author, even once the poll is closed).
   */
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
  /** Per question of a poll with several questions: how many answered it ("N voted"). */
  questionVoters: CountFormatter;
  /** Why no numbers show on a hide-results poll (anyone but the author). */
  resultsAuthorOnly: string;
  /** Faces beside an answer: the group's accessible name. */
  facesOf: (answer: string) => string;
  /** After the faces: how many more voted for the answer ("and N more"). */
  andMore: CountFormatter;
  /** The accessible name of a face (and its initials) when the portal sent no name. */
  unnamedVoter: string;
  /** Bitrix24 answered 429 or 503: the vote waits for its turn and goes out by itself. */
  rateLimitWaiting: string;
  /** A vote or withdrawal already drawn is still on its way to Bitrix24 (shown after 300 ms). */
  saving: string;
}

/** A host's overrides of an element's messages: any message key mapped to a string or a function of the same shape. */
export type Overrides<M> = { [K in keyof M]?: M[K] | string };

/** A host's overrides of the voter's messages. */
export type MessageOverrides = Overrides<VoteMessages>;

/** Compiles only while `Missing` (the keys of a messages type that its key list lacks) is empty. */
export type NoneMissing<Missing extends never> = Missing;
