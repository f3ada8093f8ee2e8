import type { VoteMessages } from '../../i18n/types.js';
import type { B24Error } from '../../transport/b24-error.js';
import type { ComposerMessages } from '../i18n/types.js';

/** Where the composer was when a call failed: looking up the dialog, or posting. */
export type ComposeStep = 'dialog' | 'send';

/**
 * The human message for a failure, in the user's language; the portal's own text is never shown. What the voter
 * already says (connection, time, credentials, configuration) is said in the voter's words.
 */
export function composeErrorText(m: ComposerMessages, vm: VoteMessages, error: B24Error, step: ComposeStep): string {
  switch (error.code) {
    case 'insufficient_scope':
      return step === 'dialog' ? m.errorScopeIm : vm.errorScope;
    case 'ACCESS_ERROR':
    case 'DIALOG_ID_EMPTY':
      return step === 'dialog' ? m.errorDialog : vm.errorGeneric;
    case 'QUERY_LIMIT_EXCEEDED':
    case 'OPERATION_TIME_LIMIT':
    case 'OVERLOAD_LIMIT':
      return vm.errorRateLimited;
    case 'NETWORK_ERROR':
      return vm.errorNetwork;
    case 'TIMEOUT':
      return vm.errorTimeout;
    case 'BAD_RESPONSE':
      return vm.errorBadResponse;
    case 'expired_token':
    case 'invalid_token':
      return vm.errorSignInAgain;
    case 'NO_AUTH_FOUND':
      return vm.errorAuth;
    case 'INVALID_CONFIG':
      // Only our own descriptions name the attribute and hold no secret; a portal's INVALID_CONFIG is its text.
      return error.source === 'element' ? vm.errorConfig(error.description) : vm.errorGeneric;
    case 'NO_TRANSPORT':
      return vm.errorNoTransport;
  }
  if (step === 'send' && error.source === 'portal' && (error.code === '0' || error.code === '')) {
    return error.status === 403 ? m.errorNoAccessChat : m.errorNotPosted;
  }
  return vm.errorGeneric;
}
