/**
 * `refresh-interval`: re-reads the poll every N seconds while the page is visible, and at once when it becomes
 * visible again. Sees the element only through the port.
 */
import type { ReactiveController } from 'lit';
import type { VotePort } from '../controllers/port.js';

/** The refresh timer of one element; follows the interval on every update. */
export class AutoRefreshController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private seconds = 0;
  private connected = false;

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
    this.stop();
  }

  /** The interval in seconds, 0 when it is off or not a positive number. */
  private wanted(): number {
    const seconds = Number(this.interval());
    return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
  }

  private schedule(): void {
    this.stop();
    this.seconds = this.wanted();
    if (!this.connected || this.seconds === 0) return;
    this.timer = setInterval(() => this.tick(), Math.max(this.seconds, 1) * 1000);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    // Hidden pages, writes in flight and unloaded polls wait for the next tick.
    if (document.visibilityState === 'hidden' || this.port.busy || !this.port.poll) return;
    void this.port.refresh({ periodic: true });
  }

  private onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.timer !== undefined) this.tick();
  };
}
