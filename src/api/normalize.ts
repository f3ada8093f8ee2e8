/**
 * Raw `attach` -> `Poll`.
 *
 * What is fatal (B24Error `BAD_RESPONSE`) and what is defaulted, and why:
 * - Fatal: anything that makes the poll unidentifiable or unanswerable, because showing it would mislead the user
 *   or lead to a vote the server must reject. The attach is not an object; `ID` or `VOTE_ID` is not a positive
 *   integer (we address the poll and its updates by them); `QUESTIONS` missing, not a list/map, or empty once
 *   inactive questions are left out; a question or answer that is not an object, has no usable `ID`, or repeats
 *   an ID; an active question without active answers. Silently dropping a broken question is not an option: it
 *   may be a required one, and the user could never satisfy the server.
 * - Defaulted: everything only displayed or only gating a button. Counters -> 0 (never negative), texts -> '',
 *   `FIELD_TYPE` -> single choice, `REQUIRED`/`ACTIVE` -> not required / active, `C_SORT` -> 100 (Bitrix's own
 *   default), `ANONYMITY` -> public, `OPTIONS` -> 0, missing permission flags -> false (the server stays the
 *   judge: we never offer an action it did not grant), `isVoted` -> whether `userAnswerMap` holds picks,
 *   URLs -> '', `PERCENT` -> computed from the counters, `userAnswerMap` of any odd shape -> no picks.
 */
import { B24Error } from '../transport/b24-error.js';
import type { Poll, PollAnswer, PollFace, PollQuestion, RawAttach } from './types.js';
import { isObject } from '../util/is-object.js';
import { canReadResults } from './result-access.js';
import { portalUrl } from '../util/portal-link.js';
import { idString, toNumber } from '../util/parse-number.js';
import { toText } from '../util/to-text.js';

/** Bitrix24 shows three avatars per answer (J `voted-users.js`): the `pageSize` to ask `getWithVoted` for. */
export const FACES_PER_ANSWER = 3;

/** What a read can add to the attach: `getWithVoted`'s voters and the portal origin for their images. */
export interface NormalizeExtras {
  /** The raw `voted` of `getWithVoted` (answer ID -> user rows, or `[]`). Absent: the poll has no faces. */
  voted?: unknown;
  /** The portal's origin (the transport's `origin`), to resolve relative avatar URLs. */
  origin?: string | undefined;
}

type Obj = Record<string, unknown>;

function bad(what: string): B24Error {
  return new B24Error('BAD_RESPONSE', `Unusable poll from the portal: ${what}`);
}

/** A finite number from a number or a numeric string; `fallback` for anything else. */
function num(value: unknown, fallback: number): number {
  const n = toNumber(value);
  return Number.isNaN(n) ? fallback : n;
}

/** A count: a whole, non-negative number (a negative or fractional counter is noise, not data). */
function count(value: unknown): number {
  return Math.max(0, Math.floor(num(value, 0)));
}


/** `Y`/`N` flags and the JSON booleans the formatter sends; anything unknown gives `fallback`. */
function flag(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const s = value.trim().toUpperCase();
    if (s === 'Y' || s === 'TRUE' || s === '1') return true;
    if (s === 'N' || s === 'FALSE' || s === '0' || s === '') return false;
  }
  return fallback;
}

/** `OPTIONS` is a bitmask; the mobile client's array form (`['1']`) is summed the way the server sums it. */
function bitmask(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((acc, v) => acc | count(v), 0);
  return count(value);
}

/** PHP sends a map keyed by ID, or a JSON array when the keys happen to be 0..n: accept both. */
function entries(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (isObject(value)) return Object.values(value);
  return null;
}

/** Sort key: Number(C_SORT) then Number(ID). Object key order is never trusted (JS reorders integer keys). */
function bySortThenId(a: { sort: number; id: string }, b: { sort: number; id: string }): number {
  return a.sort - b.sort || Number(a.id) - Number(b.id);
}

const DEFAULT_SORT = 100;

/** Question ID -> the set of answer IDs the current user picked. `[]` and odd shapes mean "none". */
function picks(map: unknown): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!isObject(map)) return out;
  for (const [qKey, inner] of Object.entries(map)) {
    const qid = idString(qKey);
    if (!qid) continue;
    const set = new Set<string>();
    if (isObject(inner)) {
      for (const aKey of Object.keys(inner)) {
        const aid = idString(aKey);
        if (aid) set.add(aid);
      }
    } else if (Array.isArray(inner)) {
      // Not what the server sends, but an array of rows or of IDs has an obvious meaning.
      for (const row of inner) {
        const aid = idString(isObject(row) ? row.ANSWER_ID : row);
        if (aid) set.add(aid);
      }
    }
    if (set.size > 0) out.set(qid, set);
  }
  return out;
}

