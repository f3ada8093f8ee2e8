/**
 * Posting a poll with `vote.Integration.Im.send`, settled as far as the portal allows. The `templateId` makes the
 * message idempotent, not the vote: a repeat answers with the first message and a vote of its own (an orphan), so after
 * any repeat the poll's vote ID is read from the poll that the message carries.
 * - An answer that never arrived (network, timeout, unreadable) is sent once more with the same key.
 * - A code-less error after a send whose outcome is unknown may be "message failed" while the first call still runs:
 *   it is sent again after a wait, twice.
 * - Anything else after an unknown outcome cannot be settled: the poll may have been posted.
 */
import { badShape, call, getPoll } from '../../api/vote-call.js';
import { IM_CONNECTOR } from '../../api/poll-ref.js';
import { isAbortError, sleep } from '../../transport/abort.js';
import { isB24Error, type B24Error } from '../../transport/b24-error.js';
import { hasFlag, LOST } from '../../transport/error-codes.js';
import type { B24Transport } from '../../transport/types.js';
import { isObject } from '../../util/is-object.js';
import { positiveId } from './resolve-chat.js';

/** The method that posts a poll. */
export const IM_SEND = 'vote.Integration.Im.send';

/** How a send ended. `unsettled`: it may have been posted; `error` is the last failure. */
export type SendOutcome =
  | { kind: 'posted'; messageId: number; voteId: number }
  | { kind: 'failed'; error: B24Error }
  | { kind: 'unsettled'; error: B24Error };

/** What one send needs. */
export interface SendRequest {
  chatId: number;
  data: Record<string, unknown>;
  templateId: string;
  /** An earlier send with this key may have reached the portal (kept with the draft across reloads). */
  unsettled: boolean;
  signal?: AbortSignal;
  /** Told before each attempt leaves (`true`) and when a definite answer came (`false`): the draft keeps it. */
  onUnsettled(value: boolean): void;
  /** Told when the composer waits for a first call that may still be running. */
  onWait?(): void;
}

/** Waits before sending again after a code-less error that may mean "the first call still runs". */
export const MESSAGE_FAILED_WAITS_MS = [2000, 4000];

/** The answer never arrived, or arrived unreadable: the call may have been processed (the error table's rule). */
function outcomeUnknown(error: B24Error): boolean {
  return hasFlag(error.code, error.status, LOST);
}

/** The portal's code-less errors (Im.send's own errors have no code). */
function codeless(error: B24Error): boolean {
  return error.source === 'portal' && (error.code === '0' || error.code === '');
}

/** Posts the poll; resolves with how it ended (rejects only on the caller's abort). */
export async function sendPoll(t: B24Transport, request: SendRequest): Promise<SendOutcome> {
  const { chatId, data, templateId, signal } = request;
  let repeated = request.unsettled;
  let resent = false;
  let waits = 0;
  for (;;) {
    const before = repeated;
    request.onUnsettled(true);
    try {
      const envelope = await call(t, IM_SEND, { chatId, IM_MESSAGE_VOTE_DATA: data, templateId }, { signal });
      const result = isObject(envelope.result) ? envelope.result : {};
      const messageId = positiveId(result.messageId);
      if (messageId === null) throw badShape(IM_SEND, 'the answer has no messageId');
      const voteId = before ? await voteIdOf(t, messageId, signal) : positiveId(result.voteId) ?? (await voteIdOf(t, messageId, signal));
      return { kind: 'posted', messageId, voteId };
    } catch (error) {
      if (isAbortError(error) || !isB24Error(error)) throw error;
      repeated = true;
      if (outcomeUnknown(error) && !resent) {
        resent = true;
        continue;
      }
      if (before && codeless(error) && waits < MESSAGE_FAILED_WAITS_MS.length) {
        request.onWait?.();
        await sleep(MESSAGE_FAILED_WAITS_MS[waits++]!, signal);
        continue;
      }
      if (before || outcomeUnknown(error)) return { kind: 'unsettled', error };
      request.onUnsettled(false);
      return { kind: 'failed', error };
    }
  }
}

/** The vote ID of the poll a message carries (the answer of a repeat names an orphan vote). */
async function voteIdOf(t: B24Transport, messageId: number, signal?: AbortSignal): Promise<number> {
  const { poll } = await getPoll(t, { moduleId: 'im', entityType: IM_CONNECTOR, entityId: messageId }, { signal });
  const voteId = positiveId(poll.voteId);
  if (voteId === null) throw badShape('vote.AttachedVote.get', 'the poll has no VOTE_ID');
  return voteId;
}
