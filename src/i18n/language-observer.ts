// One observer for the whole document: `lang` changes are rare, and elements may be many.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls back when any `lang` attribute in the document changes (an element's own, an ancestor's, `<html>`'s);
 * returns the function that stops listening.
 */
export function onLangChange(listener: () => void): () => void {
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((fn) => fn()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
