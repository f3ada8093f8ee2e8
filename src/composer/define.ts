import { defineOnce } from '../util/define-once.js';
import { version } from '../version.js';
import { B24VoteComposer } from './vote-composer.js';

/** The composer's tag name. */
export const composerTagName = 'b24-vote-composer';

/**
 * Registers `<b24-vote-composer>` as the voter's registration does: the same class again is ignored, another copy
 * of the package leaves the first in place (silent when it is the same version, one warning when not). Never throws;
 * does nothing where there is no custom element registry (a server).
 */
export function defineB24VoteComposer(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  defineOnce(registry, composerTagName, B24VoteComposer, version, 'b24-vote-composer.copies');
}

declare global {
  interface HTMLElementTagNameMap {
    'b24-vote-composer': B24VoteComposer;
  }
}
