import { ballotFromPoll, ballotOf } from '../api/ballot.js';
import type { Ballot, Poll } from '../api/types.js';

/** The user's picks while voting: question ID -> answer IDs. Survives every failure; only a success replaces it. */
export class Selection {
  private picks = new Map<string, string[]>();

  /** The picks of a question. */
  of(questionId: string): readonly string[] {
    return this.picks.get(questionId) ?? [];
  }

  /** True when the answer is picked. */
  has(questionId: string, answerId: string): boolean {
    return this.of(questionId).includes(answerId);
  }

  /** Picks an answer: replaces the question's pick for single choice, toggles it for multiple choice. */
  set(questionId: string, answerId: string, multiple: boolean, checked: boolean): void {
    // The order of the picks means nothing (a ballot takes the poll's order): only which answers are in.
    const others = multiple ? this.of(questionId).filter((id) => id !== answerId) : [];
    this.picks.set(questionId, checked ? [...others, answerId] : others);
  }

  /** Starts again from the poll's own picks (what the user voted), keeping nothing else. */
  resetFrom(poll: Poll): void {
    this.picks = new Map(Object.entries(ballotFromPoll(poll)));
  }

  /** Drops everything. */
  clear(): void {
    this.picks.clear();
  }

  /** The ballot of the current picks, in the poll's question and answer order. */
  toBallot(poll: Poll): Ballot {
    return ballotOf(poll, (q, a) => this.has(q.id, a.id));
  }

  /**
   * The picks make a ballot the portal takes: something answered and every required question answered. (The form
   * offers only the poll's own answers, one per single-choice question, so nothing else can be wrong.)
   */
  readyFor(poll: Poll): boolean {
    const ballot = this.toBallot(poll);
    return Object.keys(ballot).length > 0 && poll.questions.every((q) => !q.required || q.id in ballot);
  }
}
