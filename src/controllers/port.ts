/**
 * The host contract: everything a controller or an on-demand feature may know about the element. Features get
 * this port and nothing else, so none of them imports the element class or reaches into its members.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PollResult } from '../api/vote-call.js';
import type { Ballot, Poll, PollRef } from '../api/types.js';
import type { B24AttachedVoteEventMap, VoteAction } from '../events.js';
import type { VoteMessages } from '../i18n/types.js';
import type { Selection } from '../state/selection.js';
import type { B24Error } from '../transport/b24-error.js';
import type { B24Transport } from '../transport/types.js';

/** The actions that change a poll. */
export type WriteAction = 'vote' | 'recall' | 'stop' | 'resume';

/** Where the poll comes from: a valid ref and the transport to ask. */
export interface PollSource {
  ref: PollRef;
  /** `refKey(ref)`: equal keys name the same poll. */
  key: string;
  transport: B24Transport;
}

/** Why the poll on screen changed: a load (or refresh), a write of this element, or a write of a peer element. */
export type ShowReason = 'load' | 'write' | 'peer';

/** What happened to the poll on screen: one of the reasons it was shown, or `drop` (its scope ended: see `signal`). */
export type PollChange = ShowReason | 'drop';

/** How a failure is reported: `show` puts it on screen; `ballot` goes into the event for vote failures. */
export interface FailOptions {
  show: boolean;
  ballot?: Ballot | undefined;
  /** Where focus goes with a shown failure that names no question (else Retry). */
  focus?: string;
}

/** The events a feature may fire through the port (`vote-submit` answers whether the host let it through). */
export type PortEventMap = B24AttachedVoteEventMap;

/**
 * The screen state as features read it: the store's getters, and nothing that changes it (the store stays its only
 * writer; a feature changes it through the port's methods).
 */
export interface StoreView {
  /** The last poll the portal sent (S), or null; the screen may show a write ahead of it. */
  readonly poll: Poll | null;
  /** S with its raw attach, or null. */
  readonly truth: PollResult | null;
  /** The user's picks (survive every failure). */
  readonly selection: Selection;
  /** The write in flight, or null. */
  readonly busy: VoteAction | null;
}

/** The element as controllers and features see it. */
export interface VotePort extends ReactiveControllerHost {
  /** The screen state, read-only. */
  readonly store: StoreView;
  /** Where the poll comes from, or null while the configuration names none (or is wrong). */
  readonly source: PollSource | null;
  /** The messages in the element's language, with the host's overrides. */
  readonly messages: VoteMessages;
  /** The resolved language tag (for number formatting). */
  readonly lang: string;
  /** The host turned faces and voter lists off (`hide-voters`). */
  readonly hideVoters: boolean;
  /** Fires when the poll is dropped: another poll named, or the element removed from the page. */
  readonly signal: AbortSignal;
  /**
   * The poll once loaded (loading it now if it is lazy); rejects with the `B24Error` that kept it from loading,
   * which the load has reported by then (the caller reports nothing more).
   */
  loaded(): Promise<Poll>;
  /**
   * Reads the poll again; `periodic` marks a refresh of `refresh-interval` (failures reported once per run);
   * `quiet` a read nobody asked for (the faces after a write): its failure is not reported at all.
   */
  refresh(options?: { periodic?: boolean; quiet?: boolean }): Promise<boolean>;
  /** Puts a poll the portal sent on screen. */
  show(result: PollResult, reason: ShowReason): void;
  /** Listens for polls put on screen and for the poll being dropped; returns the function that stops listening. */
  onChange(listener: (change: PollChange) => void): () => void;
  /** Reports a failure with `vote-error` and, with `show`, puts it on screen. */
  fail(action: VoteAction, error: B24Error, options: FailOptions): void;
  /**
   * A write is being sent: the failure on screen goes and the write shows as running. A ballot (`vote` with
   * `ballot`) or a withdrawal is drawn at once, as the portal will count it; the live region waits for the answer.
   */
  begin(action: VoteAction, ballot?: Ballot): void;
  /** Marks a write as running (`null`: none), as the buttons and `status` show it. */
  setBusy(action: VoteAction | null): void;
  /** The write in flight waits for Bitrix24 (a long rate-limit wait): a visible note says so (`false`: it goes). */
  setWaiting(waiting: boolean): void;
  /** Says `text` through the live region. */
  announce(text: string): void;
  /** Focuses the first of `selectors` that exists once the next update is done. */
  focus(...selectors: string[]): void;
  /** Fires an event on the element; false when it was cancelled or the element is not on the page. */
  emit<K extends keyof PortEventMap>(type: K, detail: PortEventMap[K]['detail'], cancelable?: boolean): boolean;
  /** Starts a write through the write gate (buttons of on-demand features use it). */
  write(action: WriteAction, ballot?: Ballot): Promise<boolean>;
}
