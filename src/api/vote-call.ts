/**
 * The part of the vote client every page needs: the checked call, `vote.AttachedVote.get` and the read the
 * element loads with (`getWithVoted`, falling back to `get`). The other methods (vote-api.ts) load with the
 * features that use them.
 */
import { B24Error } from '../transport/b24-error.js';
import type { B24CallOptions, B24Envelope, B24Transport } from '../transport/types.js';
import { normalizeAttach, type NormalizeExtras } from './normalize.js';
import { refParams } from './poll-ref.js';
import { GET_WITH_VOTED, isMissingMethod, readMethod, readParams, rememberNoVoted } from './read-method.js';
import type { Poll, PollRef, RawAttach } from './types.js';
import { isObject } from '../util/is-object.js';

/** A poll as the portal sent it (events carry it raw) and as the element renders it. */
export interface PollResult {
  /** The portal's raw `attach` object. */
  attach: RawAttach;
  /** The normalized model of the same attach. */
  poll: Poll;
}

/** Options of every call: the caller's abort signal, and the hook that hears of waits (see `B24CallOptions`). */
export interface ApiCallOptions {
  signal?: AbortSignal;
  onWait?: B24CallOptions['onWait'];
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
  // Only the call's own options: a caller's other options (`onSent`, `pageSize`) are not the transport's business.
  const envelope = await t.call(method, params, { signal: options?.signal, onWait: options?.onWait });
  if (!isObject(envelope) || !('result' in envelope)) throw badShape(method, 'the answer has no result');
  return envelope;
}

/** The method every page calls. */
export const GET = 'vote.AttachedVote.get';

/** Calls `method`, whose answer is `{ attach }`, and returns that poll. */
export async function callForPoll(t: B24Transport, method: string, params: Record<string, unknown>, options?: ApiCallOptions): Promise<PollResult> {
  return pollFromResult(method, (await call(t, method, params, options)).result);
}

/** `vote.AttachedVote.get`: one poll with the current user's state. */
export async function getPoll(t: B24Transport, ref: PollRef, options?: ApiCallOptions): Promise<PollResult> {
  return callForPoll(t, GET, refParams(ref), options);
}

/** The poll from a read's result: `getWithVoted` adds its voters (the faces) and the portal origin. */
export function readResult(method: string, result: unknown, transport: B24Transport): PollResult {
  // A result that is no object fails in pollFromResult, before `voted` is looked at.
  const voted = (result as { voted?: unknown } | null | undefined)?.voted;
  return pollFromResult(method, result, method === GET_WITH_VOTED ? { voted, origin: transport.origin } : undefined);
}

/**
 * The element's read of one poll: `getWithVoted` (with the faces), or `get` once the portal said it has no
 * `getWithVoted` (remembered per transport; see read-method.ts).
 */
export async function readPoll(t: B24Transport, ref: PollRef, options?: ApiCallOptions): Promise<PollResult> {
  const method = readMethod(t, GET);
  try {
    const envelope = await call(t, method, readParams(method, ref), options);
    return readResult(method, envelope.result, t);
  } catch (error) {
    if (method !== GET_WITH_VOTED || !isMissingMethod(error)) throw error;
    rememberNoVoted(t);
    return getPoll(t, ref, options);
  }
}
