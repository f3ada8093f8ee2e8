import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { errorQuestionId } from './api/ballot-error.js';
import { loadPoll, pollUpdates } from './api/poll-loader.js';
import { normalizeAttach } from './api/normalize.js';
import { toPollRef, refKey } from './api/poll-ref.js';
import type { Ballot, Poll, PollAnswer, PollQuestion, PollRef, RawAttach } from './api/types.js';
import type { PollResult } from './api/vote-call.js';
import { resolveTransport } from './connection/resolve-transport.js';
import { createVoteEvent, type VoteAction, type VoteErrorDetail } from './events.js';
import { loadAuthorTools, loadAutoRefresh, loadVoterLists, loadWrites, type AuthorToolsFeature, type VoterListsFeature, type WritesFeature } from './features/load-features.js';
import { loadMessages, messagesIfLoaded, resolveLang, shippedLanguage, withOverrides } from './i18n/localize.js';
import type { MessageOverrides, VoteMessages } from './i18n/types.js';
import { en } from './i18n/en.js';
import { LanguageObserver } from './i18n/language-observer.js';
import { canChangeVote, isSingleChoicePoll, numbersVisible, showsBallotForm, votersVisible } from './state/display-rules.js';
import { describeError } from './state/error-message.js';
import { Selection } from './state/selection.js';
import type { AutoRefresh } from './features/auto-refresh.js';
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

/** The actions that change a poll. */
export type WriteAction = 'vote' | 'recall' | 'stop' | 'resume';

/** Where the poll comes from: a valid ref and the transport to ask. */
export interface PollSource {
  ref: PollRef;
  key: string;
  transport: B24Transport;
}

/**
 * A part of the element whose chunk could not be fetched (the network went away after the page loaded). Browsers
 * remember a failed module fetch for the page's lifetime, so Retry could never help: only a reload does.
 */
