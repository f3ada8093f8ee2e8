// @ts-check
// POST /__portal/polls: a poll from arbitrary raw data, for nasty-data tests.
import { IM_CONNECTOR, BLOG_CONNECTOR, isObject } from '../vote/poll.js';
import { buildQuestions } from '../vote/build-question.js';
import { phpValues, intval } from '../vote/bind.js';
import { urlsOf } from '../vote/format.js';
import { atom } from '../rest/time.js';

const DAY = 24 * 3600 * 1000;

/**
 * @param {import('../vote/store.js').Store} store
 * @param {unknown} input
 */
export function createPoll(store, input) {
  if (!isObject(input)) throw new TypeError('body must be a JSON object');
  const body = input;
  const optionalInt = (/** @type {string} */ name) => {
    const value = body[name];
    if (value === undefined || value === null) return undefined;
    if (!Number.isSafeInteger(value) || /** @type {number} */ (value) <= 0) throw new TypeError(`${name} must be a positive integer`);
    return /** @type {number} */ (value);
  };
  const attachId = optionalInt('attachId');
  if (attachId !== undefined && store.polls.has(attachId)) throw new TypeError(`attachId ${attachId} is taken`);
  const moduleId = typeof body.moduleId === 'string' ? body.moduleId : 'im';
  const now = Date.now();
  const ids = {
    attachId: attachId ?? store.next('attach'),
    voteId: optionalInt('voteId') ?? store.next('vote'),
  };
  const questions = body.build === true ? built(store, ids.attachId, ids.voteId, body.QUESTIONS, now) : body.QUESTIONS ?? {};
  const readers = Array.isArray(body.readers) ? body.readers.map(Number) : null;
  const poll = store.add({
    ...ids,
    moduleId,
    entityType: typeof body.entityType === 'string' ? body.entityType : moduleId.toLowerCase() === 'blog' ? BLOG_CONNECTOR : IM_CONNECTOR,
    entityId: optionalInt('entityId') ?? store.next('message'),
    authorId: optionalInt('authorId') ?? 1,
    anonymity: intval(body.ANONYMITY ?? 1),
    options: intval(body.OPTIONS ?? 1),
    active: body.active !== false,
    dateStart: now - DAY,
    dateEnd: body.finished === true ? now - DAY : now + 10 * 365 * DAY,
    readers,
    questions,
    liveCounters: body.liveCounters === true || body.build === true,
    attachOverrides: isObject(body.attach) ? body.attach : null,
    omit: Array.isArray(body.omit) ? body.omit.map(String) : [],
    timestamp: atom(now - DAY),
  });
  if (isObject(body.ballots)) {
    for (const [userId, ballot] of Object.entries(body.ballots)) {
      if (!isObject(ballot)) continue;
      const selections = Object.entries(ballot).flatMap(([qid, aids]) => phpValues(aids).map((aid) => ({ qid, aid: String(aid) })));
      store.castBallot(poll, Number(userId), selections);
    }
  }
  return {
    attachId: poll.attachId,
    voteId: poll.voteId,
    entityId: poll.entityId,
    moduleId: poll.moduleId,
    entityType: poll.entityType,
    ...urlsOf(poll),
  };
}

/**
 * Full portal rows, with fresh IDs, from Im.send-style questions (no limits on counts or lengths).
 * @param {import('../vote/store.js').Store} store
 * @param {number} attachId
 * @param {number} voteId
 * @param {unknown} questions
 * @param {number} now
 */
function built(store, attachId, voteId, questions, now) {
  const specs = phpValues(questions)
    .filter(isObject)
    .map((q, i) => ({
      id: store.next('questionOrAnswer'),
      sort: intval(q.C_SORT) || (i + 1) * 10,
      text: String(q.QUESTION ?? ''),
      type: q.QUESTION_TYPE === 'html' ? /** @type {const} */ ('html') : /** @type {const} */ ('text'),
      required: q.REQUIRED === 'Y' || q.REQUIRED === true,
      fieldType: intval(q.FIELD_TYPE),
      active: q.ACTIVE !== 'N' && q.ACTIVE !== false,
      answers: phpValues(q.ANSWERS)
        .filter(isObject)
        .map((a, j) => ({
          id: store.next('questionOrAnswer'),
          sort: intval(a.C_SORT) || (j + 1) * 10,
          text: String(a.MESSAGE ?? ''),
          type: a.MESSAGE_TYPE === 'html' ? /** @type {const} */ ('html') : /** @type {const} */ ('text'),
          active: a.ACTIVE !== 'N' && a.ACTIVE !== false,
        })),
    }));
  return buildQuestions(attachId, voteId, atom(now), specs);
}