function isMultipleType(fieldType: number): boolean {
  return fieldType === 1 || fieldType === 3;
}

/** One normalized question with its sort key, or null when the question is inactive. */
function normalizeQuestion(
  rawQ: unknown,
  index: number,
  mine: Map<string, Set<string>>,
): { question: PollQuestion; sort: number } | null {
  if (!isObject(rawQ)) throw bad(`question #${index + 1} is not an object`);
  const qid = idString(rawQ.ID);
  if (!qid) throw bad(`question #${index + 1} has no valid ID`);
  if (!flag(rawQ.ACTIVE, true)) return null;

  const rawAnswers = entries(rawQ.ANSWERS);
  if (!rawAnswers) throw bad(`question ${qid} has no ANSWERS`);

  const myAnswers = mine.get(qid) ?? new Set<string>();
  const seen = new Set<string>();
  const answers: Array<Omit<PollAnswer, 'percent'> & { sort: number; rawPercent: number }> = [];
  let anyMultipleAnswer = false;
  rawAnswers.forEach((rawA, aIndex) => {
    if (!isObject(rawA)) throw bad(`answer #${aIndex + 1} of question ${qid} is not an object`);
    const aid = idString(rawA.ID);
    if (!aid) throw bad(`answer #${aIndex + 1} of question ${qid} has no valid ID`);
    if (seen.has(aid)) throw bad(`answer ${aid} appears twice in question ${qid}`);
    seen.add(aid);
    if (!flag(rawA.ACTIVE, true)) return;
    if (isMultipleType(num(rawA.FIELD_TYPE, 0))) anyMultipleAnswer = true;
    answers.push({
      id: aid,
      text: toText(rawA.MESSAGE),
      html: toText(rawA.MESSAGE_TYPE).toLowerCase() === 'html',
      votes: count(rawA.COUNTER),
      mine: myAnswers.has(aid),
      sort: num(rawA.C_SORT, DEFAULT_SORT),
      rawPercent: num(rawA.PERCENT, num(rawA['~PERCENT'], NaN)),
    });
  });
  if (answers.length === 0) throw bad(`question ${qid} has no active answers`);
  answers.sort(bySortThenId);

  // FIELD_TYPE 0/2 single, 1/3 multiple; 99999 ("compatibility") leaves it to the answers' own types.
  const fieldType = num(rawQ.FIELD_TYPE, 0);
  const multiple = fieldType >= 0 && fieldType <= 3 ? isMultipleType(fieldType) : anyMultipleAnswer;

  const answerVotes = answers.map((a) => a.votes);
  // Without the question's counter, the best lower bound: single choice is the sum of its answers, multiple
  // choice at least its most-chosen answer.
  const fallbackVoters = multiple ? Math.max(0, ...answerVotes) : answerVotes.reduce((s, v) => s + v, 0);
  const voters = num(rawQ.COUNTER, NaN) >= 0 ? count(rawQ.COUNTER) : fallbackVoters;

  // IMAGE is the file row (`{ SRC, ... }`); a bare URL string is accepted too, anything else means no image.
  const imageSrc = isObject(rawQ.IMAGE) ? rawQ.IMAGE.SRC : rawQ.IMAGE;

  const question: PollQuestion = {
    id: qid,
    text: toText(rawQ.QUESTION),
    html: toText(rawQ.QUESTION_TYPE).toLowerCase() === 'html',
    multiple,
    required: flag(rawQ.REQUIRED, false),
    voters,
    image: typeof imageSrc === 'string' && imageSrc !== '' ? imageSrc : null,
    answers: answers.map(({ sort: _sort, rawPercent, ...a }) => ({
      ...a,
      // The portal's own percent, else the share of the voters to two decimals; 0 to 100 either way.
      percent: Math.min(
        100,
        Math.max(0, Number.isFinite(rawPercent) ? rawPercent : voters > 0 ? Math.round(((a.votes * 100) / voters) * 100) / 100 : 0),
      ),
    })),
  };
  return { question, sort: num(rawQ.C_SORT, DEFAULT_SORT) };
}