const partMissing = (): B24Error => new B24Error('MODULE_UNAVAILABLE', 'a part of b24-attached-vote could not be loaded');
/** The option attributes, what they accept, and what happens otherwise. */
const optionRules = [
  ['refreshInterval', 'refresh-interval', (v: unknown) => Number.isFinite(Number(v ?? 0)) && Number(v ?? 0) >= 0, 'is not a number of seconds (0 or more); refreshing is off'],
  ['loading', 'loading', (v: unknown) => v == null || v === 'eager' || v === 'lazy', 'is not "eager" or "lazy"; the poll loads at once'],
  ['theme', 'theme', (v: unknown) => v == null || v === 'light' || v === 'dark', 'is not "light" or "dark"; the page\'s color scheme is followed'],
] as const;
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

  // Members marked @internal are used by the on-demand features (src/features/); they are not public API.
  /** @internal The poll on screen. */
  @state() _poll: Poll | null = null;
  /** @internal The user is changing a vote: the form is shown over the results. */
  @state() _changing = false;
  /** @internal The write in flight. */
  @state() _busy: VoteAction | null = null;
  /** @internal The failure on screen. */
  @state() _failure: VoteErrorDetail | null = null;
  /** @internal The author is asked to confirm "Close poll". */
  @state() _confirmingClose = false;
  /** @internal The poll should load (near the viewport, or not lazy). */
  @state() _visible = false;
  /** @internal The messages in the element's language. */
  @state() _messages: VoteMessages = en;
  /** @internal Answer ID -> its voters list. */
  @state() _voters = new Map<string, VotersState>();
  /** @internal Aborts the voters pages in flight when the lists are dropped (removal, another poll, a write). */
  _votersController = new AbortController();
  /** @internal Where the poll comes from, or why it cannot load. */
  _source: PollSource | B24Error | null = null;
  /** @internal The user's picks. */
  _selection = new Selection();

  @state() private _announcement = '';
  @state() private _voterLists: VoterListsFeature | undefined;
  @state() private _authorTools: AuthorToolsFeature | undefined;
  private _lang = 'en';
  private _write: { action: WriteAction; promise: Promise<boolean>; controller: AbortController } | null = null;
  /** @internal The load in flight was started by `refresh-interval`. */
  _periodic = false;
  private _autoRefresh: AutoRefresh | undefined;
  private _loadAborted = false;
  private _writeAborted = false;
  /** The next load was asked for by the user (Retry): focus follows it. */
  private _focusNextLoad = false;
  private _periodicFailing = false;
  private _intersection: IntersectionObserver | undefined;
  private _unsubscribe: (() => void) | undefined;
  private _arrowKeyPick = false;

  /** @internal Loads the poll whenever its source changes. */
  _loadTask = new Task(this, {
    args: () => [this._source, this._visible] as const,
    task: async ([source, visible], { signal }) => {
      if (!visible || source === null) return initialState;
      if (source instanceof B24Error) throw source;
      const result = await loadPoll(source.transport, source.ref, { signal });
      // The author sees the poll with its tools at once, not a moment later.
      if (result.poll.canEdit) await this._loadAuthorTools();
      return result;
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
    this._watchVisibility();
    // Moved in the DOM: a load aborted by the removal starts again, and a write cut off by it may or may not have
    // been stored, so the poll is read again to show the truth.
    if ((this._loadAborted && !this._poll) || this._writeAborted) void this.refresh();
    this._loadAborted = false;
    this._writeAborted = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this._onOnline);
    this._intersection?.disconnect();
    this._intersection = undefined;
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
    if (changed.has('refreshInterval')) this._updateAutoRefresh();
    if (changed.has('refreshInterval') || changed.has('loading') || changed.has('theme')) this._checkOptions(changed);
  }

  /**
   * Option attributes the element cannot use are reported (`vote-error`, `INVALID_CONFIG`, naming the attribute)
   * and their default applies: a bad theme or refresh interval must not keep the poll from showing.
   */
  private _checkOptions(changed: PropertyValues<this>): void {
    for (const [name, attribute, valid, why] of optionRules) {
      const value = this[name];
      if (!changed.has(name) || valid(value)) continue;
      const given = JSON.stringify(String(this.getAttribute(attribute) ?? value).slice(0, 40));
      this._report('load', new B24Error('INVALID_CONFIG', `${attribute}: ${given} ${why}`), { show: false });
    }
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
    let next: PollSource | B24Error;
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

  private _updateAutoRefresh(): void {
    if (this._autoRefresh) return this._autoRefresh.schedule();
    if (!(Number(this.refreshInterval) > 0)) return;
    // Without its chunk (offline) the poll simply is not refreshed; the next change of the attribute tries again.
    loadAutoRefresh().then((m) => void (this._autoRefresh ??= new m.AutoRefresh(this)), () => undefined);
  }

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

  /** @internal Puts a poll the portal sent on screen and listens for peers' writes to it. */
  _applyResult(result: PollResult): void {
    this._poll = result.poll;
    if (result.poll.canEdit) void this._loadAuthorTools();
    shapeCache.set(this._sourceKey(), result.poll.questions.map((q) => q.answers.length));
    const source = this._source;
    if (source && !(source instanceof B24Error) && !this._unsubscribe) {
      this._unsubscribe = pollUpdates.subscribe(source.transport, result.poll.id, this._onPeerUpdate);
    }
  }

  /** @internal Another element showing the same poll for the same user wrote to it: show the new state. */
  _onPeerUpdate = (attach: RawAttach): void => {
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
    const { signal } = controller;
    const perform = (writes: WritesFeature): Promise<boolean> => writes.performWrite(this, action, ballot, signal);
    let started: Promise<boolean>;
    if (loadWrites.loaded) {
      started = perform(loadWrites.loaded);
    } else {
      // The first write waits for its chunk: say "Voting…" at once, as the write itself will.
      this._busy = action;
      started = loadWrites().then(
        (writes) => {
          if (signal.aborted) return false;
          this._busy = null;
          return perform(writes);
        },
        () => {
          if (signal.aborted) return false;
          this._busy = null;
          const picked = action === 'vote' && this._poll ? this._selection.toBallot(this._poll) : undefined;
          this._report(action, partMissing(), { show: true, ballot: ballot ?? picked });
          return false;
        },
      );
    }
    const promise = started.catch(() => false);
    const write = { action, promise, controller };
    this._write = write;
    void promise.finally(() => {
      if (this._write === write) this._write = null;
    });
    return promise;
  }

  /** Starts loading the write flow when the user reaches for the poll, so a click rarely waits for it. */
  private _warmUp = (): void => {
    loadWrites().catch(() => undefined);
  };

  // ---- errors, events, focus ------------------------------------------------------------------------------------

  /** @internal Reports a failure (`vote-error`) and, with `show`, puts it on screen. */
  _report(action: VoteAction, error: B24Error, options: { show: boolean; ballot?: Ballot }): void {
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

  /** @internal Fires one of the element's events, unless the element was removed. */
  _fire<K extends 'vote-load' | 'vote-success' | 'vote-recall' | 'vote-error'>(
    type: K,
    detail: Parameters<typeof createVoteEvent<K>>[1],
  ): void {
    if (this.isConnected) this.dispatchEvent(createVoteEvent(type, detail));
  }

  /** @internal Says `text` through the live region. */
  _announce(text: string): void {
    this._announcement = text;
  }

  /** @internal Focuses the first of `selectors` (tried in order) that exists once the update is done. */
  _focusAfterUpdate(...selectors: string[]): void {
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
    void loadVoterLists().then(
      (lists) => {
        this._voterLists = lists;
        lists.toggleVoters(this, answer);
      },
      () => this._report('voters', partMissing(), { show: true }),
    );
  };

  private _moreVoters = (_question: PollQuestion, answer: PollAnswer): void => {
    void this._voterLists?.loadVoters(this, answer);
  };

  /** Loads the author's tools once; a poll whose tools could not load still shows (and the next poll tries again). */
  private async _loadAuthorTools(): Promise<void> {
    if (this._authorTools) return;
    try {
      this._authorTools = await loadAuthorTools();
    } catch {
      // Without its chunk the author sees the poll without Close / Reopen until the next load.
    }
  }

  /** @internal Drops the voters lists and aborts their pages in flight. */
  _dropVoters(): void {
    this._votersController.abort();
    this._votersController = new AbortController();
    this._voters = new Map();
  }

  // ---- render ---------------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<div part="poll" class="poll" tabindex="-1" @pointerover=${this._warmUp} @focusin=${this._warmUp}>
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
            valid: this._selection.readyFor(poll),
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
            renderVoters: this._voterLists?.renderVoters,
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
        authorTools: this._authorTools?.renderAuthorTools,
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

  private _origin(): string | undefined {
    return this._source && !(this._source instanceof B24Error) ? this._source.transport.origin : undefined;
  }
}
