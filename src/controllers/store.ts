/**
 * The screen state every part of the element reads: the poll, the user's picks, the failure on screen, the write
 * in flight (and whether it waits for Bitrix24), the change-vote mode and the live announcement. This store is
 * their only writer, and the rules for when each one changes (the failure's above all) are here and nowhere else.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Poll } from '../api/types.js';
import type { VoteAction, VoteErrorDetail } from '../events.js';
import { Selection } from '../state/selection.js';
import type { ShowReason } from './port.js';

/** What can happen to the failure on screen. */
type FailureEvent = ShowReason | 'attempt' | 'pick' | 'drop';

/** When the failure on screen goes away: the one place that answers "when does this message disappear?". */
function failureClears(failure: VoteErrorDetail, event: FailureEvent): boolean {
  switch (event) {
    case 'drop': // another poll: nothing of the old one stays
    case 'attempt': // a new write starts: its own outcome will speak
    case 'write': // a write went through
      return true;
    case 'load':
      // A good read answers a failed read; a failed write stays until the user tries again.
      return failure.action === 'load';
    case 'pick':
      // A new pick answers "check your answer"; other failures stay until the next attempt.
      return failure.code === 'INVALID_BALLOT';
    case 'peer':
      return false;
  }
}

/** The element's screen state, with the rules for changing it. */
export class VoteStore {
  /** The user's picks while voting. */
  readonly selection = new Selection();
  private _poll: Poll | null = null;
  private _failure: VoteErrorDetail | null = null;
  private _busy: VoteAction | null = null;
  private _changing = false;
  private _announcement = '';
  private _waiting = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The poll on screen. */
  get poll(): Poll | null {
    return this._poll;
  }

  /** The failure on screen. */
  get failure(): VoteErrorDetail | null {
    return this._failure;
  }

  /** The write in flight (also while its code loads). */
  get busy(): VoteAction | null {
    return this._busy;
  }

  /** The user is changing a vote: the form is shown over the results. */
  get changing(): boolean {
    return this._changing;
  }

  /** The write in flight waits for Bitrix24 (rate limit): the note that says so shows. */
  get waiting(): boolean {
    return this._waiting && this._busy !== null;
  }

  /** The live region's text. */
  get announcement(): string {
    return this._announcement;
  }

  /** Puts a poll on screen; the picks follow what the user has voted, unless the user is still choosing. */
  show(poll: Poll, reason: ShowReason): void {
    const first = this._poll === null;
    this._poll = poll;
    if (reason !== 'load') this._changing = false;
    if (reason === 'write' || (reason === 'load' && first) || (reason === 'peer' && !this._busy)) {
      this.selection.resetFrom(poll);
    }
    this.clearFailure(reason);
  }

  /** Puts a failure on screen (the live region falls silent: the alert speaks). */
  fail(detail: VoteErrorDetail): void {
    this._failure = detail;
    this._announcement = '';
    this.host.requestUpdate();
  }

  /** A write is about to be sent: earlier failures go, and the live region says so. */
  attempt(action: VoteAction, text: string): void {
    this.clearFailure('attempt');
    this.setBusy(action);
    this.announce(text);
  }

  /** Marks the write in flight (`null`: none). */
  setBusy(action: VoteAction | null): void {
    this._busy = action;
    if (action === null) this._waiting = false;
    this.host.requestUpdate();
  }

  /** The write in flight waits (or no longer waits) for Bitrix24. */
  setWaiting(waiting: boolean): void {
    this._waiting = waiting;
    this.host.requestUpdate();
  }

  /** Picks or unpicks an answer. */
  pick(questionId: string, answerId: string, multiple: boolean, checked: boolean): void {
    this.selection.set(questionId, answerId, multiple, checked);
    this.clearFailure('pick');
    this.host.requestUpdate();
  }

  /** Opens (true) or leaves (false) the change-vote form, starting from what the user has voted. */
  setChanging(changing: boolean): void {
    if (!this._poll) return;
    this._changing = changing;
    this.selection.resetFrom(this._poll);
    this.host.requestUpdate();
  }

  /** Says `text` through the live region. */
  announce(text: string): void {
    this._announcement = text;
    this.host.requestUpdate();
  }

  /** Another poll is named: nothing of the old one stays. */
  drop(): void {
    this._poll = null;
    this._busy = null;
    this._waiting = false;
    this._changing = false;
    this.selection.clear();
    this.clearFailure('drop');
  }

  private clearFailure(event: FailureEvent): void {
    if (this._failure && failureClears(this._failure, event)) this._failure = null;
    this.host.requestUpdate();
  }
}
