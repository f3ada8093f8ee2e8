import type { Poll } from './types.js';

/** The fields the server's read rule looks at. */
export type ResultAccessFields = Pick<Poll, 'canEdit' | 'resultsHidden' | 'isFinished' | 'canVote' | 'isVoted'>;

/**
 * Whether the current user may see how people voted: the server's `Vote::canReadResult`. The author always;
 * with the hide-results option (`OPTIONS & 2`) nobody else, finished or not; otherwise everyone, except that
 * while the poll is open a user who can still vote sees them only after voting. REST sends the counters to
 * everyone anyway: hiding them is the client's job.
 */
export function canReadResults(poll: ResultAccessFields): boolean {
  if (poll.canEdit) return true;
  if (poll.resultsHidden) return false;
  // `canVote` already means "the poll is open for this user"; `isVoted` covers a portal that says both.
  return poll.isFinished || !poll.canVote || poll.isVoted;
}
