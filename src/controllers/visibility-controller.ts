/**
 * `loading="lazy"`: the poll loads once the element comes within 200 px of the viewport. Eager elements (and
 * browsers without IntersectionObserver) are visible at once. Once visible, always visible.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenNearViewport } from '../util/near-viewport.js';

/** Whether the poll should load yet. */
export class VisibilityController implements ReactiveController {
  private _visible = false;
  private unwatch: (() => void) | undefined;
  private watched: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly loading: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** The poll may load. */
  get visible(): boolean {
    return this._visible;
  }

  /** Loads now whatever `loading` says (a method call or Retry wants the poll). */
  reveal(): void {
    if (this._visible) return;
    this._visible = true;
    this.stopWatching();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.watch();
  }

  hostUpdate(): void {
    if (this.loading() !== this.watched) this.watch();
  }

  hostDisconnected(): void {
    this.stopWatching();
  }

  private watch(): void {
    this.stopWatching();
    this.watched = this.loading();
    if (this.watched !== 'lazy') return this.reveal();
    if (this._visible || !this.host.isConnected) return;
    this.unwatch = whenNearViewport(this.host, () => this.reveal());
    if (!this.unwatch) this.reveal();
  }

  private stopWatching(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }
}
