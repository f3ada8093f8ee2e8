/**
 * Loading the poll: a @lit/task run whenever the source changes or the poll becomes visible, `refresh()` on
 * demand, periodic refreshes whose failures are reported once per run of failures, and a reload after a removal
 * cut a load or a write short (the element was moved) or when the browser comes back online after a failed load.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialState, Task, TaskStatus } from '@lit/task';
import { loadPoll } from '../api/poll-loader.js';
import type { Poll } from '../api/types.js';
import type { PollResult } from '../api/vote-call.js';
import { isAbortError } from '../transport/abort.js';
import { asB24Error, B24Error } from '../transport/b24-error.js';
import { afterNextPaint } from '../util/after-paint.js';
import type { PollSource, VotePort } from './port.js';
import type { SourceController } from './source-controller.js';
import type { VisibilityController } from './visibility-controller.js';
import type { VoteStore } from './store.js';

/** What a refresh was asked for with (see `refresh`); `focus`: the user asked (Retry), so focus follows the poll. */
interface RefreshOptions {
  periodic?: boolean;
  quiet?: boolean;
  focus?: boolean;
}

/** The poll's load and refresh. */
export class LoadController implements ReactiveController {
  private readonly task: Task<readonly [PollSource | B24Error | null, boolean], PollResult | typeof initialState>;
  /** The options of the refresh in flight (none for a load the element started). */
  private run: RefreshOptions = {};
  /** A periodic refresh failed; the run of failures has been reported. */
  private periodicFailing = false;
  /**
   * A removal cut off a read with no poll on screen, or a write that may or may not have been stored: a move puts
   * the element back and the poll is read again. Set here and by the write gate (`readWhenBack`).
   */
  private cutOff = false;
  /** Why the last load ended without a poll, and whether that was reported; null after a success or an abort. */
  private failure: { error: B24Error; reported: boolean } | null = null;
  /** The store's write count when the run in flight started: a write begun since makes its answer stale. */
  private since = 0;
  private markFirstSent!: () => void;
  /**
   * Settles once the first load's request has been handed to the transport, or at once when the element does not
   * load as it connects (nothing named yet, lazy, a configuration error). The first render waits for it, so that
   * the request leaves before the render's work.
   */
  readonly firstRequestSent = new Promise<void>((resolve) => {
    this.markFirstSent = resolve;
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly port: VotePort,
    private readonly source: SourceController,
    private readonly visibility: VisibilityController,
    private readonly store: VoteStore,
    language: { ready(): Promise<void> },
  ) {
    this.task = new Task(host, {
      args: () => [source.current, visibility.visible] as const,
      task: async ([current, visible], { signal }) => {
        try {
          if (!visible || current === null) return initialState;
          if (current instanceof B24Error) throw current;
          this.since = store.writeCount;
          // The poll and its language arrive together, so the poll renders once, in the resolved language.
          const onSent = this.markFirstSent;
          const [result] = await Promise.all([loadPoll(current.transport, current.ref, { signal, onSent }), language.ready()]);
          return result;
        } finally {
          this.markFirstSent(); // a run that sent nothing must not hold the first render
        }
      },
      // The poll arrived.
      onComplete: (value) => {
        const result = value as PollResult;
        const { focus } = this.run;
        this.run = {};
        this.failure = null;
        this.periodicFailing = false;
        // A read that left before the latest write knows nothing of it: the screen keeps what it shows.
        if (store.writeCount === this.since) port.show(result, 'load');
        if (focus) port.focus('input', '.results', '.poll');
        port.emit('vote-load', { attach: result.attach });
      },
      // The load failed, or was aborted (silently).
      onError: (error) => {
        const { periodic, quiet } = this.run;
        this.run = {};
        this.failure = null;
        if (isAbortError(error)) return;
        const failure = asB24Error(error, 'BAD_RESPONSE', 'the poll could not be read');
        // A refresh that fails keeps the results on screen and is reported once per run of failures.
        const reported = !quiet && !(periodic && this.periodicFailing);
        this.failure = { error: failure, reported };
        if (!reported) return;
        if (periodic) this.periodicFailing = true;
        port.fail('load', failure, { show: !periodic || !store.poll });
      },
    });
    host.addController(this);
  }

  /** A load is running. */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    if (this.cutOff) void this.refresh();
    else if (this.task.status === TaskStatus.INITIAL) {
      // The first load leaves when the element connects, before its first render: every element a `define()` or a
      // loop connects has asked by then, so they still share one batch. The run is the one the first update would
      // start (same arguments), which therefore does not start another.
      const current = this.source.current;
      if (current && !(current instanceof B24Error) && this.visibility.visible) void this.task.run([current, true]);
      else this.markFirstSent();
    }
    this.cutOff = false;
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    // Checked once the removal is final (see SourceController): a move carries on with its requests.
    queueMicrotask(() => {
      if (this.host.isConnected || !this.pending) return;
      this.task.abort();
      if (!this.store.poll) this.readWhenBack();
    });
  }

  /** The element was removed with something cut off: read the poll again if it is put back. */
  readWhenBack(): void {
    this.cutOff = true;
  }

  /**
   * Re-reads the poll (a periodic or quiet refresh never cuts short a load in flight). Resolves true on success.
   * `quiet`: a read the user did not ask for (the faces after a write): it leaves after the next paint, and a
   * failure is neither shown nor reported, since the poll on screen is already right.
   */
  async refresh(options: RefreshOptions = {}): Promise<boolean> {
    const { periodic, quiet } = options;
    if (quiet) {
      await afterNextPaint();
      if (!this.host.isConnected) return false;
    }
    // A method call does not wait out the grace period of an incomplete configuration: it is reported now.
    if (!periodic && !quiet) this.source.settle();
    const current = this.source.current;
    if (!current || current instanceof B24Error) {
      // Reported even on a lazy element out of view: the host asked.
      await this.task.run(current ? [current, true] : undefined);
      return false;
    }
    if ((periodic || quiet) && this.pending) return false;
    this.visibility.reveal();
    this.run = options;
    await this.task.run([current, true]);
    return this.task.status === TaskStatus.COMPLETE;
  }

  /**
   * The poll once loaded (loading it now if it is lazy). Rejects with the `B24Error` that kept it from loading
   * once that failure has been reported, as the load's own (`load`, with its Retry): one failure, one event, so
   * a caller (a write waiting for the poll) reports nothing more.
   */
  async loaded(): Promise<Poll> {
    this.source.settle();
    if (!this.store.poll) {
      // A configuration error (NO_TRANSPORT, INVALID_CONFIG) goes through the load too, which reports it.
      if (this.pending) await this.task.taskComplete.catch(() => undefined);
      else await this.refresh();
    }
    const poll = this.store.poll;
    if (poll) return poll;
    const failure = this.failure;
    // A run of periodic failures was reported at its start; the caller asked now, so it hears of it now.
    if (failure && !failure.reported) this.port.fail('load', failure.error, { show: true });
    throw failure?.error ?? new B24Error('BAD_RESPONSE', 'the poll is not loaded');
  }

  private onOnline = (): void => {
    const failure = this.store.failure;
    if (failure?.action === 'load' || (!this.store.poll && failure)) void this.refresh();
  };
}