/**
 * Turns the portal's raw `attach` into the typed `Poll` the element renders: IDs as strings, counts as numbers,
 * questions and answers sorted by `C_SORT` then `ID`, inactive ones left out, the user's own picks as `mine`.
 * With `extras.voted` (a `getWithVoted` read), answers of a public poll whose numbers the user may see get
 * `faces`.
 * @throws B24Error `BAD_RESPONSE` when the attach is unusable (see the file comment); never a TypeError.
 */
export function normalizeAttach(raw: unknown, extras?: NormalizeExtras): Poll {
  if (!isObject(raw)) throw bad(`expected an object, got ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}`);
  const attach = raw as RawAttach;
  const attachId = idString(attach.ID);
  if (!attachId) throw bad('no valid ID');
  const voteId = idString(attach.VOTE_ID);
  if (!voteId) throw bad('no valid VOTE_ID');

  const rawQuestions = entries(attach.QUESTIONS);
  if (!rawQuestions) throw bad('no QUESTIONS');
  const mine = picks(attach.userAnswerMap);

  const seen = new Set<string>();
  const sorted: Array<{ question: PollQuestion; sort: number; id: string }> = [];
  rawQuestions.forEach((rawQ, index) => {
    const q = normalizeQuestion(rawQ, index, mine);
    // normalizeQuestion has already thrown for a question without a valid ID.
    const qid = idString((rawQ as Obj).ID)!;
    if (seen.has(qid)) throw bad(`question ${qid} appears twice`);
    seen.add(qid);
    if (q) sorted.push({ ...q, id: qid });
  });
  if (sorted.length === 0) throw bad('no active questions');
  const questions = sorted.sort(bySortThenId).map((q) => q.question);

  const hasPicks = questions.some((q) => q.answers.some((a) => a.mine));
  const options = bitmask(attach.OPTIONS);

  const anonymity = num(attach.ANONYMITY, 1);
  const poll: Poll = {
    id: attachId,
    voteId,
    entityId: idString(attach.entityId) ?? '',
    voters: count(attach.COUNTER),
    // Only 2 stores ballots hidden (S vote.php registerEvent); 0 ("undefined") lists voters like 1.
    anonymous: anonymity === 2,
    public: anonymity !== 2,
    revoteAllowed: (options & 1) !== 0,
    resultsHidden: (options & 2) !== 0,
    canVote: flag(attach.canVote, false),
    canRevote: flag(attach.canRevote, false),
    canEdit: flag(attach.canEdit, false),
    isVoted: flag(attach.isVoted, hasPicks),
    isFinished: flag(attach.isFinished, false),
    signedAttachId: toText(attach.signedAttachId),
    resultUrl: toText(attach.resultUrl),
    downloadUrl: toText(attach.downloadUrl),
    questions,
  };
  return extras?.voted !== undefined ? withFaces(poll, extras.voted, extras.origin) : poll;
}

/** The poll with `faces` on every answer, when who voted may show at all (else unchanged). */
function withFaces(poll: Poll, voted: unknown, origin: string | undefined): Poll {
  if (!poll.public || !canReadResults(poll)) return poll;
  // `voted`: answer ID -> user rows (BaseUserDto); PHP's `[]` when nobody is listed. Unusable rows are dropped,
  // never fatal: faces are decoration, the poll is the data.
  const byAnswer = isObject(voted) ? voted : {};
  const facesOf = (answerId: string, votes: number): PollFace[] => {
    const faces: PollFace[] = [];
    // Never more faces than votes: a list out of step with the counters must not show voters who are not counted.
    const limit = Math.min(FACES_PER_ANSWER, votes);
    const rows = byAnswer[answerId];
    for (const row of Array.isArray(rows) ? rows : []) {
      if (faces.length >= limit) break;
      if (!isObject(row)) continue;
      const userId = idString(row.ID);
      if (!userId || faces.some((f) => f.id === userId)) continue;
      // IMAGE is a 64x64 resized avatar: absolute (cloud storage), portal-relative, or null.
      const image = typeof row.IMAGE === 'string' ? row.IMAGE.trim() : '';
      faces.push({ id: userId, name: typeof row.NAME === 'string' ? row.NAME.trim() : '', image: portalUrl(image, origin) });
    }
    return faces;
  };
  return {
    ...poll,
    questions: poll.questions.map((q) => ({
      ...q,
      answers: q.answers.map((a) => ({ ...a, faces: facesOf(a.id, a.votes) })),
    })),
  };
}
