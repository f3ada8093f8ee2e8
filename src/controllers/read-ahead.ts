/**
 * Reading ahead: the polls whose tags are already in the page when the package loads are read at once, before the
 * rest of the package has run and the element is defined, so that the request is on the wire while that code runs
 * and the tags upgrade (on a CMS page that is most of the time between the script's arrival and the REST call).
 * Each element then joins the read of its poll (`loadPoll`), so nothing is sent twice and nothing of the element's
 * own flow changes: its first render, events and errors are the same as without.
 *
 * Only tags configured by their attributes alone qualify, read the way the element reads them: a tag with a
 * source property set by a script before the upgrade (its value wins over the attribute), a lazy one, or one whose
 * configuration is incomplete or wrong is left to its element.
 */
import { readAhead } from '../api/poll-loader.js';
import type { PollRef } from '../api/types.js';
import type { B24Transport } from '../transport/types.js';
import { resolveSource, type SourceInputs } from './source-resolution.js';

/** The attribute of each source input an attribute can set (`transport` is a property only). */
export const SOURCE_ATTRIBUTES = {
  attachId: 'attach-id',
  moduleId: 'module-id',
  entityType: 'entity-type',
  entityId: 'entity-id',
  signedAttachId: 'signed-attach-id',
  webhookUrl: 'webhook-url',
} as const satisfies Record<Exclude<keyof SourceInputs, 'transport'>, string>;

/** Properties a script may have set on a tag before its upgrade; any of them leaves the tag to its element. */
const PRESET_PROPERTIES = [...Object.keys(SOURCE_ATTRIBUTES), 'transport', 'loading'];

/** The source inputs of a tag that its attributes alone configure, else null. */
function attributeInputs(tag: Element): SourceInputs | null {
  if (PRESET_PROPERTIES.some((name) => Object.hasOwn(tag, name))) return null;
  if (tag.getAttribute('loading') === 'lazy') return null;
  const inputs: Record<string, string | undefined> = {};
  for (const [input, attribute] of Object.entries(SOURCE_ATTRIBUTES)) inputs[input] = tag.getAttribute(attribute) ?? undefined;
  return inputs;
}

/**
 * Sends the reads of the `tagName` tags in `root` (the document by default) that qualify: one request per
 * transport, batched as the element's own loads would be. Does nothing where there is no document, or once
 * `tagName` is defined (its elements load themselves; on a page with two copies of the package, the first copy
 * read ahead).
 */
export function readPollsInPage(tagName: string, root: ParentNode | undefined = globalThis.document): void {
  if (!root || globalThis.customElements?.get(tagName)) return;
  const reads = new Map<B24Transport, PollRef[]>();
  for (const tag of root.querySelectorAll(tagName)) {
    const inputs = attributeInputs(tag);
    const resolution = inputs && resolveSource(inputs);
    if (resolution?.kind !== 'ready') continue;
    const { transport, ref } = resolution.source;
    reads.set(transport, [...(reads.get(transport) ?? []), ref]);
  }
  for (const [transport, refs] of reads) readAhead(transport, refs);
}
