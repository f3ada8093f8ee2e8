// @ts-check
// GET /__portal/state: what the emulator has stored, for "no duplicate vote" checks.
import { lamp } from '../vote/poll.js';

/**
 * @param {import('../vote/store.js').Store} store
 */
export function stateSnapshot(store) {
  const now = Date.now();
  return {
    polls: [...store.polls.values()].map((poll) => {
      /** @type {Record<string, Record<string, string[]>>} */
      const ballots = {};
      for (const [userId, ballot] of poll.ballots) {
        /** @type {Record<string, string[]>} */
        const byQuestion = {};
        for (const { qid, aid } of ballot.answers) (byQuestion[qid] ??= []).push(aid);
        ballots[String(userId)] = byQuestion;
      }
      const { active, finished } = lamp(poll, now);
      return {
        attachId: poll.attachId,
        voteId: poll.voteId,
        entityId: poll.entityId,
        moduleId: poll.moduleId,
        entityType: poll.entityType,
        authorId: poll.authorId,
        anonymity: poll.anonymity,
        options: poll.options,
        counter: poll.ballots.size,
        active,
        finished,
        ballots,
      };
    }),
    orphanVotes: [...store.orphanVotes].map(([voteId, orphan]) => ({ voteId, ...orphan })),
  };
}
