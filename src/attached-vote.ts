import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Ballot, Poll, PollAnswer, PollQuestion } from './api/types.js';
import { VoteHost } from './controllers/vote-host.js';
import type { MessageOverrides } from './i18n/types.js';
import {
  canChangeVote, isSingleChoicePoll, showsBallotForm, votersVisible,
} from './state/display-rules.js';
import type { B24Transport } from './transport/types.js';
import { styles } from './attached-vote.styles.js';
import { renderBallotForm } from './views/ballot-form.js';
import { renderFooter } from './views/footer.js';
import { renderFailure } from './views/failure.js';
import { renderResults } from './views/results.js';
import { DeferredStyles } from './util/deferred-styles.js';
import { renderSkeleton } from './views/skeleton.js';

/** The element's life cycle, as `status` reports it. */
export type VoteStatus = 'idle' | 'loading' | 'ready' | 'submitting' | 'error';

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
 * @fires {CustomEvent<VoteErrorDetail>} vote-error - Something failed.
 *   Detail: `{ action, code, description, status, ballot?, questionId? }`.
 *
 * @csspart poll - The outer box.
 * @csspart skeleton - The placeholder shown while loading, in the box reserved for the poll (`--b24-vote-reserve`).
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
 * @csspart question-voters - A question's "N voted" (polls with several questions).
 * @csspart faces - Up to three voters' avatars beside an answer's count.
 * @csspart face - One voter's avatar (an image, or initials when there is none), in the results and voter lists.
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
 * @csspart wait-note - "Bitrix24 is busy, your vote is waiting" during a long rate-limit wait.
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
 * @cssprop [--b24-vote-fill=var(--b24-vote-accent)] - Result fill of an answer (drawn at 55 % opacity in neutral).
 * @cssprop [--b24-vote-mine=#2fc6f6] - Result fill of the user's own picks (the stronger fill; also marked in text).
 * @cssprop [--b24-vote-track=light-dark(#eef1f4, #2c323a)] - Track of result bars (bitrix24: answer rows), skeleton.
 * @cssprop [--b24-vote-danger=light-dark(#c0262d, #ff8a8f)] - Errors and the close confirmation.
 * @cssprop [--b24-vote-radius=12px] - Corner radius of the box (buttons use half).
 * @cssprop [--b24-vote-spacing=12px] - Base spacing.
 * @cssprop [--b24-vote-bar-height=6px] - Height of result bars (bitrix24: of the bar in forced colors).
 * @cssprop [--b24-vote-reserve=300px] - Height reserved for a poll while it loads, until its height at this width is
 *   known from an earlier showing; `none`: nothing reserved (the page sizes the box).
 */
export class B24AttachedVote extends LitElement {
  static override styles = styles;

  // Static declarations rather than decorators: the same options, without a decorator call per property.
  static override properties = {
    attachId: { attribute: 'attach-id' }, moduleId: { attribute: 'module-id' },
    entityType: { attribute: 'entity-type' }, entityId: { attribute: 'entity-id' },
    signedAttachId: { attribute: 'signed-attach-id' },
    webhookUrl: { attribute: 'webhook-url' },
    transport: { attribute: false }, messages: { attribute: false },
    theme: { reflect: true }, appearance: { reflect: true },
    submitOnSelect: { type: Boolean, attribute: 'submit-on-select' },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    hideVoters: { type: Boolean, attribute: 'hide-voters' },
    loading: {},
  };

  /** The poll's attach ID (`attach.ID`); wins over the other ways to name a poll. */
  declare attachId?: number | string;

  /** Module of the poll's entity: `im` (chat message) or `blog` (feed post); case-insensitive. */
  declare moduleId?: string;

  /** Connector class of the entity; defaults from `module-id` (`im`, `blog`). */
  declare entityType?: string;

  /** Chat message ID or post ID the poll is attached to. */
  declare entityId?: number | string;

  /** The signed attach ID (`attach.signedAttachId`): read access like a share link. */
  declare signedAttachId?: string;

  /** Incoming webhook URL `https://portal/rest/{userId}/{code}/`. Never on a public page: anyone can use it. */
  declare webhookUrl?: string;

  /** The transport: any object with `call(method, params, { signal })`. Wins over `webhook-url` and BX24. */
  declare transport?: B24Transport;

  /** Message overrides: message key -> string or function, over any language. */
  declare messages?: MessageOverrides;

  /** Force `light` or `dark`; by default the element follows `prefers-color-scheme`. */
  declare theme?: 'light' | 'dark';
  /** `bitrix24`: Bitrix24's own look, the kit's Air design (README, "Looks"); `neutral` (default): the element's. */
  declare appearance?: 'neutral' | 'bitrix24';

  /** A single-question single-choice poll votes as soon as an answer is picked (pointer, Space, Enter). */
  submitOnSelect = false;

  /** Seconds between refreshes of the results (0: off). Paused while the page is hidden. */
  refreshInterval = 0;

  /** No faces and no voter lists: for pages where who voted must not show (e.g. a poll shared by signed ID). */
  hideVoters = false;

  /** `lazy`: load only when the element comes near the viewport. */
  loading: 'eager' | 'lazy' = 'eager';

  readonly #host = new VoteHost(this, this);
  readonly #styles = new DeferredStyles(this);
  /** The pick in progress came from an arrow key, which only moves a radio group's selection. */
  #arrowKeyPick = false;

  /** The normalized poll, or null before it loads. */
  get poll(): Poll | null {
    return this.#host.store.poll;
  }

  /** Where the element is in its life cycle. */
  get status(): VoteStatus {
    const { store, load, visibility, sources } = this.#host;
    if (store.busy) return 'submitting';
    if (store.failure) return 'error';
    if (store.poll) return 'ready';
    if (load.pending || (visibility.visible && (sources.current || sources.waiting))) return 'loading';
    return 'idle';
  }

  /** The first render waits for the first load's request to be on its way (`LoadController.firstRequestSent`);
   *  what that request does not need (the stylesheet, the write gate, the features) is set up only then. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      await this.#host.load.firstRequestSent;
      this.#host.buildRest();
      this.#styles.adopt();
    }
    super.scheduleUpdate();
  }

  /** The shadow root without the stylesheet (see `scheduleUpdate`); a server-rendered one keeps Lit's way. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.#styles.root() ?? super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#host.checkOptions((name) => changed.has(name), (name) => this.getAttribute(name));
  }

  /** Re-reads the poll. Resolves true on success; failures are reported by `vote-error`. */
  refresh(): Promise<boolean> {
    return this.#host.load.refresh();
  }

  /**
   * Sends a ballot (the current selection when none is given). Resolves true when the portal accepted it, false
   * otherwise: a failure (reported by `vote-error`), a `vote-submit` the host cancelled, another action still in
   * flight, or the element not on the page. Never rejects; the same holds for `recall`, `stop` and `resume`.
   */
  vote(ballot?: Ballot): Promise<boolean> {
    return this.#host.write('vote', ballot);
  }

  /** Withdraws the user's vote. */
  recall(): Promise<boolean> {
    return this.#host.write('recall');
  }

  /** Closes the poll (author only). */
  stop(): Promise<boolean> {
    return this.#host.write('stop');
  }

  /** Reopens a closed poll (author only). */
  resume(): Promise<boolean> {
    return this.#host.write('resume');
  }

  // ---- user input -----------------------------------------------------------------------------------------------

  #onPick = (question: PollQuestion, answerId: string, checked: boolean): void => {
    this.#host.store.pick(question.id, answerId, question.multiple, checked);
    const arrow = this.#arrowKeyPick;
    this.#arrowKeyPick = false;
    if (checked && !arrow && this.#submitsOnSelect()) void this.vote();
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLInputElement;
    if (target.type !== 'radio') return;
    this.#arrowKeyPick = event.key.startsWith('Arrow');
    // Space on a radio that arrows already checked fires no change event: it confirms the pick, like Enter.
    const confirms = event.key === 'Enter' || (event.key === ' ' && target.checked);
    if (confirms && this.#submitsOnSelect()) {
      event.preventDefault();
      if (!target.checked) {
        target.checked = true;
        this.#host.store.pick(target.name.slice(1), target.value, false, true);
      }
      void this.vote();
    }
  };

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.vote();
  };

  #submitsOnSelect(): boolean {
    const { screen: poll, changing } = this.#host.store;
    return this.submitOnSelect && !changing && poll !== null && isSingleChoicePoll(poll);
  }

  #onRetry = (): void => {
    const { failure, poll, selection } = this.#host.store;
    if (!failure) return;
    if (failure.action === 'load' || failure.action === 'voters') {
      void this.#host.load.refresh({ focus: true });
      return;
    }
    // What is on screen now is what the user means, even if they changed a pick after the failure.
    const onScreen = poll ? selection.toBallot(poll) : {};
    const ballot = Object.keys(onScreen).length ? onScreen : failure.ballot;
    void this.#host.write(failure.action, failure.action === 'vote' ? ballot : undefined);
  };

  #setChanging(changing: boolean, ...focus: string[]): void {
    this.#host.store.setChanging(changing);
    this.#host.focus(...focus);
  }

  #toggleVoters = (answer: PollAnswer): void => {
    this.#host.withVoterLists((lists) => lists.toggle(answer));
  };

  #moreVoters = (answer: PollAnswer): void => {
    void this.#host.voterLists?.more(answer);
  };

  // ---- render ---------------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const { store, sources, language } = this.#host;
    const { failure, poll, busy, selection } = store;
    // Idle (no poll named yet): an empty box of zero height, so a framework's late properties cause no jump.
    // Loading: nothing to see, in the box the host reserves (controllers/reserved-box.ts).
    const placeholder = !poll && !failure && !sources.idle;
    const box = sources.idle ? 'poll idle' : placeholder ? 'poll loading' : 'poll';
    return html`<div part="poll" class=${box} tabindex="-1">
      ${this.#renderBody()}
      ${failure
        ? renderFailure({ failure, poll, m: language.messages, busy: busy !== null, selection, onRetry: this.#onRetry })
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${store.announcement}</div>
    </div>`;
  }

  #renderBody(): TemplateResult | typeof nothing {
    const { store, language, sources, authorTools, voterLists } = this.#host;
    const { screen: poll, busy, changing, selection, pending } = store;
    const m = language.messages;
    if (!poll) return store.failure || sources.idle ? nothing : renderSkeleton(m.loading);
    const origin = sources.valid?.transport.origin;
    const form = showsBallotForm(poll, changing && !pending);
    return html`${form
        ? renderBallotForm({
            poll,
            m,
            origin,
            selection,
            submitting: busy === 'vote',
            busy: !!pending, valid: !busy && selection.readyFor(poll),
            changing,
            submitsOnSelect: this.#submitsOnSelect(),
            onPick: this.#onPick,
            onKeydown: this.#onKeydown,
            onSubmit: this.#onSubmit,
            onCancelChange: () => this.#setChanging(false, '[part~="change-button"]'),
          })
        : renderResults({
            poll,
            m,
            lang: language.lang,
            origin,
            busy: !!pending,
            voters: votersVisible(poll, this.hideVoters),
            votersOf: (id) => voterLists?.of(id),
            renderVoters: voterLists?.render,
            onToggleVoters: this.#toggleVoters,
            onMoreVoters: this.#moreVoters,
          })}
      ${renderFooter({
        poll,
        m,
        origin,
        busy,
        waiting: store.waiting, slow: store.slow,
        inResults: !form,
        onChange: () => !busy && canChangeVote(poll) && this.#setChanging(true, 'input:checked', 'input'),
        onWithdraw: () => !busy && void this.recall(),
        authorTools: authorTools.render(),
      })}`;
  }
}
