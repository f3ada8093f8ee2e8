import type { VoteMessages } from '../i18n/types.js';
import type { VoteAction } from '../events.js';

/** What the element shows for a failure. */
export interface ShownError {
  text: string;
  /** A Retry button makes sense (the same action may succeed later). */
  retry: boolean;
}

const transient = new Set(['NETWORK_ERROR', 'TIMEOUT', 'BAD_RESPONSE', 'QUERY_LIMIT_EXCEEDED', 'OPERATION_TIME_LIMIT', 'INTERNAL_SERVER_ERROR', 'ERROR_UNEXPECTED_ANSWER', 'OVERLOAD_LIMIT']);

/**
 * Turns an error code into a human message in the user's language. Raw portal descriptions are never shown.
 * `pollOpen`: the poll, read again after the failure, still takes votes. `source`: where the error was made. The portal answers `403` both for an
 * inactive poll and for a vote of the same user still being saved; only the re-read poll tells them apart.
 */
export function describeError(
  m: VoteMessages,
  action: VoteAction,
  code: string,
  description: string,
  status: number,
  questionText?: string,
  pollOpen = false,
  source: 'portal' | 'element' = 'portal',
): ShownError {
  const busy = code === '403' && pollOpen && (action === 'vote' || action === 'recall');
  // A portal (or a proxy) may send any code, ours included: its words are never shown.
  const foreignConfig = code === 'INVALID_CONFIG' && source !== 'element';
  const text = busy ? m.errorRateLimited : foreignConfig ? m.errorGeneric : pickText(m, action, code, description, status, questionText);
  return { text, retry: busy || transient.has(code) || status >= 500 };
}

function pickText(m: VoteMessages, action: VoteAction, code: string, description: string, status: number, questionText?: string): string {
  switch (code) {
    case 'ATTACH_NOT_FOUND':
      return m.errorNotFound;
    case 'ATTACH_READ_ACCESS_DENIED':
    case 'INVALID_CREDENTIALS':
    case 'user_access_error':
    case 'ACCESS_DENIED':
      return m.errorNoAccess;
    case '32':
      return m.errorAlreadyVoted;
    case 'INVALID_BALLOT':
      return m.errorInvalidBallot(questionText ?? '');
    case 'QUERY_LIMIT_EXCEEDED':
    case 'OPERATION_TIME_LIMIT':
    case 'OVERLOAD_LIMIT':
      return m.errorRateLimited;
    case 'NETWORK_ERROR':
      // The offline message promises a reload when the connection is back: only a load keeps that promise.
      return action === 'load' && typeof navigator !== 'undefined' && navigator.onLine === false ? m.errorOffline : m.errorNetwork;
    case 'TIMEOUT':
      return m.errorTimeout;
    case 'BAD_RESPONSE':
      return m.errorBadResponse;
    case 'expired_token':
    case 'invalid_token':
      return m.errorSignInAgain;
    case 'NO_AUTH_FOUND':
      return m.errorAuth;
    case 'insufficient_scope':
      return m.errorScope;
    case 'INVALID_CONFIG':
      // Our own descriptions name the attribute and never contain a secret.
      return m.errorConfig(description);
    case 'NO_TRANSPORT':
      return m.errorNoTransport;
    case 'MODULE_UNAVAILABLE':
      return m.errorReload;
  }
  if (/^QUESTION_\d+$/.test(code)) return m.errorRequired(questionText ?? '');
  if (/^VOTE_\d+$/.test(code)) return m.errorEmptyBallot;
  if (code === '403' && (action === 'vote' || action === 'recall')) return m.errorInactive;
  if (code === '403' || /read access denied/i.test(description)) return m.errorNoAccess;
  if ((code === '0' || code === '') && /access denied/i.test(description) && action === 'recall') return m.errorInactive;
  if (/not found/i.test(description) && status === 400) return m.errorNotFound;
  return m.errorGeneric;
}
