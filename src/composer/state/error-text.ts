import type { B24Error } from '../../transport/b24-error.js';
import type { ComposerTexts } from '../i18n/catalog.js';

/** Where the composer was when a call failed: looking up the dialog, or posting. */
export type ComposeStep = 'dialog' | 'send';

/**
 * The human message for a failure, in the user's language; the portal's own text is never shown. What the voter
 * already says (connection, time, credentials, configuration) is said in the voter's words.
 */
export function composeErrorText(m: ComposerTexts, error: B24Error, step: ComposeStep): string {
  switch (error.code) {
    case 'insufficient_scope':
      return step === 'dialog' ? m.errorScopeIm : m.errorScope;
    case 'ACCESS_ERROR':
    case 'DIALOG_ID_EMPTY':
      return step === 'dialog' ? m.errorDialog : m.errorGeneric;
    case 'QUERY_LIMIT_EXCEEDED':
    case 'OPERATION_TIME_LIMIT':
    case 'OVERLOAD_LIMIT':
      return m.errorRateLimited;
    case 'NETWORK_ERROR':
      return m.errorNetwork;
    case 'TIMEOUT':
      return m.errorTimeout;
    case 'BAD_RESPONSE':
      return m.errorBadResponse;
    case 'expired_token':
    case 'invalid_token':
      return m.errorSignInAgain;
    case 'NO_AUTH_FOUND':
      return m.errorAuth;
    case 'INVALID_CONFIG':
      // Only our own descriptions name the attribute and hold no secret; a portal's INVALID_CONFIG is its text.
      return error.source === 'element' ? m.errorConfig(error.description) : m.errorGeneric;
    case 'NO_TRANSPORT':
      return m.errorNoTransport;
  }
  if (step === 'send' && error.source === 'portal' && (error.code === '0' || error.code === '')) {
    return error.status === 403 ? m.errorNoAccessChat : m.errorNotPosted;
  }
  return m.errorGeneric;
}
