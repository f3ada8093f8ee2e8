import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { ballotFromPoll, errorQuestionId, validateBallot } from './api/ballot.js';
import { loadPoll, pollUpdates } from './api/poll-loader.js';
import { ballotKey, sharedWrite } from './api/shared-writes.js';
import { normalizeAttach } from './api/normalize.js';
import { toPollRef, refKey } from './api/poll-ref.js';
import type { Ballot, Poll, PollAnswer, PollQuestion, PollRef, RawAttach } from './api/types.js';
import { getAnswerVoted, getPoll, recall, resume, stop, vote, type PollResult } from './api/vote-api.js';
import { resolveTransport } from './connection/resolve-transport.js';
import { createVoteEvent, type VoteAction, type VoteErrorDetail } from './events.js';
import { loadMessages, messagesIfLoaded, resolveLang, shippedLanguage, withOverrides } from './i18n/localize.js';
import type { MessageOverrides, VoteMessages } from './i18n/types.js';
import { en } from './i18n/en.js';
import { LanguageObserver } from './i18n/language-observer.js';
import { canChangeVote, isSingleChoicePoll, numbersVisible, showsBallotForm, votersVisible } from './state/display-rules.js';
import { describeError } from './state/error-message.js';
import { Selection } from './state/selection.js';
import { isAbortError } from './transport/abort.js';
import { isB24Error, B24Error } from './transport/b24-error.js';
import type { B24Transport } from './transport/types.js';
import { styles } from './attached-vote.styles.js';
import { renderBallotForm } from './views/ballot-form.js';
import { renderFooter } from './views/footer.js';
import { renderResults } from './views/results.js';
import { renderSkeleton } from './views/skeleton.js';
import { plainText } from './views/plain-text.js';
import type { VotersState } from './views/voters.js';

/** The element's life cycle, as `status` reports it. */
export type VoteStatus = 'idle' | 'loading' | 'ready' | 'submitting' | 'error';

type WriteAction = 'vote' | 'recall' | 'stop' | 'resume';

/** Where the poll comes from: a valid ref and a transport, or the reason there is none. */
interface Source {
  ref: PollRef;
  key: string;
  transport: B24Transport;
}

// Failures after which the portal may or may not have stored a write: re-read before telling the user anything.
const lostAnswerCodes = new Set(['NETWORK_ERROR', 'TIMEOUT', 'BAD_RESPONSE']);
const shapeCache = new Map<string, number[]>();

