import { B24AttachedVote } from './attached-vote.js';
import { defineOnce } from './util/define-once.js';
import { version } from './version.js';

/** The element's tag name. */
export const tagName = 'b24-attached-vote';

/** This copy's version (package.json's, stamped in at build time). */
export { version };

/**
 * Registers `<b24-attached-vote>`. A second call with the same class is ignored. Another copy of the package (a
 * second module instance, e.g. the CDN file included under two URLs) leaves the first registration in place: it is
 * silent when both copies are the same version and warns once when they differ. Never throws; does nothing where
 * there is no custom element registry (a server).
 */
export function defineB24AttachedVote(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  defineOnce(registry, tagName, B24AttachedVote, version, 'b24-attached-vote.copies');
}

declare global {
  interface HTMLElementTagNameMap {
    'b24-attached-vote': B24AttachedVote;
  }
}
