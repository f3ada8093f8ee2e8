import { emitVoteEvent } from '../events.js';

/** Detail of `compose-submit`: a poll is about to be posted (cancelable: `preventDefault()` posts nothing). */
export interface ComposeSubmitDetail {
  /** The chat it goes to. */
  readonly chatId: number;
  /** `IM_MESSAGE_VOTE_DATA` as it will go over the wire (frozen). */
  readonly data: Readonly<Record<string, unknown>>;
}

/** Detail of `compose-success`: the poll was posted. */
export interface ComposeSuccessDetail {
  chatId: number;
  /** The chat message that carries the poll: `<b24-attached-vote module-id="im" entity-id="{messageId}">`. */
  messageId: number;
  /** The poll's vote ID, read from the poll after a repeat (a repeat's own answer names an orphan vote). */
  voteId: number;
}

/** Detail of `compose-error`: posting (or finding the chat) failed, or could not be settled. Never carries a secret. */
export interface ComposeErrorDetail {
  /** The portal's error code as sent (`'0'` for its code-less errors), or a local one (`INVALID_CONFIG`, `NO_TRANSPORT`, `NETWORK_ERROR`, `TIMEOUT`, `BAD_RESPONSE`). */
  code: string;
  /** The portal's or the package's explanation (for logs, not for users). */
  description: string;
  /** HTTP status, 0 when none. */
  status: number;
  /** Where the error came from: the portal (its text is never shown) or the element and its transport. */
  source: 'portal' | 'element';
  /** The poll may have been posted all the same (the outcome of a send could not be settled). */
  mayBePosted: boolean;
}

/** Every event the composer fires, by name. */
export interface B24VoteComposerEventMap {
  'compose-submit': CustomEvent<ComposeSubmitDetail>;
  'compose-success': CustomEvent<ComposeSuccessDetail>;
  'compose-error': CustomEvent<ComposeErrorDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  interface HTMLElementEventMap extends B24VoteComposerEventMap {}
  interface GlobalEventHandlersEventMap extends B24VoteComposerEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}

/**
 * Fires one of the composer's events (bubbling, composed); false when a cancelable one was cancelled. The voter's
 * emitter, typed for the composer's events (it only dispatches a CustomEvent of the given type).
 */
export const emitComposerEvent = emitVoteEvent as unknown as <K extends keyof B24VoteComposerEventMap>(
  target: EventTarget,
  type: K,
  detail: B24VoteComposerEventMap[K]['detail'],
  cancelable?: boolean,
) => boolean;
