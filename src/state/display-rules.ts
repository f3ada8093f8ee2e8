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
 * Numbers are shown once the user has voted or the poll is finished (Bitrix24's own rule); with the
 * hide-results option only when finished. The author always sees them.
 */
export function numbersVisible(poll: Poll): boolean {
  if (poll.canEdit) return true;
  if (poll.isFinished) return true;
  return poll.isVoted && !poll.resultsHidden;
}

/** Voter lists exist only for public polls (ANONYMITY 1) with visible numbers. */
export function votersVisible(poll: Poll): boolean {
  return poll.public && numbersVisible(poll);
}

/** The poll shows the ballot form (first vote, or a change the user asked for). */
export function showsBallotForm(poll: Poll, changing: boolean): boolean {
  return canCastVote(poll) || (changing && canChangeVote(poll));
}

/** A single-question single-choice poll, the only kind `submit-on-select` applies to. */
export function isSingleChoicePoll(poll: Poll): boolean {
  return poll.questions.length === 1 && !poll.questions[0].multiple;
}
