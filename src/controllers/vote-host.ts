/**
 * The element's parts, wired together: the store, the source, language, visibility and load controllers, the
 * write gate and the features. This class is the one implementation of the port that the features receive; the
 * element keeps its properties, public methods and rendering.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorQuestionId } from '../api/ballot-error.js';
import { normalizeAttach } from '../api/normalize.js';
import type { Ballot, Poll, RawAttach } from '../api/types.js';
import type { PollResult } from '../api/vote-call.js';
import { emitVoteEvent, type VoteAction, type VoteErrorDetail } from '../events.js';
import { AuthorToolsController } from '../features/author-tools.js';
import { AutoRefreshController } from '../features/auto-refresh.js';
import { WritesController } from '../features/writes.js';
import type { VoterListsController } from '../features/voter-lists.js';
import type { MessageOverrides, VoteMessages } from '../i18n/types.js';
import { optionErrors, optionNames, type OptionValues } from '../state/option-rules.js';
import type { B24Error } from '../transport/b24-error.js';
import { votersVisible } from '../state/display-rules.js';
import { LanguageController } from './language-controller.js';
import { lazyFeature } from './lazy-feature.js';
import { LoadController } from './load-controller.js';
import type { FailOptions, PollChange, PollSource, PortEventMap, ShowReason, VotePort, WriteAction } from './port.js';
import { ReservedBox } from './reserved-box.js';
import { SourceController, type SourceInputs } from './source-controller.js';
import { namesPoll } from './source-resolution.js';
import { VoteStore } from './store.js';
import { VisibilityController } from './visibility-controller.js';
import { WarmUpController } from './warm-up-controller.js';
import { WriteGate } from './write-gate.js';

/** The element's inputs the parts read: what names the poll, and the options. */
export interface HostInputs extends SourceInputs, OptionValues {
  messages?: MessageOverrides | undefined;
  loading?: string | undefined;
  hideVoters?: boolean | undefined;
}

// The write flow ships in the entry (a click must never wait for a chunk). Voter lists, which few users open, load
// on demand.
const voterListsFeature = lazyFeature(() => import('../features/voter-lists.js'));

/** The port, implemented over the element's controllers. */
export class VoteHost implements VotePort {
  /** The screen state. */
  readonly store: VoteStore;
  /** The resolved language and messages. */
  readonly language: LanguageController;
  /** Which poll, through which transport. */
  readonly sources: SourceController;
  /** `loading="lazy"`. */
  readonly visibility: VisibilityController;
  /** The load and refreshes. */
  readonly load: LoadController;
  private gate: WriteGate | undefined;
  private tools: AuthorToolsController | undefined;
  private readonly box: ReservedBox;
  private lists: VoterListsController | undefined;
  private readonly listeners = new Set<(change: PollChange) => void>();
  /** Options changed while the element was idle: checked once a poll is named. */
  private readonly uncheckedOptions = new Set<keyof OptionValues>();

  constructor(
    private readonly element: ReactiveControllerHost & HTMLElement,
    private readonly inputs: HostInputs,
  ) {
    this.store = new VoteStore(element);
    this.language = new LanguageController(element, () => inputs.messages);
    this.sources = new SourceController(element, inputs, {
      change: () => this.store.drop(),
      end: () => this.tell('drop'),
    });
    this.visibility = new VisibilityController(element, () => inputs.loading);
    this.load = new LoadController(element, this, this.sources, this.visibility, this.store, this.language);
    this.box = new ReservedBox(element, this.store, this.sources);
  }

  /**
   * Builds the parts the first load's request does not need. Called before the first update, once that request
   * has left (send first): their set-up then overlaps the round trip instead of delaying it.
   */
  buildRest(): void {
    if (this.tools) return;
    void this.writes;
    this.tools = new AuthorToolsController(this);
    new AutoRefreshController(this, () => this.inputs.refreshInterval);
    new WarmUpController(this.element, this.store, this.language, this.load);
  }

  /** The one way into a write (built when first used, if a method asks before the first update). */
  get writes(): WriteGate {
    return (this.gate ??= new WriteGate(this.element, this, (port) => new WritesController(port), this.load));
  }

  /** The author's Close / Reopen. */
  get authorTools(): AuthorToolsController {
    this.buildRest();
    return this.tools!;
  }

