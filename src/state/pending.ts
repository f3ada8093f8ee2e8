/**
 * What the screen shows while a write is on the wire: the last poll the portal sent (S) with the pending ballot or
 * recall applied, computed afresh from S every time, never added on top of what is drawn. Applied to a poll that
 * already holds the write (a refresh that came after the portal stored it) it changes nothing, so such a poll is
 * drawn as it is.
 */
import type { Ballot, Poll, PollQuestion } from '../api/types.js';

/** A write the screen shows before the portal answers: a ballot (`vote`) or a withdrawal (`recall`). */
export interface PendingWrite {
  action: 'vote' | 'recall';
  /** The ballot sent (`vote` only). */
  ballot?: Ballot;
}

/** S as the screen shows it while `pending` is on the wire (S itself when nothing is). */
export function projectPending(poll: Poll, pending: PendingWrite | null): Poll {
  if (!pending) return poll;
  const voted = pending.action === 'vote';
  const ballot = (voted && pending.ballot) || {};
  // The counter moves only when the user goes from no ballot to one or back; a change keeps it.
  const voters = poll.voters + Number(voted) - Number(poll.isVoted);
  return {
    ...poll,
    voters: Math.max(0, voters),
    isVoted: voted,
    // The server's canVote is "has not voted yet, on an open poll": the read rule looks at it.
    canVote: !voted && !poll.isFinished && (poll.canVote || poll.canRevote),
    questions: poll.questions.map((q) => projectQuestion(q, ballot[q.id] ?? [])),
  };
}

function projectQuestion(q: PollQuestion, picks: readonly string[]): PollQuestion {
  const had = q.answers.some((a) => a.mine);
  const voters = Math.max(0, q.voters + Number(picks.length > 0) - Number(had));
  return {
    ...q,
    voters,
    answers: q.answers.map((a) => {
      const mine = picks.includes(a.id);
      // The screen's percents come from the counts (state/percents.ts); the portal's own `percent` is left as sent.
      const projected = { ...a, mine, votes: Math.max(0, a.votes + Number(mine) - Number(a.mine)) };
      // Faces are never invented: the user's own face is not known here, and none shows beyond the count.
      if (a.faces) projected.faces = a.faces.slice(0, projected.votes);
      return projected;
    }),
  };
}
