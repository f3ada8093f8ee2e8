/**
 * The screen state every part of the element reads: the last poll the portal sent (S), the write the screen
 * already shows before the portal answers, the user's picks, the failure on screen, the write in flight (and
 * whether it waits for Bitrix24 or is slow), the change-vote mode and the live announcement. This store is their
 * only writer, and the rules for when each one changes (the failure's above all) are here and nowhere else.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Ballot, Poll } from '../api/types.js';
import type { PollResult } from '../api/vote-call.js';
import type { VoteAction, VoteErrorDetail } from '../events.js';
import { projectPending, type PendingWrite } from '../state/pending.js';
import { Selection } from '../state/selection.js';
import type { ShowReason } from './port.js';

/** A write on the wire says "Saving…" only once it has taken this long: a quick one shows no flicker. */
const SLOW_WRITE_MS = 300;

/** What can happen to the failure on screen. */
type FailureEvent = ShowReason | 'attempt' | 'pick' | 'drop';

/** The element's screen state, with the rules for changing it. */
export class VoteStore {
  /** The user's picks while voting. */
  readonly selection = new Selection();
  private _truth: PollResult | null = null;
  private _pending: PendingWrite | null = null;
  private _writes = 0;
  private _slow = false;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  private _failure: VoteErrorDetail | null = null;
  private _busy: VoteAction | null = null;
  private _changing = false;
  private _announcement = '';
  private _waiting = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The last poll the portal sent (S): what writes and events go by. */
  get poll(): Poll | null {
    return this._truth?.poll ?? null;
  }

  /** S with its raw attach. */
  get truth(): PollResult | null {
    return this._truth;
  }

  /** The ballot or recall on the wire that the screen already shows, or null. */
  get pending(): PendingWrite | null {
    return this._pending;
  }

  /** The poll as drawn: S with the pending write applied, computed from S on each read (never kept: one owner). */
  get screen(): Poll | null {
    const poll = this.poll;
    return poll && projectPending(poll, this._pending);
  }

  /** The write in flight has taken long enough for a quiet "Saving…". */
  get slow(): boolean {
    return this._slow && this._busy !== null;
  }

  /** Counts the writes begun; a read taken at an older count started before the latest write, and is not drawn. */
  get writeCount(): number {
    return this._writes;
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

  /**
   * Takes a poll the portal sent as S; the picks follow what the user has voted, unless the user is still
   * choosing. A write's own answer also ends what the screen showed ahead of it. A withdrawal keeps the picks:
   * they were cleared at the click, and any made since are the user's.
   */
  show(result: PollResult, reason: ShowReason): void {
    const first = this._truth === null;
    const recalled = reason === 'write' && this._pending?.action === 'recall';
    this._truth = result;
    if (reason === 'write') this._pending = null;
    if (reason !== 'load') this._changing = false;
    if ((reason === 'write' && !recalled) || (reason === 'load' && first) || (reason === 'peer' && !this._busy)) {
      this.selection.resetFrom(result.poll);
    }
    this.clearFailure(reason);
  }

  /** Puts a failure on screen (the live region falls silent: the alert speaks). */
  fail(detail: VoteErrorDetail): void {
    this._failure = detail;
    this._announcement = '';
    this.host.requestUpdate();
  }

  /**
   * A write is about to be sent: earlier failures go. A ballot (`vote` with `ballot`) or a withdrawal is drawn
   * now, and the live region falls silent until the portal answers; other writes say `text` through it.
   */
  attempt(action: VoteAction, text: string, ballot?: Ballot): void {
    this.clearFailure('attempt');
    this.setBusy(action);
    this._writes += 1;
    if (action === 'recall' || (action === 'vote' && ballot)) {
      this._pending = { action, ballot };
      // The form a withdrawal brings back starts empty, as it will after the portal's answer.
      if (action === 'recall') this.selection.clear();
      text = '';
    }
    this.announce(text);
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => {
      this._slow = true;
      this.host.requestUpdate();
    }, SLOW_WRITE_MS);
  }

  /** Marks the write in flight (`null`: none, and what the screen showed ahead of the portal goes: S is drawn). */
  setBusy(action: VoteAction | null): void {
    this._busy = action;
    if (action === null) {
      this._waiting = false;
      this._slow = false;
      clearTimeout(this.slowTimer);
      if (this._pending?.action === 'recall' && this._truth) this.selection.resetFrom(this._truth.poll);
      this._pending = null;
    }
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
    this.clearFailure('pick'); // which asks for an update either way
  }

  /** Opens (true) or leaves (false) the change-vote form, starting from what the user has voted. */
  setChanging(changing: boolean): void {
    if (!this._truth) return;
    this._changing = changing;
    this.selection.resetFrom(this._truth.poll);
    this.host.requestUpdate();
  }

  /** Says `text` through the live region. */
  announce(text: string): void {
    this._announcement = text;
    this.host.requestUpdate();
  }

  /** Another poll is named: nothing of the old one stays. */
  drop(): void {
    this._truth = null;
    this.setBusy(null);
    this._changing = false;
    this.selection.clear();
    this.clearFailure('drop');
  }

  /** When the failure on screen goes away: the one place that answers "when does this message disappear?". */
  private clearFailure(event: FailureEvent): void {
    const failure = this._failure;
    const clears =
      // A good read answers a failed read; a failed write stays until the user tries again.
      event === 'load' ? failure?.action === 'load'
      // A new pick answers "check your answer"; other failures stay until the next attempt.
      : event === 'pick' ? failure?.code === 'INVALID_BALLOT'
      // Another poll (nothing of the old one stays), a new write (its own outcome will speak), a write that went
      // through; a peer's write changes nothing here.
      : event !== 'peer';
    if (clears) this._failure = null;
    this.host.requestUpdate();
  }
}
