// @ts-check
// vote.AttachedVote.vote, recall, stop, resume.
import { bindPayload, loadAttach } from '../identify.js';
import { formatAttach } from '../format.js';
import { lamp } from '../poll.js';
import { canEdit, canParticipate, canRevoteError } from '../rules.js';
import { checkBallot } from '../ballot.js';
import { binder, codeless, vote as voteErrors } from '../../rest/errors.js';

/** @typedef {import('./context.js').CallContext} CallContext */
/** @typedef {import('../poll.js').Poll} Poll */

const YEAR = 365 * 24 * 3600 * 1000;

/**
 * Runs `work` under the per-user vote lock. A second call of the same user waits for the first (up to the
 * portal's `voteLockWaitMs`, 15 s as on a real server) and is refused as occupied only when that wait runs out.
 * The request's latency is spent inside the lock, so a latency fault keeps the lock held.
 * @template T
 * @param {CallContext} ctx
 * @param {Poll} poll
 * @param {() => import('../../rest/errors.js').RestError} occupied
 * @param {() => T} work
 * @returns {Promise<T>}
 */
async function locked(ctx, poll, occupied, work) {
  const release = await ctx.store.locks.acquire(`${poll.attachId}:${ctx.userId}`, ctx.options.voteLockWaitMs);
  if (!release) throw occupied();
  try {
    await ctx.pause();
    return work();
  } finally {
    release();
  }
}

/**
 * Counter keys changed when a ballot goes from `before` to `after`.
 * @param {Array<{ qid: string, aid: string }>} before
 * @param {Array<{ qid: string, aid: string }>} after
 */
function touchedKeys(before, after) {
  const keys = new Set();
  for (const { qid, aid } of [...before, ...after]) {
    keys.add(`q:${qid}`);
    keys.add(`a:${qid}:${aid}`);
  }
  return keys;
}

/** @param {CallContext} ctx */
export async function vote(ctx) {
  const payload = bindPayload(ctx.params);
  const ballot = ctx.params.ballot;
  if (ballot === undefined || ballot === null) throw binder.missing('ballot');
  if (typeof ballot !== 'object') throw binder.invalid('ballot', ballot, 'array');
  const poll = loadAttach(ctx, payload, { signedGrantsRead: false });
  if (!lamp(poll, Date.now()).active) throw voteErrors.inactive();
  return locked(ctx, poll, voteErrors.occupied, () => {
    const blocked = canRevoteError(poll, ctx.userId);
    if (blocked) throw blocked;
    // registerEvent deletes the previous ballot before Event::check looks at the new one: a changed vote that is
    // refused (QUESTION_x, VOTE_x) leaves the user with no ballot at all.
    const before = poll.ballots.get(ctx.userId)?.answers ?? [];
    poll.ballots.delete(ctx.userId);
    const selections = checkBallot(poll, /** @type {Record<string, unknown>} */ (ballot));
    ctx.store.castBallot(poll, ctx.userId, selections);
    const touched = touchedKeys(before, selections);
    return { result: { attach: formatAttach(poll, ctx.userId, { now: Date.now(), touched }) } };
  });
}

/** @param {CallContext} ctx */
export async function recall(ctx) {
  const payload = bindPayload(ctx.params);
  // The default pre-filter (CheckAttachReadAccess) runs before recallAction, so a reader without access gets its
  // code-less denial; the action's own ATTACH_READ_ACCESS_DENIED is never reached for that case.
  const poll = loadAttach(ctx, payload, { signedGrantsRead: false });
  if (!canParticipate(poll, ctx.userId, Date.now())) throw voteErrors.recallInactive();
  return locked(ctx, poll, () => codeless(voteErrors.occupied().description), () => {
    const blocked = canRevoteError(poll, ctx.userId);
    if (blocked) throw blocked;
    const before = poll.ballots.get(ctx.userId)?.answers ?? [];
    poll.ballots.delete(ctx.userId);
    const touched = touchedKeys(before, []);
    return { result: { attach: formatAttach(poll, ctx.userId, { now: Date.now(), touched }) } };
  });
}

/**
 * @param {CallContext} ctx
 * @returns {Poll}
 */
function editablePoll(ctx) {
  const poll = loadAttach(ctx, bindPayload(ctx.params), { signedGrantsRead: false });
  if (!canEdit(poll, ctx.userId)) throw voteErrors.accessDenied();
  return poll;
}

/** @param {CallContext} ctx */
export function stop(ctx) {
  // DATE_END = now (one millisecond back, so a call right after it already sees the poll finished).
  editablePoll(ctx).dateEnd = Date.now() - 1;
  return { result: [] };
}

/** @param {CallContext} ctx */
export function resume(ctx) {
  editablePoll(ctx).dateEnd = Date.now() + YEAR;
  return { result: [] };
}
