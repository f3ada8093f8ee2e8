import type { Ballot, RawAttach } from './api/types.js';

/** What the element was doing when something failed. */
export type VoteAction = 'load' | 'vote' | 'recall' | 'stop' | 'resume' | 'voters';

/** Detail of `vote-load`: the poll was loaded or re-read. */
export interface VoteLoadDetail {
  /** The portal's raw attach object. */
  attach: RawAttach;
}

/** Detail of `vote-submit`: a ballot is about to be sent (cancelable). */
export interface VoteSubmitDetail {
  /** The ballot that will go over the wire (frozen). */
  readonly ballot: Readonly<Ballot>;
}

/** Detail of `vote-success`: the portal accepted a ballot. */
export interface VoteSuccessDetail {
  attach: RawAttach;
  ballot: Ballot;
}

/** Detail of `vote-recall`: the user's vote was withdrawn. */
export interface VoteRecallDetail {
  attach: RawAttach;
}

/** Detail of `vote-error`: something failed. Never carries a secret. */
export interface VoteErrorDetail {
  action: VoteAction;
  /** The portal's error code as sent, or a local one (`INVALID_CONFIG`, `NO_TRANSPORT`, `INVALID_BALLOT`, `NETWORK_ERROR`, `TIMEOUT`, `BAD_RESPONSE`, `MODULE_UNAVAILABLE`). */
  code: string;
  /** The portal's or the package's explanation (for logs, not for users). */
  description: string;
  /** HTTP status, 0 when none. */
  status: number;
  /** The ballot, for `vote` failures. */
  ballot?: Ballot;
  /** The question at fault, for `INVALID_BALLOT` and the portal's `QUESTION_{id}`. */
  questionId?: string;
  /** Where the error came from: the portal (its text is never shown) or the element and its transport. */
  source: 'portal' | 'element';
}

/** Every event the element fires, by name. */
export interface B24AttachedVoteEventMap {
  'vote-load': CustomEvent<VoteLoadDetail>;
  'vote-submit': CustomEvent<VoteSubmitDetail>;
  'vote-success': CustomEvent<VoteSuccessDetail>;
  'vote-recall': CustomEvent<VoteRecallDetail>;
  'vote-error': CustomEvent<VoteErrorDetail>;
}

declare global {
  // Events bubble out of the element and its shadow root: `document.addEventListener('vote-success', …)` is typed.
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  interface HTMLElementEventMap extends B24AttachedVoteEventMap {}
  interface GlobalEventHandlersEventMap extends B24AttachedVoteEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}

/**
 * Fires one of the element's events, bubbling and composed so hosts hear it from anywhere. Returns false when a
 * cancelable event was cancelled.
 */
export function emitVoteEvent<K extends keyof B24AttachedVoteEventMap>(
  target: EventTarget,
  type: K,
  detail: B24AttachedVoteEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
