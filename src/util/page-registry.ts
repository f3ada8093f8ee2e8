/**
 * Page-wide registries shared by every copy of this package on a page. A CMS page may load the CDN bundle twice
 * (two URLs, so two module instances); module-level maps would then split one portal's rate-limit bucket, one
 * webhook's transport or one poll's update hub in two. Instead each registry lives on one global object found
 * under `Symbol.for('b24-attached-vote')`, which every copy (and every version) reaches under the same key.
 *
 * Rules for what goes in (a registry outlives the copy that created it and is used by copies of other versions):
 * - Name a registry with a version suffix (`'rate-limit-buckets/1'`): a copy that changes the shape of the
 *   values uses a new name instead of handing an incompatible object to an older copy.
 * - Key entries by plain strings that every copy computes the same way (URL strings, origins), never by objects
 *   that only one copy holds.
 * - Store plain objects and functions, and use them by shape: an `instanceof` check against this copy's class
 *   fails for a value another copy made.
 */

const PAGE_KEY = Symbol.for('b24-attached-vote');

type Registries = Record<string, unknown>;

function root(): Registries {
  const holder = globalThis as typeof globalThis & { [PAGE_KEY]?: Registries };
  let registries = holder[PAGE_KEY];
  if (typeof registries !== 'object' || registries === null) {
    registries = Object.create(null) as Registries;
    // Not enumerable: page scripts that walk `window` (analytics, serialisers) need not see it.
    Object.defineProperty(holder, PAGE_KEY, { value: registries, configurable: true, enumerable: false, writable: false });
  }
  return registries;
}

/**
 * The page-wide registry called `name`, created by `create` the first time any copy of the package asks for it.
 * Every later call, from this copy or another, returns the same value.
 */
export function pageRegistry<T>(name: string, create: () => T): T {
  const registries = root();
  if (!(name in registries)) registries[name] = create();
  return registries[name] as T;
}
