/**
 * The first voters of each answer, as `getWithVoted` lists them, turned into the faces the results show.
 * Rows that cannot be used are dropped, never fatal: faces are decoration, the poll is the data.
 */
import { portalUrl } from '../util/portal-link.js';
import { isObject } from '../util/is-object.js';
import type { PollFace } from './types.js';

/** Bitrix24 shows three avatars per answer (J `voted-users.js`); the element asks for that many. */
export const FACES_PER_ANSWER = 3;

function positiveId(value: unknown): string | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? String(n) : null;
}

function toFace(row: unknown, origin: string | undefined): PollFace | null {
  if (!isObject(row)) return null;
  const id = positiveId(row.ID);
  if (!id) return null;
  return {
    id,
    name: typeof row.NAME === 'string' ? row.NAME.trim() : '',
    // IMAGE is a 64x64 resized avatar: absolute (cloud storage), portal-relative, or null.
    image: typeof row.IMAGE === 'string' ? portalUrl(row.IMAGE.trim(), origin) : null,
  };
}

/**
 * Answer ID -> up to `FACES_PER_ANSWER` faces, from the raw `voted` of `getWithVoted` (a map keyed by answer ID;
 * PHP's `[]` when nobody is listed). Images are resolved against `origin`; only http(s) URLs survive.
 */
export function facesByAnswer(voted: unknown, origin: string | undefined): Map<string, PollFace[]> {
  const out = new Map<string, PollFace[]>();
  if (!isObject(voted)) return out;
  for (const [key, rows] of Object.entries(voted)) {
    const answerId = positiveId(key);
    if (!answerId || !Array.isArray(rows)) continue;
    const faces: PollFace[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      const face = toFace(row, origin);
      if (!face || seen.has(face.id)) continue;
      seen.add(face.id);
      faces.push(face);
      if (faces.length === FACES_PER_ANSWER) break;
    }
    out.set(answerId, faces);
  }
  return out;
}
