import type { ReactiveControllerHost } from 'lit';
import type { B24Transport } from '../../transport/types.js';
import type { ComposerTexts } from '../i18n/catalog.js';

/** What the composer's controllers read from the element (its inputs, read when needed; never its private members). */
export interface ComposerPort {
  /** The element: it redraws and fires the events. */
  readonly host: ReactiveControllerHost & HTMLElement;
  transport(): B24Transport | null | undefined;
  webhookUrl(): string | null | undefined;
  /** The `chat-id` attribute as written (null when absent). */
  chatIdText(): string | null;
  dialogId(): string | null;
  /** The composer's messages (over the voter's) in the element's language, with the host's overrides. */
  messages(): ComposerTexts;
}
