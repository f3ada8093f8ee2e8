// @ts-check
// Who may do what, as the module source defines it (attach.php, vote.php, the connectors).
import { lamp } from './poll.js';
import { vote as voteErrors } from '../rest/errors.js';

/** @typedef {import('./poll.js').Poll} Poll */

/** @param {Poll} poll @param {number} userId */
export function canRead(poll, userId) {
  return poll.readers === null || poll.readers.includes(userId);
}

/** Chat: the message author who can still read the chat; feed: the post author. @param {Poll} poll @param {number} userId */
export function canEdit(poll, userId) {
  return poll.authorId === userId && canRead(poll, userId);
}

/** Read access and LAMP green. @param {Poll} poll @param {number} userId @param {number} now */
export function canParticipate(poll, userId, now) {
  return canRead(poll, userId) && lamp(poll, now).active;
}

/**
 * vote.php::canVote: one ballot per user (UNIQUE_TYPE by user ID) -> error 32 once voted.
 * @param {Poll} poll @param {number} userId
 * @returns {import('../rest/errors.js').RestError | null}
 */
export function canVoteError(poll, userId) {
  return poll.ballots.has(userId) ? voteErrors.alreadyVoted() : null;
}

/**
 * vote.php::canRevote: fine when canVote is, or when the only block is "already voted" and revote is allowed.
 * @param {Poll} poll @param {number} userId
 */
export function canRevoteError(poll, userId) {
  const error = canVoteError(poll, userId);
  if (error && error.code === '32' && (poll.options & 1) !== 0) return null;
  return error;
}

/**
 * The user-dependent flags of the attach (AttachedVoteFrontendFormatService::format).
 * @param {Poll} poll @param {number} userId @param {number} now
 */
export function flags(poll, userId, now) {
  const participate = canParticipate(poll, userId, now);
  return {
    canEdit: canEdit(poll, userId),
    canVote: participate && canVoteError(poll, userId) === null,
    canRevote: participate && canRevoteError(poll, userId) === null && (poll.options & 1) !== 0,
    isVoted: poll.ballots.has(userId),
    isFinished: lamp(poll, now).finished,
  };
}
