/**
 * The heights polls took on screen, for the box of their next showing: kept in this page, and across visits in
 * localStorage when the portal's origin is known. Keyed by the portal (its origin, else the transport object, which
 * only this page knows), the poll, the width range and the view shown (form or results). Only numbers are stored: a
 * hash of portal and poll, the width range, the view, the height and the time; nothing of the poll's content, not
 * even its ID.
 */

/** Which poll, where and how wide: `scope` is the portal's origin, or the transport when it has none. */
export interface HeightKey {
  scope: string | object;
  poll: string;
  width: number;
}

/** [height in CSS px, time in ms] by `{hash of portal and poll}.{width range}.{view: 0 form, 1 results}`. */
type Entries = Record<string, [number, number]>;

const STORE = 'b24-attached-vote.heights';
const MAX_ENTRIES = 200;
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
/** Heights taken within one range of widths stand for each other: the poll wraps about alike. */
const WIDTH_RANGE = 40;

const inPage: Entries = {};
/** Polls of a transport without an origin: this page's memory only, keyed by the transport object itself. */
const byTransport = new WeakMap<object, Entries>();

/** The stored entries (none when storage is missing, blocked or holds something else). */
function stored(): Entries {
  try {
    return (JSON.parse(localStorage.getItem(STORE)!) as Entries | null) ?? {};
  } catch {
    return {};
  }
}

/** Where this scope's heights are, this page's first. */
function memories(scope: string | object): Entries[] {
  if (typeof scope === 'string') return [inPage, stored()];
  if (!byTransport.has(scope)) byTransport.set(scope, {});
  return [byTransport.get(scope)!];
}

/** Names the poll by portal and poll (FNV-1a, 32 bits, base 36: the stored key says nothing of either). */
function pollPart(scope: string | object, poll: string): string {
  const text = `${typeof scope === 'string' ? scope : ''} ${poll}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(36);
}

const keyOf = ({ scope, poll, width }: HeightKey, results: boolean): string =>
  `${pollPart(scope, poll)}.${Math.floor(width / WIDTH_RANGE)}.${+results}`;

const fresh = (entry: unknown, now: number): entry is [number, number] =>
  Array.isArray(entry) && entry[0] > 0 && entry[1] > now - MAX_AGE_MS;

/** Some height of this poll is known (at any width): only then is its width worth a layout. */
export function remembersPoll(scope: string | object, poll: string): boolean {
  const prefix = `${pollPart(scope, poll)}.`;
  return memories(scope).some((entries) => Object.keys(entries).some((k) => k.startsWith(prefix)));
}

/** The height the poll last took at this width range, in the view shown last; undefined when not known. */
export function recallHeight(key: HeightKey): number | undefined {
  const now = Date.now();
  const found = [false, true].flatMap((results) => memories(key.scope).map((entries) => entries[keyOf(key, results)]))
    .filter((entry) => fresh(entry, now))
    .sort((a, b) => b[1] - a[1]);
  return found[0]?.[0];
}

/** Remembers the height the poll took (CSS px) in the form or the results; across visits when scoped by origin. */
export function rememberHeight(key: HeightKey, results: boolean, height: number): void {
  const k = keyOf(key, results);
  // In layout units (1/64 px): the box is then exactly the poll's, with no sub-pixel move.
  const entry: [number, number] = [Math.round(height * 64) / 64, Date.now()];
  memories(key.scope)[0]![k] = entry;
  if (typeof key.scope !== 'string') return;
  const kept = Object.entries({ ...stored(), [k]: entry })
    .filter(([, e]) => fresh(e, entry[1]))
    .sort((a, b) => b[1][1] - a[1][1])
    .slice(0, MAX_ENTRIES);
  try {
    localStorage.setItem(STORE, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Private browsing, a full or a blocked storage: this page still remembers.
  }
}
