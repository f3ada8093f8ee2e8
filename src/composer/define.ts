import { version } from '../version.js';
import { B24VoteComposer } from './vote-composer.js';

/** The composer's tag name. */
export const composerTagName = 'b24-vote-composer';

/** Page-wide (every copy of the package reaches it): which version registered which class, and whether it warned. */
interface ComposerCopies {
  versions: WeakMap<CustomElementConstructor, string>;
  warned: boolean;
}

function copies(): ComposerCopies {
  const key = Symbol.for('b24-vote-composer.copies');
  const holder = globalThis as { [key: symbol]: ComposerCopies | undefined };
  return (holder[key] ??= { versions: new WeakMap(), warned: false });
}

/**
 * Registers `<b24-vote-composer>` as the voter's registration does: the same class again is ignored, another copy
 * of the package leaves the first in place (silent when it is the same version, one warning when not). Never throws;
 * does nothing where there is no custom element registry (a server).
 */
export function defineB24VoteComposer(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return;
  const existing = registry.get(composerTagName);
  if (existing === B24VoteComposer) return;
  const record = copies();
  if (existing) {
    const theirs = record.versions.get(existing);
    if (theirs !== version && !record.warned) {
      record.warned = true;
      console.warn(`b24-attached-vote: <${composerTagName}> is already defined by version ${theirs ?? 'unknown'} of the package; this copy (version ${version}) is not used. Load the package once per page.`);
    }
    return;
  }
  registry.define(composerTagName, B24VoteComposer);
  record.versions.set(B24VoteComposer, version);
}

declare global {
  interface HTMLElementTagNameMap {
    'b24-vote-composer': B24VoteComposer;
  }
}
