/**
 * `refresh-interval`: re-reads the poll every N seconds while the page is visible, and at once when it becomes
 * visible again. Sees the element only through the port.
 */
import type { ReactiveController } from 'lit';
import type { VotePort } from '../controllers/port.js';
import { MIN_REFRESH_SECONDS, refreshSeconds } from '../state/option-rules.js';

/** The refresh timer of one element; follows the interval on every update. */
export class AutoRefreshController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private seconds = 0;
  private connected = false;
  /** When the last periodic refresh was sent (ms, `performance.now()`). */
  private lastSent = -Infinity;

  constructor(
    private readonly port: VotePort,
    private readonly interval: () => unknown,
  ) {
    port.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  hostUpdate(): void {
    if (this.wanted() !== this.seconds) this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  /** The interval in seconds: 0 (off), or within 5 s .. 1 day, as the option's rule says. */
  private wanted(): number {
    return refreshSeconds(this.interval()).seconds;
  }

  /** Starts the timer again at the wanted interval; only stops it on a disconnected element or at 0. */
  private schedule(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.seconds = this.wanted();
    if (this.connected && this.seconds !== 0) this.timer = setInterval(() => this.tick(), this.seconds * 1000);
  }

  private tick(): void {
    // Hidden pages, writes in flight and unloaded polls wait for the next tick.
    if (document.visibilityState === 'hidden' || this.port.store.busy || !this.port.store.poll) return;
    this.lastSent = performance.now();
    void this.port.refresh({ periodic: true });
  }

  private onVisibility = (): void => {
    // Back on the page: refresh now, but a page flicking between tabs still never polls faster than every 5 s.
    const rested = performance.now() - this.lastSent >= MIN_REFRESH_SECONDS * 1000;
    if (document.visibilityState === 'visible' && this.timer !== undefined && rested) this.tick();
  };
}
