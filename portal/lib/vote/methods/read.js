// @ts-check
// vote.AttachedVote.get, getMany, getWithVoted, getAnswerVoted.
import { bindPayload, loadAttach } from '../identify.js';
import { intParam, stringParam, arrayParam, phpValues, intval } from '../bind.js';
import { formatAttach } from '../format.js';
import { questionsOf, countBallots } from '../poll.js';
import { canRead } from '../rules.js';
import { codeless, vote as voteErrors } from '../../rest/errors.js';
import { userDto } from '../users.js';

/** @typedef {import('./context.js').CallContext} CallContext */

const ANSWER_VOTED_PAGE = 50;

/** @param {CallContext} ctx */
export function get(ctx) {
  const poll = loadAttach(ctx, bindPayload(ctx.params), { signedGrantsRead: true });
  return { result: { attach: formatAttach(poll, ctx.userId, { now: Date.now() }) } };
}

/** @param {CallContext} ctx */
export function getMany(ctx) {
  const moduleId = stringParam(ctx.params, 'moduleId');
  const entityType = stringParam(ctx.params, 'entityType');
  const ids = [...new Set(phpValues(arrayParam(ctx.params, 'entityIds')).map(intval).filter((id) => id !== 0))];
  if (ids.length > 50) throw codeless('Too many entity ids');
  const items = ids.map((entityId) => {
    const poll = ctx.store.byEntity(moduleId, entityType, entityId, ctx.options.moduleIdCaseInsensitive);
    if (!poll) throw codeless(`Attach with entityId ${entityId} not found `);
    if (!canRead(poll, ctx.userId)) throw codeless(`Attach with entityId ${entityId} read access denied`);
    return poll;
  });
  const now = Date.now();
  return { result: { items: items.map((poll) => formatAttach(poll, ctx.userId, { now })) } };
}

/**
 * Users who chose an answer, by user ID (the server's order when no rating weight or rank differs); nobody for
 * anonymous polls (their ballots are stored VISIBLE = 'N').
 * @param {import('../poll.js').Poll} poll
 * @param {string} qid
 * @param {string} aid
 */
function votersOf(poll, qid, aid) {
  if (poll.anonymity === 2) return [];
  /** @type {number[]} */
  const users = [];
  for (const [userId, ballot] of poll.ballots) {
    if (ballot.answers.some((a) => a.qid === qid && a.aid === aid)) users.push(userId);
  }
  return users.sort((a, b) => a - b);
}

/**
 * An answer's COUNTER as served: live from the ballots, or the raw row's value for raw polls.
 * @param {import('../poll.js').Poll} poll
 * @param {ReturnType<typeof countBallots>} counts
 * @param {{ qid: string, aid: string, raw: Record<string, unknown> | null }} answer
 */
function counterOf(poll, counts, answer) {
  if (poll.liveCounters) return counts.byAnswer.get(`${answer.qid}:${answer.aid}`) ?? 0;
  return intval(answer.raw?.COUNTER);
}

/** @param {CallContext} ctx */
export function getWithVoted(ctx) {
  const payload = bindPayload(ctx.params);
  const pageSize = Math.max(Math.min(intParam(ctx.params, 'pageSize', 10), 50), 1);
  const poll = loadAttach(ctx, payload, { signedGrantsRead: true });
  const counts = countBallots(poll);
  const answers = questionsOf(poll).flatMap((q) => q.answers.map((a) => ({ qid: q.id, aid: a.id, raw: a.raw })));
  const lists = answers.map((answer) => ({ answer, users: votersOf(poll, answer.qid, answer.aid) }));
  /** @type {Record<string, unknown>} */
  const voted = {};
  // VotedCollectorService: nothing when no voter is visible; otherwise every answer with COUNTER > 0 gets its
  // list, even an empty one.
  if (lists.some(({ users }) => users.length > 0)) {
    for (const { answer, users } of lists) {
      if (counterOf(poll, counts, answer) > 0) voted[answer.aid] = users.slice(0, pageSize).map(userDto);
    }
  }
  return {
    result: {
      attach: formatAttach(poll, ctx.userId, { now: Date.now() }),
      voted: Object.keys(voted).length > 0 ? voted : [],
    },
  };
}

/** @param {CallContext} ctx */
export function getAnswerVoted(ctx) {
  const payload = bindPayload(ctx.params);
  const answerId = String(intParam(ctx.params, 'answerId'));
  const poll = loadAttach(ctx, payload, { signedGrantsRead: true });
  const question = questionsOf(poll).find((q) => q.answers.some((a) => a.id === answerId));
  if (!question) throw voteErrors.accessDenied();
  // RestManager turns `start` into a page of 50 (page = floor(start / 50) + 1), so an offset inside a page
  // starts at that page's beginning; `pageNavigation` in the request is ignored.
  const offset = Math.floor(Math.max(intval(ctx.params.start), 0) / ANSWER_VOTED_PAGE) * ANSWER_VOTED_PAGE;
  const users = votersOf(poll, question.id, answerId);
  const items = users.slice(offset, offset + ANSWER_VOTED_PAGE).map(userDto);
  const next = offset + ANSWER_VOTED_PAGE < users.length ? offset + ANSWER_VOTED_PAGE : undefined;
  return { result: { items }, total: users.length, ...(next === undefined ? {} : { next }) };
}
