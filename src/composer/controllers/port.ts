import type { ReactiveControllerHost } from 'lit';
import type { B24Transport } from '../../transport/types.js';
import type { VoteMessages } from '../../i18n/types.js';
import type { ComposerMessages } from '../i18n/types.js';

/** What the composer's controllers read from the element (its inputs, read when needed; never its private members). */
export interface ComposerPort {
  /** The element: it redraws and fires the events. */
  readonly host: ReactiveControllerHost & HTMLElement;
  transport(): B24Transport | null | undefined;
  webhookUrl(): string | null | undefined;
  /** The `chat-id` attribute as written (null when absent). */
  chatIdText(): string | null;
  dialogId(): string | null;
  messages(): ComposerMessages;
  /** The voter's messages in the same language. */
  voterMessages(): VoteMessages;
}
