// @ts-check
// Event::check: unknown answers dropped, single choice keeps the first, required questions, empty ballots.
import { questionsOf, isObject } from './poll.js';
import { vote as voteErrors } from '../rest/errors.js';
import { phpValues } from './bind.js';

/**
 * @param {import('./poll.js').Poll} poll
 * @param {Record<string, unknown> | unknown[]} ballot question ID -> answer IDs
 * @returns {Array<{ qid: string, aid: string }>}
 */
export function checkBallot(poll, ballot) {
  /** @type {Array<{ qid: string, aid: string }>} */
  const selections = [];
  for (const question of questionsOf(poll)) {
    if (!question.active) continue;
    const submitted = Object.hasOwn(ballot, question.id) ? /** @type {Record<string, unknown>} */ (ballot)[question.id] : undefined;
    const valid = new Set(question.answers.filter((a) => a.active).map((a) => a.id));
    /** @type {string[]} */
    const chosen = [];
    for (const value of asList(submitted)) {
      const id = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
      if (valid.has(id) && !chosen.includes(id)) chosen.push(id);
    }
    const kept = question.single ? chosen.slice(0, 1) : chosen;
    if (kept.length === 0 && question.required) throw voteErrors.requiredMissing(question.id);
    for (const aid of kept) selections.push({ qid: question.id, aid });
  }
  if (selections.length === 0) throw voteErrors.emptyBallot(poll.voteId);
  return selections;
}

/**
 * @param {unknown} value
 * @returns {unknown[]}
 */
function asList(value) {
  if (Array.isArray(value) || isObject(value)) return phpValues(value);
  if (value === undefined || value === null || value === '') return [];
  return [value];
}
