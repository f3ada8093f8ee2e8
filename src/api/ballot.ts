import { idString } from '../util/parse-number.js';
import { BallotError } from './ballot-error.js';
import type { Ballot, Poll, PollAnswer, PollQuestion } from './types.js';
import { isObject } from '../util/is-object.js';

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
  if (!isObject(ballot)) throw new BallotError('The ballot must be an object: question ID -> answer IDs.', first);
  // Keys may arrive as " 12" or as numbers; each question is looked up by its canonical ID.
  const given = new Map<string, unknown>();
  for (const [key, value] of Object.entries(ballot)) {
    const qid = idString(key) ?? key;
    if (!poll.questions.some((q) => q.id === qid)) {
      throw new BallotError(`Question ${key} is not an active question of this poll.`, key);
    }
    given.set(qid, value);
  }
  const picked = new Map<string, Set<string>>();
  for (const q of poll.questions) {
    const value = given.get(q.id) ?? [];
    if (!Array.isArray(value)) throw new BallotError(`The answers to question ${q.id} must be a list of answer IDs.`, q.id);
    const answers = new Set<string>();
    for (const raw of value) {
      const aid = idString(raw);
      if (!q.answers.some((a) => a.id === aid)) {
        throw new BallotError(`Answer ${String(raw)} is not an answer of question ${q.id}.`, q.id);
      }
      answers.add(aid!);
    }
    if (!q.multiple && answers.size > 1) {
      throw new BallotError(`Question ${q.id} takes one answer; ${answers.size} were given.`, q.id);
    }
    if (q.required && answers.size === 0) throw new BallotError(`Question ${q.id} requires an answer.`, q.id);
    picked.set(q.id, answers);
  }
  // The poll's order, not the click order: the same choice always gives the same ballot.
  const clean = ballotOf(poll, (q, a) => picked.get(q.id)!.has(a.id));
  if (Object.keys(clean).length === 0) throw new BallotError('The ballot answers no question.', first);
  return clean;
}

/** The ballot of the answers `picked` holds, in the poll's question and answer order; questions without any left out. */
export function ballotOf(poll: Poll, picked: (question: PollQuestion, answer: PollAnswer) => boolean): Ballot {
  const ballot: Ballot = {};
  for (const q of poll.questions) {
    const ids = q.answers.filter((a) => picked(q, a)).map((a) => a.id);
    if (ids.length > 0) ballot[q.id] = ids;
  }
  return ballot;
}

/** The current user's picks in the poll as a ballot (questions without picks left out; may be empty). */
export function ballotFromPoll(poll: Poll): Ballot {
  return ballotOf(poll, (_q, a) => a.mine);
}
