/**
 * Registers a custom element tolerantly, as every tag of the package is registered: the same class again is
 * ignored; a class of another copy of the package (a second module instance) leaves the first registered, silently
 * when both are the same version and with one console warning per tag when not. Never throws; does nothing where
 * there is no registry (a server). What each copy registered is kept page-wide under `Symbol.for(recordKey)`.
 */
interface CopiesRecord {
  versions: WeakMap<CustomElementConstructor, string>;
  warned: boolean;
}

export function defineOnce(
  registry: CustomElementRegistry | undefined,
  tagName: string,
  elementClass: CustomElementConstructor,
  version: string,
  recordKey: string,
): void {
  if (!registry) return;
  const existing = registry.get(tagName);
  if (existing === elementClass) return;
  const key = Symbol.for(recordKey);
  const holder = globalThis as { [key: symbol]: CopiesRecord | undefined };
  const record = (holder[key] ??= { versions: new WeakMap(), warned: false });
  if (existing) {
    // A class registered by a copy older than the version stamp has none: that is a different version too.
    const theirs = record.versions.get(existing);
    if (theirs !== version && !record.warned) {
      record.warned = true;
      console.warn(`b24-attached-vote: <${tagName}> is already defined by version ${theirs ?? 'unknown'} of the package; this copy (version ${version}) is not used. Load the package once per page.`);
    }
    return;
  }
  registry.define(tagName, elementClass);
  record.versions.set(elementClass, version);
}
