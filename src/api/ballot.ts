import { idString } from '../util/parse-number.js';
import { BallotError } from './ballot-error.js';
import type { Ballot, Poll } from './types.js';


/**
 * Checks a ballot against the poll before it is sent, and returns it clean: string IDs, only the poll's active
 * questions, questions and answers in the poll's order, no duplicates, unanswered questions left out.
 * The server would silently drop unknown answers and keep only the first answer of a single-choice question, so
 * sending such a ballot could record something the user did not mean: here it is refused instead.
 * @throws BallotError (`INVALID_BALLOT`, with `questionId`): an unknown question, answers not given as a list,
 *   an answer that is not the question's, several answers to a single-choice question, a required question left
 *   unanswered, or nothing answered at all (then `questionId` is the first question, where the user should start).
 */
export function validateBallot(poll: Poll, ballot: unknown): Ballot {
  const first = poll.questions[0]?.id;
  if (typeof ballot !== 'object' || ballot === null || Array.isArray(ballot)) {
    throw new BallotError('The ballot must be an object: question ID -> answer IDs.', first);
  }
  const given = ballot as Record<string, unknown>;
  const known = new Set(poll.questions.map((q) => q.id));
  for (const key of Object.keys(given)) {
    const qid = idString(key) ?? key;
    if (!known.has(qid)) throw new BallotError(`Question ${key} is not an active question of this poll.`, key);
  }
  // Keys may arrive as " 12" or as numbers; look each question up by its canonical ID.
  const byId = new Map<string, unknown>();
  for (const [key, value] of Object.entries(given)) byId.set(idString(key) ?? key, value);

  const clean: Ballot = {};
  for (const q of poll.questions) {
    const value = byId.get(q.id);
    let picked = new Set<string>();
    if (value !== undefined && value !== null) {
      if (!Array.isArray(value)) {
        throw new BallotError(`The answers to question ${q.id} must be a list of answer IDs.`, q.id);
      }
      const valid = new Set(q.answers.map((a) => a.id));
      for (const raw of value) {
        const aid = idString(raw);
        if (aid === null || !valid.has(aid)) {
          throw new BallotError(`Answer ${String(raw)} is not an answer of question ${q.id}.`, q.id);
        }
        picked.add(aid);
      }
    }
    if (!q.multiple && picked.size > 1) {
      throw new BallotError(`Question ${q.id} takes one answer; ${picked.size} were given.`, q.id);
    }
    if (q.required && picked.size === 0) throw new BallotError(`Question ${q.id} requires an answer.`, q.id);
    if (picked.size > 0) {
      // The poll's order, not the click order: the same choice always gives the same ballot.
      picked = new Set(q.answers.filter((a) => picked.has(a.id)).map((a) => a.id));
      clean[q.id] = [...picked];
    }
  }
  if (Object.keys(clean).length === 0) throw new BallotError('The ballot answers no question.', first);
  return clean;
}

/** The current user's picks in the poll as a ballot (questions without picks left out; may be empty). */
export function ballotFromPoll(poll: Poll): Ballot {
  const ballot: Ballot = {};
  for (const q of poll.questions) {
    const mine = q.answers.filter((a) => a.mine).map((a) => a.id);
    if (mine.length > 0) ballot[q.id] = mine;
  }
  return ballot;
}
