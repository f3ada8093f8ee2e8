/**
 * The heights polls took on screen, for the box of their next showing: kept in this page, and across visits in
 * localStorage when the portal's origin is known. Keyed by the portal (its origin, else the transport object, which
 * only this page knows), the poll, the width range and the view shown (form or results). Only numbers are stored: a
 * hash of portal and poll, the width range, the view, the height and the time; nothing of the poll's content, not
 * even its ID.
 */

/** What the poll showed when its height was taken. */
export type PollView = 'form' | 'results';

/** Which poll, where and how wide: `scope` is the portal's origin, or the transport when it has none. */
export interface HeightKey {
  scope: string | object;
  poll: string;
  width: number;
}

/** [height in CSS px, time in ms] by key: `{hash of portal and poll}.{width range}.{0: form, 1: results}`. */
type Entries = Record<string, [number, number]>;

const STORE = 'b24-attached-vote.heights';
const MAX_ENTRIES = 200;
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
/** Heights taken within one range of widths stand for each other: the poll wraps about alike. */
const WIDTH_RANGE = 40;

const inPage: Entries = {};
const transportIds = new WeakMap<object, number>();
let transports = 0;

/** FNV-1a (32 bits) in base 36: the stored key says nothing of the portal or the poll. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(36);
}

/** The poll's part of its keys: the hash of its portal (or transport) and its key. */
function pollPart(scope: string | object, poll: string): string {
  let id = scope;
  if (typeof scope === 'object') {
    if (!transportIds.has(scope)) transportIds.set(scope, ++transports);
    id = `#${transportIds.get(scope)}`;
  }
  return hash(`${id as string} ${poll}`);
}

function keyOf({ scope, poll, width }: HeightKey, view: PollView): string {
  return `${pollPart(scope, poll)}.${Math.floor(width / WIDTH_RANGE)}.${view === 'form' ? 0 : 1}`;
}

/** The stored entries (none when storage is missing, blocked or holds something else). */
function stored(): Entries {
  try {
    const entries = JSON.parse(localStorage.getItem(STORE) ?? '{}') as unknown;
    return entries && typeof entries === 'object' ? (entries as Entries) : {};
  } catch {
    return {};
  }
}

function valid(entry: unknown, now: number): entry is [number, number] {
  return Array.isArray(entry) && entry[0] > 0 && entry[1] > now - MAX_AGE_MS;
}

function memories(scope: string | object): Entries[] {
  return typeof scope === 'string' ? [inPage, stored()] : [inPage];
}

/** Some height of this poll is known (at any width): only then is its width worth a layout. */
export function remembersPoll(scope: string | object, poll: string): boolean {
  const prefix = `${pollPart(scope, poll)}.`;
  return memories(scope).some((entries) => Object.keys(entries).some((k) => k.startsWith(prefix)));
}

/** The height the poll last took at this width range, in the view shown last; undefined when not known. */
export function recallHeight(key: HeightKey): number | undefined {
  const now = Date.now();
  const sources = memories(key.scope);
  let best: [number, number] | undefined;
  for (const view of ['form', 'results'] as const) {
    const h = keyOf(key, view);
    const entry = sources.map((entries) => entries[h]).find((e) => valid(e, now));
    if (entry && (!best || entry[1] > best[1])) best = entry;
  }
  return best?.[0];
}

/** Remembers the height the poll took (CSS px); across visits too when the scope is an origin. */
export function rememberHeight(key: HeightKey, view: PollView, height: number): void {
  const h = keyOf(key, view);
  // In layout units (1/64 px): the box is then exactly the poll's, with no sub-pixel move.
  const entry: [number, number] = [Math.round(height * 64) / 64, Date.now()];
  inPage[h] = entry;
  if (typeof key.scope !== 'string') return;
  const now = entry[1];
  const kept = Object.entries({ ...stored(), [h]: entry })
    .filter(([, e]) => valid(e, now))
    .sort((a, b) => b[1][1] - a[1][1])
    .slice(0, MAX_ENTRIES);
  try {
    localStorage.setItem(STORE, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Private browsing, a full or a blocked storage: this page still remembers.
  }
}
