import { B24AttachedVote } from './attached-vote.js';

/** The element's tag name. */
export const tagName = 'b24-attached-vote';

/**
 * Registers `<b24-attached-vote>`. A second call with the same class is ignored; another copy of the package
 * (another class) leaves the first registration in place and warns once. Never throws.
 */
export function defineB24AttachedVote(registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tagName);
  if (existing === B24AttachedVote) return;
  if (existing) {
    const marker = '__b24AttachedVoteWarned';
    const flags = globalThis as Record<string, unknown>;
    if (!flags[marker]) {
      flags[marker] = true;
      console.warn(`b24-attached-vote: <${tagName}> is already defined by another copy of the package; this copy is not used. Load the package once per page.`);
    }
    return;
  }
  registry.define(tagName, B24AttachedVote);
}

declare global {
  interface HTMLElementTagNameMap {
    'b24-attached-vote': B24AttachedVote;
  }
}
