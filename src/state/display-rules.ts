import { canReadResults } from '../api/result-access.js';
import type { Poll } from '../api/types.js';

/** The user may send a first ballot now. */
export function canCastVote(poll: Poll): boolean {
  return poll.canVote && !poll.isVoted && !poll.isFinished;
}

/** "Change vote" and "Withdraw vote" are offered (the architecture's rule). */
export function canChangeVote(poll: Poll): boolean {
  return poll.isVoted && poll.canRevote && !poll.isFinished;
}

/**
 * "Numbers" (totals, per-question "N voted", counts, percents, faces, voter lists) follow the server's
 * `Vote::canReadResult`: the author always; with hide-results nobody else, finished or not; otherwise everyone,
 * except that on an open poll a user who can still vote sees them only after voting.
 */
export const numbersVisible: (poll: Poll) => boolean = canReadResults;

/** Why numbers are not shown, for the note that says so; null when they are shown. */
export function numbersHiddenReason(poll: Poll): 'author-only' | 'after-voting' | null {
  if (numbersVisible(poll)) return null;
  return poll.resultsHidden ? 'author-only' : 'after-voting';
}

/**
 * Voter lists and the faces beside the answers (the model carries faces only when this holds): public polls (every
 * ANONYMITY but 2) with visible numbers, unless the host turned them off (`hide-voters`).
 */
export function votersVisible(poll: Poll, hideVoters = false): boolean {
  return !hideVoters && poll.public && numbersVisible(poll);
}

/** Per-question "N voted": only where it adds something, a poll with several questions, and with numbers. */
export function questionVotersVisible(poll: Poll): boolean {
  return poll.questions.length > 1 && numbersVisible(poll);
}

/** The poll shows the ballot form (first vote, or a change the user asked for). */
export function showsBallotForm(poll: Poll, changing: boolean): boolean {
  return canCastVote(poll) || (changing && canChangeVote(poll));
}

/** A single-question single-choice poll, the only kind `submit-on-select` applies to. */
export function isSingleChoicePoll(poll: Poll): boolean {
  return poll.questions.length === 1 && !poll.questions[0].multiple;
}
