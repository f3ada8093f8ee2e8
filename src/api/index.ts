/** The api layer: the `vote.AttachedVote.*` methods, the poll model, ballots, and coalesced loading. */
export type {
  Ballot,
  NumLike,
  Poll,
  PollAnswer,
  PollQuestion,
  PollRef,
  RawAnswer,
  RawAttach,
  RawQuestion,
  Voter,
  VotersPage,
} from './types.js';
export { BLOG_CONNECTOR, IM_CONNECTOR, refKey, refParams, toPollRef, type PollRefInput } from './poll-ref.js';
export { displayPercents, normalizeAttach } from './normalize.js';
export { BallotError } from './ballot-error.js';
export { ballotFromPoll, errorQuestionId, questionIdFromPortalCode, validateBallot } from './ballot.js';
export {
  GET_MANY_LIMIT,
  getAnswerVoted,
  getMany,
  getPoll,
  getWithVoted,
  pollFromResult,
  recall,
  resume,
  stop,
  vote,
  type ApiCallOptions,
  type PollResult,
  type PollWithVoted,
} from './vote-api.js';
export { BATCH_LIMIT, loadPoll, pollUpdates } from './poll-loader.js';
