/**
 * `loading="lazy"`: the poll loads once the element comes within 200 px of the viewport. Eager elements (and
 * browsers without IntersectionObserver) are visible at once. Once visible, always visible.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether the poll should load yet. */
export class VisibilityController implements ReactiveController {
  private _visible = false;
  private observer: IntersectionObserver | undefined;
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
    if (this.watched !== 'lazy' || typeof IntersectionObserver === 'undefined') return this.reveal();
    if (this._visible || !this.host.isConnected) return;
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.reveal();
    }, { rootMargin: '200px' });
    this.observer.observe(this.host);
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
