/**
 * The part of the vote client every page needs: the checked call and `vote.AttachedVote.get`. The other methods
 * (vote-api.ts) load with the features that use them.
 */
import { B24Error } from '../transport/b24-error.js';
import type { B24Envelope, B24Transport } from '../transport/types.js';
import { normalizeAttach, type NormalizeExtras } from './normalize.js';
import { refParams } from './poll-ref.js';
import type { Poll, PollRef, RawAttach } from './types.js';
import { isObject } from '../util/is-object.js';

/** A poll as the portal sent it (events carry it raw) and as the element renders it. */
export interface PollResult {
  /** The portal's raw `attach` object. */
  attach: RawAttach;
  /** The normalized model of the same attach. */
  poll: Poll;
}

/** Options of every call: the caller's abort signal. */
export interface ApiCallOptions {
  signal?: AbortSignal;
}

/** `BAD_RESPONSE` naming the method whose answer had the wrong shape. */
export function badShape(method: string, what: string): B24Error {
  return new B24Error('BAD_RESPONSE', `${method}: ${what}`);
}

/**
 * Raw attach + normalized poll from a `{ attach }` result; `BAD_RESPONSE` when there is no attach. `extras`
 * (a `getWithVoted` result's `voted` and the portal origin) give the poll its faces.
 */
export function pollFromResult(method: string, result: unknown, extras?: NormalizeExtras): PollResult {
  if (!isObject(result) || !isObject(result.attach)) throw badShape(method, 'the answer has no attach object');
  const attach = result.attach as RawAttach;
  return { attach, poll: normalizeAttach(attach, extras) };
}

/** Calls `method` and checks that the answer is an envelope with a `result`. */
export async function call(t: B24Transport, method: string, params: Record<string, unknown>, options?: ApiCallOptions): Promise<B24Envelope> {
  const envelope = await t.call(method, params, options?.signal ? { signal: options.signal } : {});
  if (!isObject(envelope) || !('result' in envelope)) throw badShape(method, 'the answer has no result');
  return envelope;
}

/** The method every page calls. */
export const GET = 'vote.AttachedVote.get';

/** `vote.AttachedVote.get`: one poll with the current user's state. */
export async function getPoll(t: B24Transport, ref: PollRef, options?: ApiCallOptions): Promise<PollResult> {
  const envelope = await call(t, GET, refParams(ref), options);
  return pollFromResult(GET, envelope.result);
}
