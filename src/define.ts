import { B24AttachedVote } from './attached-vote.js';
import { version } from './version.js';

/** The element's tag name. */
export const tagName = 'b24-attached-vote';

/** This copy's version (package.json's, stamped in at build time). */
export { version };

/**
 * Page-wide, shared by every copy of the package (a `Symbol.for` key is the same in every module instance): which
 * version registered which class, and whether the "another copy" warning was already given.
 */
interface CopiesRecord {
  versions: WeakMap<CustomElementConstructor, string>;
  warned: boolean;
}

const copiesKey = Symbol.for('b24-attached-vote.copies');

function copies(): CopiesRecord {
  const holder = globalThis as { [copiesKey]?: CopiesRecord };
  holder[copiesKey] ??= { versions: new WeakMap(), warned: false };
  return holder[copiesKey];
}

/**
 * Registers `<b24-attached-vote>`. A second call with the same class is ignored. Another copy of the package (a
 * second module instance, e.g. the CDN file included under two URLs) leaves the first registration in place: it is
 * silent when both copies are the same version and warns once when they differ. Never throws; does nothing where
 * there is no custom element registry (a server).
 */
export function defineB24AttachedVote(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return;
  const existing = registry.get(tagName);
  if (existing === B24AttachedVote) return;
  const record = copies();
  if (existing) {
    // A class registered by a copy older than the version stamp has none: that is a different version too.
    const theirs = record.versions.get(existing);
    if (theirs !== version && !record.warned) {
      record.warned = true;
      console.warn(`b24-attached-vote: <${tagName}> is already defined by version ${theirs ?? 'unknown'} of the package; this copy (version ${version}) is not used. Load the package once per page.`);
    }
    return;
  }
  registry.define(tagName, B24AttachedVote);
  record.versions.set(B24AttachedVote, version);
}

declare global {
  interface HTMLElementTagNameMap {
    'b24-attached-vote': B24AttachedVote;
  }
}
