/**
 * The `vote.AttachedVote.*` methods over any `B24Transport`. Every answer is checked for its shape before use:
 * a portal (or proxy) that answers 200 with something else gives `BAD_RESPONSE`, never a TypeError.
 */
import { invalidConfig } from '../transport/b24-error.js';
import type { B24Transport } from '../transport/types.js';
import { refParams, toPollRef } from './poll-ref.js';
import type { Ballot, PollRef, Voter, VotersPage } from './types.js';
import { isObject } from '../util/is-object.js';
import { badShape, call, callForPoll, pollFromResult, readPoll, type ApiCallOptions, type PollResult } from './vote-call.js';
import { toNumber } from '../util/parse-number.js';
import { toText } from '../util/to-text.js';
import { GET_WITH_VOTED } from './read-method.js';

export { getPoll, pollFromResult, type ApiCallOptions, type PollResult } from './vote-call.js';

/** A poll with the first page of voters per answer (`getWithVoted`). */
export interface PollWithVoted extends PollResult {
  /** Answer ID -> its first voters (public polls only; empty for anonymous polls or when nobody voted). */
  voted: Record<string, Voter[]>;
}

const GET_MANY = 'vote.AttachedVote.getMany';
const GET_ANSWER_VOTED = 'vote.AttachedVote.getAnswerVoted';

/** Most entity IDs the portal takes in one `getMany` call. */
export const GET_MANY_LIMIT = 50;

/** One person from a voters list; a row without a usable ID is dropped rather than failing the whole list. */
function toVoter(row: unknown): Voter | null {
  if (!isObject(row)) return null;
  const voterId = toText(row.ID).trim();
  if (!voterId) return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    id: voterId,
    name: text(row.NAME),
    image: typeof row.IMAGE === 'string' && row.IMAGE !== '' ? row.IMAGE : null,
    position: text(row.WORK_POSITION),
  };
}

function toVoters(rows: unknown[]): Voter[] {
  return rows.map(toVoter).filter((v): v is Voter => v !== null);
}