/**
 * A Bitrix24 poll ("attached vote") from a chat message or a feed post: load, vote, change or withdraw the vote,
 * results, voters and the author's tools.
 *
 * @summary Shows a Bitrix24 poll and lets the user vote.
 * @tag b24-attached-vote
 *
 * @attribute {string} lang - The element's language; else the nearest ancestor's, else the document's, else English.
 *
 * @fires {CustomEvent<VoteLoadDetail>} vote-load - The poll was loaded or re-read. Detail: `{ attach }`.
 * @fires {CustomEvent<VoteSubmitDetail>} vote-submit - A ballot is about to be sent; cancelable. Detail: `{ ballot }`.
 * @fires {CustomEvent<VoteSuccessDetail>} vote-success - The portal accepted a ballot. Detail: `{ attach, ballot }`.
 * @fires {CustomEvent<VoteRecallDetail>} vote-recall - The user's vote was withdrawn. Detail: `{ attach }`.
 * @fires {CustomEvent<VoteErrorDetail>} vote-error - Something failed. Detail: `{ action, code, description, status, ballot?, questionId? }`.
 *
 * @csspart poll - The outer box.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart form - The ballot form.
 * @csspart question - One question (a fieldset in the form, a section in the results).
 * @csspart question-text - A question's text.
 * @csspart image - A question's image.
 * @csspart answer - One answer (label with its radio or checkbox).
 * @csspart results - The results of all questions.
 * @csspart result - One answer's result row.
 * @csspart percent - An answer's percent.
 * @csspart bar - An answer's bar track.
 * @csspart bar-fill - An answer's bar.
 * @csspart mine-mark - The "your choice" mark.
 * @csspart voters-button - The vote count that opens the voters list.
 * @csspart voters - A voters list.
 * @csspart voter - One voter.
 * @csspart more-voters - The button loading more voters.
 * @csspart actions - A row of buttons.
 * @csspart button - Every button.
 * @csspart vote-button - The Vote button.
 * @csspart change-button - The "Change vote" button.
 * @csspart withdraw-button - The "Withdraw vote" button.
 * @csspart close-button - The author's "Close poll" button.
 * @csspart confirm-close-button - The confirmation of "Close poll".
 * @csspart reopen-button - The author's "Reopen poll" button.
 * @csspart author-tools - The author's tools.
 * @csspart footer - Notes, links and tools under the poll.
 * @csspart link - Every link.
 * @csspart results-link - The "Full results" link.
 * @csspart download-link - The results download link.
 * @csspart closed-note - The "Poll closed" note.
 * @csspart error - The error message box.
 * @csspart retry-button - The Retry button.
 *
 * @cssprop [--b24-vote-font=inherit] - Font family.
 * @cssprop [--b24-vote-font-size=14px] - Base font size.
 * @cssprop [--b24-vote-color=light-dark(#333a45, #e7eaee)] - Text color.
 * @cssprop [--b24-vote-muted-color=light-dark(#5b6470, #a9b1bb)] - Secondary text color.
 * @cssprop [--b24-vote-background=light-dark(#fff, #1f2329)] - Background of the box.
 * @cssprop [--b24-vote-border-color=light-dark(#dfe3e8, #3a414b)] - Borders.
 * @cssprop [--b24-vote-accent=light-dark(#0b66c3, #6cb4ff)] - Buttons, checked inputs and bars.
 * @cssprop [--b24-vote-accent-text=light-dark(#fff, #0b1a2a)] - Text on the accent color.
 * @cssprop [--b24-vote-mine=#2fc6f6] - Bar color of the user's own picks.
 * @cssprop [--b24-vote-track=light-dark(#eef1f4, #2c323a)] - Background of result bars and the loading placeholder.
 * @cssprop [--b24-vote-danger=light-dark(#c0262d, #ff8a8f)] - Errors and the close confirmation.
 * @cssprop [--b24-vote-radius=12px] - Corner radius of the box (buttons use half).
 * @cssprop [--b24-vote-spacing=12px] - Base spacing.
 * @cssprop [--b24-vote-bar-height=6px] - Height of result bars.
 */
export class B24AttachedVote extends LitElement {
  static override styles = styles;

  /** The poll's attach ID (`attach.ID`); wins over the other ways to name a poll. */
  @property({ attribute: 'attach-id' }) attachId?: number | string;

  /** Module of the poll's entity: `im` (chat message) or `blog` (feed post); case-insensitive. */
  @property({ attribute: 'module-id' }) moduleId?: string;

  /** Connector class of the entity; defaults from `module-id` (`im`, `blog`). */
  @property({ attribute: 'entity-type' }) entityType?: string;

  /** Chat message ID or post ID the poll is attached to. */
  @property({ attribute: 'entity-id' }) entityId?: number | string;

  /** The signed attach ID (`attach.signedAttachId`): read access like a share link. */
  @property({ attribute: 'signed-attach-id' }) signedAttachId?: string;

  /** Incoming webhook URL `https://portal/rest/{userId}/{code}/`. Never on a public page: anyone can use it. */
  @property({ attribute: 'webhook-url' }) webhookUrl?: string;

  /** The transport: any object with `call(method, params, { signal })`. Wins over `webhook-url` and BX24. */
  @property({ attribute: false }) transport?: B24Transport;

  /** Message overrides: message key -> string or function, over any language. */
  @property({ attribute: false }) messages?: MessageOverrides;

  /** Force `light` or `dark`; by default the element follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** A single-question single-choice poll votes as soon as an answer is picked (pointer, Space, Enter). */
  @property({ type: Boolean, attribute: 'submit-on-select' }) submitOnSelect = false;

  /** Seconds between refreshes of the results (0: off). Paused while the page is hidden. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 0;

  /** `lazy`: load only when the element comes near the viewport. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  @state() private _poll: Poll | null = null;
  @state() private _changing = false;
  @state() private _busy: VoteAction | null = null;
  @state() private _failure: VoteErrorDetail | null = null;
  @state() private _confirmingClose = false;
  @state() private _announcement = '';
  @state() private _visible = false;
  @state() private _messages: VoteMessages = en;
  @state() private _voters = new Map<string, VotersState>();
  /** Aborts the voters pages in flight when the lists are dropped (removal, another poll, a write). */
  private _votersController = new AbortController();

