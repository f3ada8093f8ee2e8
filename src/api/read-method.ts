/**
 * Which method reads a poll: `vote.AttachedVote.getWithVoted` (the poll plus the first voters of each answer, so
 * the faces cost no extra request), or plain `get` on a portal that does not have it. The choice is remembered per
 * transport: one portal that lacks the method costs one failed call, not one per load.
 */
import { isB24Error } from '../transport/b24-error.js';
import type { B24Transport } from '../transport/types.js';
import { FACES_PER_ANSWER } from './normalize.js';
import { refParams } from './poll-ref.js';
import type { PollRef } from './types.js';

/** The read with the answers' first voters. */
export const GET_WITH_VOTED = 'vote.AttachedVote.getWithVoted';

/** Transports whose portal answered that `getWithVoted` does not exist. */
const withoutVoted = new WeakSet<B24Transport>();

/** The method that reads a poll through `transport` (`get` is the caller's own constant, passed in). */
export function readMethod(transport: B24Transport, get: string): string {
  return withoutVoted.has(transport) ? get : GET_WITH_VOTED;
}

/** The parameters of a read by `method`: the ref, and for `getWithVoted` the faces' page size. */
export function readParams(method: string, ref: PollRef): Record<string, string | number> {
  const params: Record<string, string | number> = refParams(ref);
  if (method === GET_WITH_VOTED) params.pageSize = FACES_PER_ANSWER;
  return params;
}

/**
 * Whether a failed `getWithVoted` says the method is missing: `ERROR_METHOD_NOT_FOUND`, or HTTP 404 (a proxy or an
 * old portal). A missing poll (`ATTACH_NOT_FOUND`, HTTP 400) is the poll's answer, not the method's.
 */
export function isMissingMethod(error: unknown): boolean {
  if (!isB24Error(error)) return false;
  return error.code === 'ERROR_METHOD_NOT_FOUND' || (error.status === 404 && error.code !== 'ATTACH_NOT_FOUND');
}

/** Remembers that `transport`'s portal has no `getWithVoted`: its reads use `get` from now on. */
export function rememberNoVoted(transport: B24Transport): void {
  withoutVoted.add(transport);
}
