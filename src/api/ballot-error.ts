import { B24Error, isB24Error } from '../transport/b24-error.js';

/**
 * `INVALID_BALLOT`: a ballot refused before it was sent. A `B24Error` (same `name`, so `isB24Error` holds) that
 * also names the offending question, because the element's `vote-error` detail carries `questionId` so the host
 * (and the element) can point at it.
 */
export class BallotError extends B24Error {
  /** The question the ballot is wrong about, as a string ID. */
  readonly questionId: string | undefined;

  constructor(description: string, questionId?: string) {
    super('INVALID_BALLOT', description, 0);
    this.questionId = questionId;
  }
}

/** The question ID in the portal's `QUESTION_{id}` error code (`QUESTION_12` -> `'12'`), else null. */
export function questionIdFromPortalCode(code: string): string | null {
  const m = /^QUESTION_(\d+)$/.exec(code);
  return m ? m[1]! : null;
}

/**
 * The question an error is about, for the `vote-error` detail: a local `INVALID_BALLOT`'s `questionId`, or the
 * ID in the portal's `QUESTION_{id}` code (a required question left unanswered). Undefined for other errors.
 */
export function errorQuestionId(error: unknown): string | undefined {
  if (!isB24Error(error)) return undefined;
  const own = (error as { questionId?: unknown }).questionId;
  if (typeof own === 'string' && own !== '') return own;
  return questionIdFromPortalCode(error.code) ?? undefined;
}