  private _lang = 'en';
  private _source: Source | B24Error | null = null;
  private _selection = new Selection();
  private _write: { action: WriteAction; promise: Promise<boolean>; controller: AbortController } | null = null;
  private _refreshTimer: ReturnType<typeof setInterval> | undefined;
  private _periodic = false;
  private _loadAborted = false;
  private _writeAborted = false;
  /** The next load was asked for by the user (Retry): focus follows it. */
  private _focusNextLoad = false;
  private _periodicFailing = false;
  private _intersection: IntersectionObserver | undefined;
  private _unsubscribe: (() => void) | undefined;
  private _arrowKeyPick = false;

  private _loadTask = new Task(this, {
    args: () => [this._source, this._visible] as const,
    task: async ([source, visible], { signal }) => {
      if (!visible || source === null) return initialState;
      if (source instanceof B24Error) throw source;
      return loadPoll(source.transport, source.ref, { signal });
    },
    onComplete: (result) => this._loaded(result as PollResult),
    onError: (error) => this._loadFailed(error),
  });

  constructor() {
    super();
    new LanguageObserver(this, () => this._updateLanguage());
  }

  /** The normalized poll, or null before it loads. */
  get poll(): Poll | null {
    return this._poll;
  }

  /** Where the element is in its life cycle. */
  get status(): VoteStatus {
    if (this._busy) return 'submitting';
    if (this._failure) return 'error';
    if (this._poll) return 'ready';
    if (this._loadTask.status === TaskStatus.PENDING || (this._visible && this._source)) return 'loading';
    return 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._updateLanguage();
    window.addEventListener('online', this._onOnline);
    document.addEventListener('visibilitychange', this._onVisibility);
    this._watchVisibility();
    this._scheduleRefresh();
    // Moved in the DOM: a load aborted by the removal starts again, and a write cut off by it may or may not have
    // been stored, so the poll is read again to show the truth.
    if ((this._loadAborted && !this._poll) || this._writeAborted) void this.refresh();
    this._loadAborted = false;
    this._writeAborted = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this._onOnline);
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._intersection?.disconnect();
    this._intersection = undefined;
    clearInterval(this._refreshTimer);
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    // A removed element must not keep requests alive or fire events afterwards. A move (removed and put back in
    // the same task, as frameworks do) is not a removal: its requests carry on.
    queueMicrotask(() => {
      if (!this.isConnected) this._abortInFlight();
    });
  }

  private _abortInFlight(): void {
    if (this._loadTask.status === TaskStatus.PENDING) {
      this._loadTask.abort();
      this._loadAborted = true;
    }
    if (this._write) {
      this._write.controller.abort();
      this._writeAborted = true;
    }
    this._write = null;
    this._busy = null;
    this._dropVoters();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const sourceInputs = ['attachId', 'moduleId', 'entityType', 'entityId', 'signedAttachId', 'webhookUrl', 'transport'] as const;
    if (sourceInputs.some((name) => changed.has(name)) || this._source === null) this._updateSource();
    if (changed.has('messages')) this._updateLanguage();
    if (changed.has('loading')) this._watchVisibility();
    if (changed.has('refreshInterval')) this._scheduleRefresh();
    if (changed.has('refreshInterval') || changed.has('loading') || changed.has('theme')) this._checkOptions(changed);
  }

  /**
   * Option attributes the element cannot use are reported (`vote-error`, `INVALID_CONFIG`, naming the attribute)
   * and their default applies: a bad theme or refresh interval must not keep the poll from showing.
   */
  private _checkOptions(changed: PropertyValues<this>): void {
    const quote = (name: string, value: unknown): string => JSON.stringify(String(this.getAttribute(name) ?? value).slice(0, 40));
    const problems: string[] = [];
    const seconds = Number(this.refreshInterval ?? 0);
    if (changed.has('refreshInterval') && !(Number.isFinite(seconds) && seconds >= 0)) {
      problems.push(`refresh-interval: ${quote('refresh-interval', this.refreshInterval)} is not a number of seconds (0 or more); refreshing is off`);
    }
    if (changed.has('loading') && this.loading != null && this.loading !== 'eager' && this.loading !== 'lazy') {
      problems.push(`loading: ${quote('loading', this.loading)} is not "eager" or "lazy"; the poll loads at once`);
    }
    if (changed.has('theme') && this.theme != null && this.theme !== 'light' && this.theme !== 'dark') {
      problems.push(`theme: ${quote('theme', this.theme)} is not "light" or "dark"; the page's color scheme is followed`);
    }
    for (const description of problems) this._report('load', new B24Error('INVALID_CONFIG', description), { show: false });
  }

  /** Re-reads the poll. Resolves true on success; failures are reported by `vote-error`. */
  async refresh(): Promise<boolean> {
    if (!(this._source && !(this._source instanceof B24Error))) {
      await this._loadTask.run();
      return false;
    }
    this._visible = true;
    await this._loadTask.run([this._source, true]);
    return this._loadTask.status === TaskStatus.COMPLETE;
  }

  /**
   * Sends a ballot (the current selection when none is given). Resolves true when the portal accepted it, false
   * otherwise: a failure (reported by `vote-error`), a `vote-submit` the host cancelled, another action still in
   * flight, or the element removed meanwhile. Never rejects; the same holds for `recall`, `stop` and `resume`.
   */
  vote(ballot?: Ballot): Promise<boolean> {
    return this._startWrite('vote', ballot);
  }

  /** Withdraws the user's vote. */
  recall(): Promise<boolean> {
    return this._startWrite('recall');
  }

  /** Closes the poll (author only). */
  stop(): Promise<boolean> {
    return this._startWrite('stop');
  }

  /** Reopens a closed poll (author only). */
  resume(): Promise<boolean> {
    return this._startWrite('resume');
  }

  // ---- source, language, visibility, refresh -------------------------------------------------------------------

  private _updateSource(): void {
    let next: Source | B24Error;
    try {
      const ref = toPollRef({
        attachId: this.attachId,
        moduleId: this.moduleId,
        entityType: this.entityType,
        entityId: this.entityId,
        signedAttachId: this.signedAttachId,
      });
      const transport = resolveTransport(this.transport, this.webhookUrl);
      next = transport instanceof B24Error ? transport : { ref, key: refKey(ref), transport };
    } catch (error) {
      next = isB24Error(error) ? error : new B24Error('INVALID_CONFIG', 'the poll attributes are not valid');
    }
    const previous = this._source;
    if (previous && !(previous instanceof B24Error) && !(next instanceof B24Error) && previous.key === next.key && previous.transport === next.transport) return;
    if (previous instanceof B24Error && next instanceof B24Error && previous.code === next.code && previous.description === next.description) return;
    // Another poll: drop everything of the old one, including an answer still in flight.
    this._write?.controller.abort();
    this._write = null;
    this._busy = null;
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    this._poll = null;
    this._failure = null;
    this._changing = false;
    this._confirmingClose = false;
    this._dropVoters();
    this._selection.clear();
    this._source = next;
  }

  private _updateLanguage(): void {
    const lang = resolveLang(this);
    const shipped = shippedLanguage(lang);
    this._lang = lang;
    const ready = messagesIfLoaded(shipped);
    if (ready) {
      this._messages = withOverrides(ready, this.messages);
      return;
    }
    this._messages = withOverrides(en, this.messages);
    void loadMessages(shipped).then(
      (messages) => {
        if (shippedLanguage(this._lang) === shipped) this._messages = withOverrides(messages, this.messages);
      },
      () => undefined, // English stays: a missing language chunk must not break the poll.
    );
  }

  private _watchVisibility(): void {
    this._intersection?.disconnect();
    this._intersection = undefined;
    if (this.loading !== 'lazy' || typeof IntersectionObserver === 'undefined') {
      this._visible = true;
      return;
    }
    if (this._visible || !this.isConnected) return;
    this._intersection = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this._visible = true;
          this._intersection?.disconnect();
          this._intersection = undefined;
        }
      },
      { rootMargin: '200px' },
    );
    this._intersection.observe(this);
  }

  private _scheduleRefresh(): void {
    clearInterval(this._refreshTimer);
    this._refreshTimer = undefined;
    const seconds = Number(this.refreshInterval);
    if (!this.isConnected || !Number.isFinite(seconds) || seconds <= 0) return;
    this._refreshTimer = setInterval(() => this._periodicRefresh(), Math.max(seconds, 1) * 1000);
  }

  private _periodicRefresh(): void {
    // Hidden pages, writes in flight and unloaded polls wait for the next tick.
    if (document.visibilityState === 'hidden' || this._busy || !this._poll) return;
    // A load still running (or retrying) is not cut short by the next tick.
    if (this._loadTask.status === TaskStatus.PENDING) return;
    this._periodic = true;
    void this.refresh().finally(() => (this._periodic = false));
  }

  private _onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this._refreshTimer !== undefined) this._periodicRefresh();
  };

  private _onOnline = (): void => {
    if (this._failure?.action === 'load' || (!this._poll && this._failure)) void this.refresh();
  };

  // ---- load -----------------------------------------------------------------------------------------------------

  private _loaded(result: PollResult): void {
    const first = this._poll === null;
    this._applyResult(result);
    this._periodicFailing = false;
    if (this._failure?.action === 'load') this._failure = null;
    if (first) this._selection.resetFrom(result.poll);
    if (this._focusNextLoad) this._focusAfterUpdate('input', '.results', '.poll');
    this._focusNextLoad = false;
    this._fire('vote-load', { attach: result.attach });
  }

  private _loadFailed(error: unknown): void {
    if (!isB24Error(error)) {
      if (isAbortError(error)) return;
      error = new B24Error('BAD_RESPONSE', 'the poll could not be read');
    }
    const failure = error as B24Error;
    if (this._periodic) {
      // A refresh that fails keeps the results on screen and is reported once per run of failures.
      if (this._periodicFailing) return;
      this._periodicFailing = true;
      this._report('load', failure, { show: !this._poll });
      return;
    }
    this._report('load', failure, { show: true });
  }

  private _applyResult(result: PollResult): void {
    this._poll = result.poll;
    shapeCache.set(this._sourceKey(), result.poll.questions.map((q) => q.answers.length));
    const source = this._source;
    if (source && !(source instanceof B24Error) && !this._unsubscribe) {
      this._unsubscribe = pollUpdates.subscribe(source.transport, result.poll.id, this._onPeerUpdate);
    }
  }

  /** Another element showing the same poll for the same user wrote to it: show the new state. */
  private _onPeerUpdate = (attach: RawAttach): void => {
    try {
      const poll = normalizeAttach(attach);
      this._poll = poll;
      this._changing = false;
      if (!this._busy) this._selection.resetFrom(poll);
      this._fire('vote-load', { attach });
    } catch {
      // A broken attach from a peer changes nothing here; our own next load reports it.
    }
  };

  private _sourceKey(): string {
    return this._source && !(this._source instanceof B24Error) ? this._source.key : '';
  }

  // ---- writes ---------------------------------------------------------------------------------------------------

  private _startWrite(action: WriteAction, ballot?: Ballot): Promise<boolean> {
    // A double click or a held Enter joins the write in flight instead of sending a second one.
    if (this._write) return this._write.action === action ? this._write.promise : Promise.resolve(false);
    const controller = new AbortController();
    const promise = this._performWrite(action, ballot, controller.signal).catch(() => false);
    const write = { action, promise, controller };
    this._write = write;
    void promise.finally(() => {
      if (this._write === write) this._write = null;
    });
    return promise;
  }

  private async _performWrite(action: WriteAction, given: Ballot | undefined, signal: AbortSignal): Promise<boolean> {
    if (!this._poll && this._source && !(this._source instanceof B24Error)) {
      this._visible = true;
      // The load starts in the update that _visible schedules; only then does taskComplete wait for it.
      await this.updateComplete;
      await this._loadTask.taskComplete.catch(() => undefined);
    }
    const source = this._source;
    const poll = this._poll;
    if (signal.aborted) return false;
    if (!source || source instanceof B24Error || !poll) {
      const reason = source instanceof B24Error ? source : new B24Error('BAD_RESPONSE', 'the poll is not loaded');
      this._report(action, reason, { show: true });
      return false;
    }

    let ballot: Ballot | undefined;
    if (action === 'vote') {
      try {
        ballot = validateBallot(poll, given ?? this._selection.toBallot(poll));
      } catch (error) {
        this._report('vote', error as B24Error, { show: true, ballot: given ?? this._selection.toBallot(poll) });
        return false;
      }
      const submit = createVoteEvent('vote-submit', { ballot: Object.freeze(structuredClone(ballot)) }, true);
      if (!this.dispatchEvent(submit)) return false;
    }

    this._busy = action;
    this._failure = null;
    this._announce(this._messages.working);
    try {
      const result = await this._send(action, source, ballot, signal);
      if (signal.aborted) return false;
      this._succeeded(action, result, ballot);
      return true;
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return false;
      const failure = isB24Error(error) ? error : new B24Error('BAD_RESPONSE', 'unexpected answer');
      const truth = await this._reread(action, source, failure, signal);
      if (signal.aborted) return false;
      if (truth && writeTookEffect(action, truth.poll, ballot)) {
        this._succeeded(action, truth, ballot);
        return true;
      }
      if (truth) {
        this._applyResult(truth);
        this._fire('vote-load', { attach: truth.attach });
      }
      this._busy = null; // before the report: focus goes to a Retry button that must not be disabled
      this._report(action, failure, { show: true, ballot });
      return false;
    } finally {
      if (!signal.aborted) this._busy = null;
    }
  }

  private _send(action: WriteAction, source: Source, ballot: Ballot | undefined, signal: AbortSignal): Promise<PollResult> {
    // Elements showing the same poll through the same transport (the same user) share one request for the same write.
    const key = `${action} ${source.key} ${ballot ? ballotKey(ballot) : ''}`;
    return sharedWrite(source.transport, key, signal, (shared) => {
      const options = { signal: shared };
      switch (action) {
        case 'vote':
          return vote(source.transport, source.ref, ballot!, options);
        case 'recall':
          return recall(source.transport, source.ref, options);
        case 'stop':
          return stop(source.transport, source.ref, options);
        case 'resume':
          return resume(source.transport, source.ref, options);
      }
    });
  }

  /**
   * After an answer was lost (or the portal says the poll changed under us) the write may or may not have been
   * stored. Never re-send blindly: read the poll again and show the truth.
   */
  private async _reread(action: WriteAction, source: Source, failure: B24Error, signal: AbortSignal): Promise<PollResult | null> {
    const lost = lostAnswerCodes.has(failure.code) || failure.status >= 500;
    const stale = failure.code === '32' || (failure.code === '403' && action === 'vote');
    if (!lost && !stale) return null;
    try {
      return await getPoll(source.transport, source.ref, { signal });
    } catch {
      return null;
    }
  }

  private _succeeded(action: WriteAction, result: PollResult, ballot: Ballot | undefined): void {
    const m = this._messages;
    this._applyResult(result);
    this._failure = null;
    this._changing = false;
    this._confirmingClose = false;
    this._busy = null;
    this._selection.resetFrom(result.poll);
    this._dropVoters();
    const source = this._source;
    if (source && !(source instanceof B24Error)) pollUpdates.publish(source.transport, result.attach, this._onPeerUpdate);
    switch (action) {
      case 'vote':
        this._announce(numbersVisible(result.poll) ? m.voteCounted : m.resultsHiddenUntilClosed);
        this._fire('vote-success', { attach: result.attach, ballot: ballot ?? ballotFromPoll(result.poll) });
        this._focusAfterUpdate('.results', '[part~="change-button"]');
        break;
      case 'recall':
        this._selection.clear();
        this._announce(m.voteWithdrawn);
        this._fire('vote-recall', { attach: result.attach });
        this._focusAfterUpdate('input', '.results', '.poll');
        break;
      case 'stop':
      case 'resume':
        this._announce(action === 'stop' ? m.pollClosedNow : m.pollReopened);
        this._fire('vote-load', { attach: result.attach });
        this._focusAfterUpdate(action === 'stop' ? '[part~="reopen-button"]' : '[part~="close-button"]');
        break;
    }
  }

  // ---- errors, events, focus ------------------------------------------------------------------------------------

  private _report(action: VoteAction, error: B24Error, options: { show: boolean; ballot?: Ballot }): void {
    const questionId = errorQuestionId(error);
    const detail: VoteErrorDetail = {
      action,
      code: error.code,
      description: error.description,
      status: error.status,
    };
    if (options.ballot) detail.ballot = options.ballot;
    if (questionId) detail.questionId = questionId;
    if (options.show) {
      this._failure = detail;
      this._announce('');
      // Focus follows the user's own actions only: a poll that fails to load must not pull the page to itself.
      if (action !== 'load') this._focusAfterUpdate(questionId ? `[data-question="${questionId}"] input` : '[part~="retry-button"]', '.error');
    }
    this._fire('vote-error', detail);
  }

  private _fire<K extends 'vote-load' | 'vote-success' | 'vote-recall' | 'vote-error'>(
    type: K,
    detail: Parameters<typeof createVoteEvent<K>>[1],
  ): void {
    if (this.isConnected) this.dispatchEvent(createVoteEvent(type, detail));
  }

  private _announce(text: string): void {
    this._announcement = text;
  }

  /** Focuses the first of `selectors` (tried in order) that exists once the update is done. */
  private _focusAfterUpdate(...selectors: string[]): void {
    void this.updateComplete.then(() => {
      for (const selector of selectors) {
        const target = this.renderRoot.querySelector<HTMLElement>(selector);
        if (target) return target.focus();
      }
    });
  }

  // ---- user input -----------------------------------------------------------------------------------------------

  private _onPick = (question: PollQuestion, answerId: string, checked: boolean): void => {
    this._selection.set(question.id, answerId, question.multiple, checked);
    // A new pick answers a "check your answer" message; other failures stay until the next attempt.
    if (this._failure?.code === 'INVALID_BALLOT') this._failure = null;
    this.requestUpdate();
    const arrow = this._arrowKeyPick;
    this._arrowKeyPick = false;
    if (checked && !arrow && this._submitsOnSelect()) void this.vote();
  };

  private _onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLInputElement;
    if (target.type !== 'radio') return;
    // Arrow keys move a radio group's selection; only a pick by pointer, Space or Enter may submit.
    this._arrowKeyPick = event.key.startsWith('Arrow');
    // Space on a radio that arrows already checked fires no change event: it confirms the pick, like Enter.
    const confirms = event.key === 'Enter' || (event.key === ' ' && target.checked);
    if (confirms && this._submitsOnSelect()) {
      event.preventDefault();
      if (!target.checked) {
        target.checked = true;
        this._selection.set(target.name.slice(1), target.value, false, true);
      }
      void this.vote();
    }
  };

  private _onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.vote();
  };

  private _submitsOnSelect(): boolean {
    return this.submitOnSelect && !this._changing && this._poll !== null && isSingleChoicePoll(this._poll);
  }

  private _onRetry = (): void => {
    const failure = this._failure;
    if (!failure) return;
    if (failure.action === 'load' || failure.action === 'voters') {
      this._focusNextLoad = true;
      void this.refresh();
      return;
    }
    // What is on screen now is what the user means, even if they changed a pick after the failure.
    const onScreen = this._poll ? this._selection.toBallot(this._poll) : {};
    const ballot = Object.keys(onScreen).length ? onScreen : failure.ballot;
    void this._startWrite(failure.action, failure.action === 'vote' ? ballot : undefined);
  };

  private _toggleVoters = (_question: PollQuestion, answer: PollAnswer): void => {
    const current = this._voters.get(answer.id);
    if (current) {
      this._setVoters(answer.id, { ...current, open: !current.open });
      // Opening a list whose last page failed tries that page again.
      if (!current.open && current.failed) void this._loadVoters(answer);
      return;
    }
    this._setVoters(answer.id, { open: true, loading: false, voters: [], total: answer.votes, next: 0, failed: null });
    void this._loadVoters(answer);
  };

  private _moreVoters = (_question: PollQuestion, answer: PollAnswer): void => {
    void this._loadVoters(answer);
  };

  private async _loadVoters(answer: PollAnswer): Promise<void> {
    const source = this._source;
    const current = this._voters.get(answer.id);
    if (!source || source instanceof B24Error || !current || current.loading || current.next === null) return;
    this._setVoters(answer.id, { ...current, loading: true, failed: null });
    // Dropped lists (removal, another poll, a write) abort their pages: nothing stale comes back, nothing leaks.
    const signal = this._votersController.signal;
    try {
      const page = await getAnswerVoted(source.transport, source.ref, answer.id, { start: current.next, signal });
      const latest = this._voters.get(answer.id);
      if (signal.aborted || !latest) return;
      this._setVoters(answer.id, { ...latest, loading: false, voters: [...latest.voters, ...page.voters], total: page.total, next: page.next });
    } catch (error) {
      const latest = this._voters.get(answer.id);
      if (signal.aborted || isAbortError(error) || !latest) return;
      const failure = isB24Error(error) ? error : new B24Error('BAD_RESPONSE', 'voters could not be read');
      // The same message (and the same "can Retry help?") as anywhere else in the element.
      const shown = describeError(this._messages, 'voters', failure.code, failure.description, failure.status);
      this._setVoters(answer.id, { ...latest, loading: false, failed: shown });
      this._report('voters', failure, { show: false });
    }
  }

  private _dropVoters(): void {
    this._votersController.abort();
    this._votersController = new AbortController();
    this._voters = new Map();
  }

  private _setVoters(answerId: string, state: VotersState): void {
    const next = new Map(this._voters);
    next.set(answerId, state);
    this._voters = next;
  }

  // ---- render ---------------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<div part="poll" class="poll" tabindex="-1">
      ${this._renderBody()}
      ${this._renderFailure()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
    </div>`;
  }

  private _renderBody(): TemplateResult | typeof nothing {
    const poll = this._poll;
    const m = this._messages;
    if (!poll) {
      if (this._failure) return nothing;
      return renderSkeleton(shapeCache.get(this._sourceKey()) ?? [3], m.loading);
    }
    const origin = this._origin();
    const form = showsBallotForm(poll, this._changing);
    return html`${form
        ? renderBallotForm({
            poll,
            m,
            origin,
            selection: this._selection,
            submitting: this._busy === 'vote',
            valid: this._ballotValid(poll),
            changing: this._changing,
            submitsOnSelect: this._submitsOnSelect(),
            onPick: this._onPick,
            onKeydown: this._onKeydown,
            onSubmit: this._onSubmit,
            onCancelChange: () => {
              this._changing = false;
              this._selection.resetFrom(poll);
              this._focusAfterUpdate('[part~="change-button"]');
            },
          })
        : renderResults({
            poll,
            m,
            lang: this._lang,
            origin,
            numbers: numbersVisible(poll),
            voters: votersVisible(poll),
            votersOf: (id) => this._voters.get(id),
            onToggleVoters: this._toggleVoters,
            onMoreVoters: this._moreVoters,
          })}
      ${renderFooter({
        poll,
        m,
        origin,
        busy: this._busy,
        inResults: !form,
        confirmingClose: this._confirmingClose,
        onChange: () => {
          if (!canChangeVote(poll)) return;
          this._changing = true;
          this._selection.resetFrom(poll);
          this._focusAfterUpdate('input:checked', 'input');
        },
        onWithdraw: () => void this.recall(),
        onAskClose: () => {
          this._confirmingClose = true;
          this._focusAfterUpdate('[part~="confirm-close-button"]');
        },
        onConfirmClose: () => void this.stop(),
        onCancelClose: () => {
          this._confirmingClose = false;
          this._focusAfterUpdate('[part~="close-button"]');
        },
        onReopen: () => void this.resume(),
      })}`;
  }

  private _renderFailure(): TemplateResult | typeof nothing {
    const failure = this._failure;
    if (!failure) return nothing;
    const question = this._poll?.questions.find((q) => q.id === failure.questionId);
    // Worded at render time, so a language that arrives (or changes) later speaks for the error too.
    const poll = this._poll;
    const open = !!poll && !poll.isFinished && (poll.canVote || poll.canRevote);
    const shown = describeError(this._messages, failure.action, failure.code, failure.description, failure.status, question && plainText(question.text, question.html), open);
    const keepsSelection = failure.action === 'vote' && !!poll && Object.keys(this._selection.toBallot(poll)).length > 0;
    return html`<div class="error" part="error" role="alert" tabindex="-1">
      <p>${shown.text}${keepsSelection && shown.retry ? html` ${this._messages.selectionKept}` : nothing}</p>
      ${shown.retry
        ? html`<button type="button" class="button" part="button retry-button" ?disabled=${this._busy !== null} @click=${this._onRetry}>${this._messages.retry}</button>`
        : nothing}
    </div>`;
  }

  private _ballotValid(poll: Poll): boolean {
    try {
      validateBallot(poll, this._selection.toBallot(poll));
      return true;
    } catch {
      return false;
    }
  }

  private _origin(): string | undefined {
    return this._source && !(this._source instanceof B24Error) ? this._source.transport.origin : undefined;
  }
}



/** Whether a re-read poll shows that a write whose answer was lost did take effect. */
function writeTookEffect(action: WriteAction, poll: Poll, ballot: Ballot | undefined): boolean {
  switch (action) {
    case 'vote':
      return poll.isVoted && ballot !== undefined && ballotKey(ballotFromPoll(poll)) === ballotKey(ballot);
    case 'recall':
      return !poll.isVoted;
    case 'stop':
      return poll.isFinished;
    case 'resume':
      return !poll.isFinished;
  }
}