function nonNegativeInt(value: unknown): number | null {
  const n = toNumber(value);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/**
 * `vote.AttachedVote.getMany`: polls by entity IDs, in the order given (duplicates allowed). Lists longer than
 * 50 are split into several calls sent together. All-or-nothing, as on the portal: one entity without a poll
 * fails the whole call (use `loadPoll` when each poll should get its own result or error).
 */
export async function getMany(
  t: B24Transport,
  moduleId: string,
  entityType: string | null | undefined,
  entityIds: ReadonlyArray<number | string>,
  options?: ApiCallOptions,
): Promise<PollResult[]> {
  // Validate the triple the same way a single ref is validated (same messages), one ID at a time.
  const refs = entityIds.map((entityId) => toPollRef({ moduleId, entityType, entityId }));
  if (refs.length === 0) return [];
  const first = refs[0] as { moduleId: string; entityType: string };
  const ids = refs.map((r) => (r as { entityId: number }).entityId);
  // The portal drops duplicates' meaning anyway; asking once per ID keeps the answer's order checkable.
  const unique = [...new Set(ids)];
  const chunks: number[][] = [];
  for (let i = 0; i < unique.length; i += GET_MANY_LIMIT) chunks.push(unique.slice(i, i + GET_MANY_LIMIT));

  // One failed chunk fails the whole call, so the other chunks are aborted rather than left running.
  const shared = new AbortController();
  const onAbort = () => shared.abort(options?.signal?.reason);
  options?.signal?.addEventListener('abort', onAbort, { once: true });
  if (options?.signal?.aborted) onAbort();
  try {
    const answers = await Promise.all(
      chunks.map(async (chunk) => {
        try {
          const envelope = await call(
            t,
            GET_MANY,
            { moduleId: first.moduleId, entityType: first.entityType, entityIds: chunk },
            { signal: shared.signal },
          );
          const items = isObject(envelope.result) ? envelope.result.items : undefined;
          if (!Array.isArray(items)) throw badShape(GET_MANY, 'the answer has no items list');
          if (items.length !== chunk.length) {
            throw badShape(GET_MANY, `asked for ${chunk.length} polls, got ${items.length}`);
          }
          return items.map((item) => pollFromResult(GET_MANY, { attach: item }));
        } catch (error) {
          shared.abort(error);
          throw error;
        }
      }),
    );
    const byId = new Map<number, PollResult>();
    chunks.forEach((chunk, c) => chunk.forEach((entityId, i) => byId.set(entityId, answers[c]![i]!)));
    return ids.map((entityId) => byId.get(entityId)!);
  } finally {
    options?.signal?.removeEventListener('abort', onAbort);
  }
}

/** `vote.AttachedVote.getWithVoted`: the poll plus the first `pageSize` (1..50, default 10) voters per answer. */
export async function getWithVoted(
  t: B24Transport,
  ref: PollRef,
  options?: ApiCallOptions & { pageSize?: number },
): Promise<PollWithVoted> {
  const params: Record<string, unknown> = { ...refParams(ref) };
  if (options?.pageSize !== undefined) params.pageSize = Math.min(50, Math.max(1, Math.floor(options.pageSize)));
  const envelope = await call(t, GET_WITH_VOTED, params, options);
  const rawVoted = isObject(envelope.result) ? envelope.result.voted : undefined;
  // The poll's answers get their faces (public polls, numbers visible); `voted` keeps the full rows.
  const base = pollFromResult(GET_WITH_VOTED, envelope.result, { voted: rawVoted ?? [], origin: t.origin });
  const voted: Record<string, Voter[]> = {};
  // `[]` is PHP's empty map; anything else that is not a map is treated the same way (nobody to list).
  if (isObject(rawVoted)) {
    for (const [answerId, rows] of Object.entries(rawVoted)) {
      if (Array.isArray(rows)) voted[answerId] = toVoters(rows);
    }
  }
  return { ...base, voted };
}

/**
 * `vote.AttachedVote.getAnswerVoted`: one page of an answer's voters, paged by the standard `start` offset
 * (the portal's pages are 50 long). `total` and `next` come from the envelope's top level.
 */
export async function getAnswerVoted(
  t: B24Transport,
  ref: PollRef,
  answerId: number | string,
  options?: ApiCallOptions & { start?: number },
): Promise<VotersPage> {
  const aid = nonNegativeInt(answerId);
  if (!aid) throw invalidConfig(`answerId: ${String(answerId)} is not an answer ID`);
  const start = Math.max(0, Math.floor(options?.start ?? 0));
  const envelope = await call(t, GET_ANSWER_VOTED, { ...refParams(ref), answerId: aid, start }, options);
  const items = isObject(envelope.result) ? envelope.result.items : Array.isArray(envelope.result) ? envelope.result : undefined;
  if (!Array.isArray(items)) throw badShape(GET_ANSWER_VOTED, 'the answer has no items list');
  const voters = toVoters(items);
  const next = nonNegativeInt(envelope.next);
  // Without a total the best lower bound is what has been seen so far.
  const total = nonNegativeInt(envelope.total) ?? start + items.length + (next !== null ? 1 : 0);
  return { voters, total, next: next !== null && next > start ? next : null };
}

/**
 * `vote.AttachedVote.vote`: casts the ballot, or replaces the user's earlier one when revote is allowed.
 * The ballot goes as given (validate it first with `validateBallot`). Resolves to the fresh attach.
 */
export async function vote(t: B24Transport, ref: PollRef, ballot: Ballot, options?: ApiCallOptions): Promise<PollResult> {
  return callForPoll(t, 'vote.AttachedVote.vote', { ...refParams(ref), ballot }, options);
}

/** `vote.AttachedVote.recall`: withdraws the user's own ballot. Resolves to the fresh attach. */
export async function recall(t: B24Transport, ref: PollRef, options?: ApiCallOptions): Promise<PollResult> {
  return callForPoll(t, 'vote.AttachedVote.recall', refParams(ref), options);
}

/**
 * `stop` and `resume` answer `[]`, not the attach: the poll is read again (`readPoll`, so with its faces) so the
 * caller still gets the fresh state. If that read fails, the promise rejects with the read's error although the poll was changed;
 * a later refresh shows the truth.
 */
async function changeThenRead(
  t: B24Transport,
  method: string,
  ref: PollRef,
  options?: ApiCallOptions,
): Promise<PollResult> {
  await call(t, method, refParams(ref), options);
  return readPoll(t, ref, options);
}

/** `vote.AttachedVote.stop`: finishes the poll (author only), then re-reads it. */
export function stop(t: B24Transport, ref: PollRef, options?: ApiCallOptions): Promise<PollResult> {
  return changeThenRead(t, 'vote.AttachedVote.stop', ref, options);
}

/** `vote.AttachedVote.resume`: re-opens a finished poll (author only), then re-reads it. */
export function resume(t: B24Transport, ref: PollRef, options?: ApiCallOptions): Promise<PollResult> {
  return changeThenRead(t, 'vote.AttachedVote.resume', ref, options);
}
