import { B24Error } from '../transport/b24-error.js';

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
