import { adoptStyles, type LitElement } from 'lit';

/**
 * An element's stylesheet adopted when its first render needs it, not when its shadow root is made, so that
 * building the sheet overlaps the first request instead of delaying it (send first). A server-rendered shadow
 * root has its styles already and is left to Lit.
 */
export class DeferredStyles {
  #pending = false;

  constructor(private readonly element: LitElement) {}

  /** A new shadow root without the stylesheet, or null when the element has one already (server-rendered). */
  root(): ShadowRoot | null {
    if (this.element.shadowRoot) return null;
    this.#pending = true;
    return this.element.attachShadow(this.#class().shadowRootOptions);
  }

  /** Adopts the stylesheet that `root()` left out (once). */
  adopt(): void {
    if (!this.#pending) return;
    this.#pending = false;
    adoptStyles(this.element.shadowRoot!, this.#class().elementStyles);
  }

  #class(): typeof LitElement {
    return this.element.constructor as typeof LitElement;
  }
}
