import type { VoteMessages } from '../i18n/types.js';
import type { VoteAction } from '../events.js';
import type { B24Error } from '../transport/b24-error.js';
import { errorCode, hasFlag, RETRY } from '../transport/error-codes.js';

/** The parts of a failure its message depends on (a `B24Error`, or the `vote-error` detail made from one). */
export type FailureFacts = Pick<B24Error, 'code' | 'description' | 'status' | 'source'>;

/** What the element shows for a failure. */
export interface ShownError {
  text: string;
  /** A Retry button makes sense (the same action may succeed later). */
  retry: boolean;
}

/**
 * Turns a failure into a human message in the user's language. Raw portal descriptions are never shown.
 * `pollOpen`: the poll, read again after the failure, still takes votes. The portal answers `403` both for an
 * inactive poll and for a vote of the same user still being saved; only the re-read poll tells them apart.
 */
export function describeError(m: VoteMessages, action: VoteAction, failure: FailureFacts, questionText?: string, pollOpen = false): ShownError {
  const { code, status } = failure;
  const busy = code === '403' && pollOpen && (action === 'vote' || action === 'recall');
  // A portal (or a proxy) may send any code, ours included: its words are never shown.
  const foreignConfig = code === 'INVALID_CONFIG' && failure.source !== 'element';
  const text = busy ? m.errorRateLimited : foreignConfig ? m.errorGeneric : pickText(m, action, failure, questionText);
  return { text, retry: busy || hasFlag(code, status, RETRY) };
}

function pickText(m: VoteMessages, action: VoteAction, { code, description, status }: FailureFacts, questionText?: string): string {
  const key = errorCode(code)[0] as keyof VoteMessages;
  // The offline message promises a reload when the connection is back: only a load keeps that promise.
  if (code === 'NETWORK_ERROR' && action === 'load' && globalThis.navigator?.onLine === false) return m.errorOffline;
  const message = key ? m[key] : undefined;
  // Our own INVALID_CONFIG descriptions name the attribute and never contain a secret.
  if (typeof message === 'function') return (message as (detail: string) => string)(code === 'INVALID_CONFIG' ? description : (questionText ?? ''));
  if (typeof message === 'string') return message;
  if (/^QUESTION_\d+$/.test(code)) return m.errorRequired(questionText ?? '');
  if (/^VOTE_\d+$/.test(code)) return m.errorEmptyBallot;
  if (code === '403' && (action === 'vote' || action === 'recall')) return m.errorInactive;
  if (code === '403' || /read access denied/i.test(description)) return m.errorNoAccess;
  if ((code === '0' || code === '') && /access denied/i.test(description) && action === 'recall') return m.errorInactive;
  if (/not found/i.test(description) && status === 400) return m.errorNotFound;
  return m.errorGeneric;
}
