import type { ReactiveController, ReactiveControllerHost } from 'lit';

// One observer for the whole document: `lang` changes are rare, and elements may be many.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function ensureObserver(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Calls back when any `lang` attribute in the document changes (the element's own, an ancestor's, `<html>`'s). */
export class LanguageObserver implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    ensureObserver();
    listeners.add(this.onChange);
  }

  hostDisconnected(): void {
    listeners.delete(this.onChange);
  }
}
