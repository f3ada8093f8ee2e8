// @ts-check
// The stored poll and a tolerant reading of its raw QUESTIONS (object keyed by ID or array, fields may be missing).

export const IM_CONNECTOR = 'Bitrix\\Vote\\Attachment\\ImMessageConnector';
export const BLOG_CONNECTOR = 'Bitrix\\Vote\\Attachment\\BlogPostConnector';

/**
 * @typedef {{ qid: string, aid: string, eventQuestionId: number, eventAnswerId: number }} BallotAnswer
 * @typedef {{ eventId: number, at: number, answers: BallotAnswer[] }} Ballot
 * @typedef {{
 *   attachId: number, voteId: number, moduleId: string, entityType: string, entityId: number, chatId: number | null,
 *   authorId: number, anonymity: number, options: number, active: boolean, dateStart: number, dateEnd: number,
 *   readers: number[] | null, questions: unknown, liveCounters: boolean,
 *   attachOverrides: Record<string, unknown> | null, omit: string[],
 *   ballots: Map<number, Ballot>, timestamp: string
 * }} Poll
 * @typedef {{ id: string, active: boolean, sort: number, raw: Record<string, unknown> | null }} AnswerView
 * @typedef {{ id: string, active: boolean, required: boolean, single: boolean, sort: number,
 *   raw: Record<string, unknown> | null, answers: AnswerView[] }} QuestionView
 */

/**
 * The questions of a poll in server order (C_SORT, then ID), read tolerantly from the raw data.
 * @param {Poll} poll
 * @returns {QuestionView[]}
 */
export function questionsOf(poll) {
  return entries(poll.questions)
    .map(([key, q]) => {
      const raw = isObject(q) ? q : null;
      const id = idOf(raw?.ID, key);
      const fieldType = Number(raw?.FIELD_TYPE ?? 0);
      return {
        id,
        active: raw?.ACTIVE !== 'N',
        required: raw?.REQUIRED === 'Y',
        single: !(fieldType === 1 || fieldType === 3),
        sort: Number(raw?.C_SORT ?? 100) || 0,
        raw,
        answers: entries(raw?.ANSWERS)
          .map(([akey, a]) => {
            const araw = isObject(a) ? a : null;
            return { id: idOf(araw?.ID, akey), active: araw?.ACTIVE !== 'N', sort: Number(araw?.C_SORT ?? 100) || 0, raw: araw };
          })
          .sort(bySortThenId),
      };
    })
    .sort(bySortThenId);
}

/**
 * @param {{ sort: number, id: string }} a
 * @param {{ sort: number, id: string }} b
 */
function bySortThenId(a, b) {
  return a.sort - b.sort || Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * @param {unknown} value
 * @returns {Array<[string, unknown]>}
 */
export function entries(value) {
  if (Array.isArray(value)) return value.map((v, i) => [String(i), v]);
  if (isObject(value)) return Object.entries(value);
  return [];
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @param {unknown} id
 * @param {string} key
 */
function idOf(id, key) {
  return typeof id === 'string' || typeof id === 'number' ? String(id) : key;
}

/**
 * Ballot counts: poll COUNTER (ballots), per question (ballots answering it), per answer (`qid:aid`).
 * @param {Poll} poll
 */
export function countBallots(poll) {
  /** @type {Map<string, number>} */
  const byQuestion = new Map();
  /** @type {Map<string, number>} */
  const byAnswer = new Map();
  for (const ballot of poll.ballots.values()) {
    const seen = new Set();
    for (const { qid, aid } of ballot.answers) {
      if (!seen.has(qid)) {
        seen.add(qid);
        byQuestion.set(qid, (byQuestion.get(qid) ?? 0) + 1);
      }
      byAnswer.set(`${qid}:${aid}`, (byAnswer.get(`${qid}:${aid}`) ?? 0) + 1);
    }
  }
  return { total: poll.ballots.size, byQuestion, byAnswer };
}

/**
 * Time-dependent state: LAMP green (active) and finished.
 * @param {Poll} poll
 * @param {number} now
 */
export function lamp(poll, now) {
  return {
    active: poll.active && poll.dateStart <= now && now <= poll.dateEnd,
    finished: poll.dateEnd <= now,
  };
}