  /**
   * Reports each changed option the element cannot use as given (`vote-error`, not shown). An idle element
   * validates and reports nothing: the options changed meanwhile are checked once a poll is named.
   */
  checkOptions(changed: (name: keyof OptionValues) => boolean, attribute: (name: string) => string | null): void {
    for (const name of optionNames) if (changed(name)) this.uncheckedOptions.add(name);
    if (!namesPoll(this.inputs)) return;
    const errors = optionErrors(this.inputs, (name) => this.uncheckedOptions.has(name), attribute);
    this.uncheckedOptions.clear();
    for (const error of errors) this.fail('load', error, { show: false });
  }

  /** The voter lists, once their chunk has loaded (`withVoterLists`). */
  get voterLists(): VoterListsController | undefined {
    return this.lists;
  }

  /** Loads the voter lists (once) and hands them over; reports a chunk that cannot load. */
  withVoterLists(use: (lists: VoterListsController) => void): void {
    voterListsFeature.load().then(
      ({ VoterListsController }) => use((this.lists ??= new VoterListsController(this))),
      (error: B24Error) => this.fail('voters', error, { show: true }),
    );
  }

  // ---- the port ------------------------------------------------------------------------------------------------

  get source(): PollSource | null {
    return this.sources.valid;
  }

  get messages(): VoteMessages {
    return this.language.messages;
  }

  get lang(): string {
    return this.language.lang;
  }

  get hideVoters(): boolean {
    return this.inputs.hideVoters === true;
  }

  get signal(): AbortSignal {
    return this.sources.signal;
  }

  get updateComplete(): Promise<boolean> {
    return this.element.updateComplete;
  }

  addController(controller: ReactiveController): void {
    this.element.addController(controller);
  }

  removeController(controller: ReactiveController): void {
    this.element.removeController(controller);
  }

  requestUpdate(): void {
    this.element.requestUpdate();
  }

  loaded(): Promise<Poll> {
    return this.load.loaded();
  }

  refresh(options?: { periodic?: boolean; quiet?: boolean }): Promise<boolean> {
    return this.load.refresh(options);
  }

  show(result: PollResult, reason: ShowReason): void {
    this.store.show(result, reason);
    this.box.shown();
    this.sources.follow(result.poll.id, this.onPeerWrite);
    if (reason === 'write') this.sources.publish(result.attach);
    this.tell(reason);
  }

  onChange(listener: (change: PollChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  fail(action: VoteAction, error: B24Error, options: FailOptions): void {
    const questionId = errorQuestionId(error);
    const { code, description, status } = error;
    // Known by where it was made, never by its spelling: only the package's own errors are `element`.
    const source = error.source === 'element' ? 'element' : 'portal';
    const detail: VoteErrorDetail = { action, code, description, status, source };
    if (options.ballot) detail.ballot = options.ballot;
    if (questionId) detail.questionId = questionId;
    if (options.show) {
      this.store.fail(detail);
      // Focus follows the user's own actions only: a poll that fails to load must not pull the page to itself.
      const first = questionId ? `[data-question="${questionId}"] input` : options.focus ?? '[part~="retry-button"]';
      if (action !== 'load') this.focus(first, '[part~="retry-button"]', '.error');
    }
    this.emit('vote-error', detail);
  }

  begin(action: VoteAction, ballot?: Ballot): void {
    this.store.attempt(action, this.messages.working, ballot);
  }

  setBusy(action: VoteAction | null): void {
    this.store.setBusy(action);
  }

  setWaiting(waiting: boolean): void {
    this.store.setWaiting(waiting);
  }

  announce(text: string): void {
    this.store.announce(text);
  }

  focus(...selectors: string[]): void {
    void this.element.updateComplete.then(() => {
      const root = this.element.shadowRoot ?? this.element;
      for (const selector of selectors) {
        const target = root.querySelector<HTMLElement>(selector);
        if (target) return target.focus();
      }
    });
  }

  emit<K extends keyof PortEventMap>(type: K, detail: PortEventMap[K]['detail'], cancelable = false): boolean {
    // A removed element fires nothing.
    return this.element.isConnected && emitVoteEvent(this.element, type, detail, cancelable);
  }

  write(action: WriteAction, ballot?: Ballot): Promise<boolean> {
    return this.writes.run(action, ballot);
  }

  private tell(change: PollChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Another element showing the same poll for the same user wrote to it: show the new state. */
  private onPeerWrite = (attach: RawAttach): void => {
    let poll: Poll;
    try {
      poll = normalizeAttach(attach);
    } catch {
      return; // a broken attach from a peer changes nothing here; our own next load reports it
    }
    this.show({ attach, poll }, 'peer');
    this.emit('vote-load', { attach });
    // The write's attach has no voters: one quiet read brings the faces back (peers of one transport share it).
    if (votersVisible(poll, this.hideVoters)) void this.load.refresh({ quiet: true });
  };
}
