/**
 * `refresh-interval`: re-reads the poll every N seconds while the page is visible, and at once when it becomes
 * visible again. Loaded only by elements that set the attribute (see load-features.ts).
 */
import type { ReactiveController } from 'lit';
import { TaskStatus } from '@lit/task';
import type { B24AttachedVote } from '../attached-vote.js';

/** The timer of one element; it follows `refreshInterval` whenever `schedule()` is called. */
export class AutoRefresh implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly el: B24AttachedVote) {
    el.addController(this);
  }

  /** (Re)starts the timer for the element's current interval; a value that is not a positive number stops it. */
  schedule(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    const seconds = Number(this.el.refreshInterval);
    if (!this.el.isConnected || !Number.isFinite(seconds) || seconds <= 0) return;
    this.timer = setInterval(() => this.tick(), Math.max(seconds, 1) * 1000);
  }

  /** Starts the timer and follows the page's visibility. */
  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  /** Stops both. */
  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    const el = this.el;
    // Hidden pages, writes in flight and unloaded polls wait for the next tick.
    if (document.visibilityState === 'hidden' || el._busy || !el._poll) return;
    // A load still running (or retrying) is not cut short by the next tick.
    if (el._loadTask.status === TaskStatus.PENDING) return;
    el._periodic = true;
    void el.refresh().finally(() => (el._periodic = false));
  }

  private onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.timer !== undefined) this.tick();
  };
}
