/**
 * The write flow: vote, recall (withdraw), stop (close) and resume (reopen), with the lost-answer re-read, the
 * re-read after a refused change of vote, the faces' read after a write, the note about a long rate-limit wait,
 * and writes shared between elements showing the same poll. Loaded when the user first reaches for a poll or a host
 * calls a write method (see controllers/write-gate.ts); it sees the element only through the port.
 */
import { ballotFromPoll, validateBallot } from '../api/ballot.js';
import type { BallotError } from '../api/ballot-error.js';
import { ballotKey, sharedWrite } from '../api/shared-writes.js';
import type { Ballot, Poll } from '../api/types.js';
import { recall, resume, stop, vote, type PollResult } from '../api/vote-api.js';
import { readPoll } from '../api/vote-call.js';
import type { VotePort, WriteAction } from '../controllers/port.js';
import { numbersVisible, votersVisible } from '../state/display-rules.js';
import { hasFlag, LOST } from '../transport/error-codes.js';
import { asB24Error } from '../transport/b24-error.js';

/** Where focus goes once a write is through (and, for a vote or a withdrawal, already at the click). */
const FOCUS_AFTER: Record<WriteAction, string[]> = {
  vote: ['.results', '[part~="change-button"]'],
  recall: ['input', '.results', '.poll'],
  stop: ['[part~="reopen-button"]'],
  resume: ['[part~="close-button"]'],
};

/** What the live region says once a write other than a vote is through. */
const DONE_TEXT = { recall: 'voteWithdrawn', stop: 'pollClosedNow', resume: 'pollReopened' } as const;

/** The writes other than a vote: each sends the poll's ref alone. */
const OTHER_WRITES = { recall, stop, resume };

/** A wait for Bitrix24 longer than this is worth telling the user about (and is told after this long). */
const WAIT_NOTICE_MS = 2000;

/** Performs the element's writes. */
export class WritesController {
  constructor(private readonly port: VotePort) {}

  /**
   * One write: waits for the poll if it is still loading, checks the ballot, asks the host (`vote-submit`),
   * sends, and shows the outcome. Resolves true when the portal took the write.
   */
  async perform(action: WriteAction, given: Ballot | undefined, signal: AbortSignal): Promise<boolean> {
    const port = this.port;
    const store = port.store;
    let poll: Poll;
    try {
      // The poll on screen is the one written to; only one still loading (or failed) is waited for.
      poll = port.source && store.poll ? store.poll : await port.loaded();
    } catch {
      // The load has reported why (one failure, one event: `load`, with its Retry).
      if (!signal.aborted) port.setBusy(null);
      return false;
    }
    const source = port.source;
    if (signal.aborted || !source) return false;
    const { transport, ref, key } = source;

    let ballot: Ballot | undefined;
    if (action === 'vote') {
      const asked = given ?? store.selection.toBallot(poll);
      try {
        ballot = validateBallot(poll, asked);
      } catch (error) {
        port.setBusy(null); // before the report: focus goes to the question's inputs
        port.fail('vote', error as BallotError, { show: true, ballot: asked });
        return false;
      }
      if (!port.emit('vote-submit', { ballot: Object.freeze(structuredClone(ballot)) }, true)) {
        port.setBusy(null);
        return false;
      }
    }

    const before = store.truth;
    // Once a wait for Bitrix24 of more than 2 s (a 429 or 503 answer, or the page's own rate limit) has lasted 2 s, a
    // visible note and the live region say the vote is waiting.
    let waitTimer: ReturnType<typeof setTimeout> | undefined;
    const onWait = (waitMs: number): void => {
      if (waitMs <= WAIT_NOTICE_MS || waitTimer !== undefined) return;
      waitTimer = setTimeout(() => {
        port.setWaiting(true);
        port.announce(port.messages.rateLimitWaiting);
      }, WAIT_NOTICE_MS);
    };
    try {
      // Elements showing the same poll through the same transport (the same user) share one request for the same
      // write.
      const sent = sharedWrite(transport, `${action} ${key} ${ballot ? ballotKey(ballot) : ''}`, signal, (shared) => {
        const options = { signal: shared, onWait };
        return action === 'vote' ? vote(transport, ref, ballot!, options) : OTHER_WRITES[action](transport, ref, options);
      });
      // The outcome is drawn in the click's own task, right after the write was handed to the transport, and
      // focus goes where the portal's yes will put it.
      port.begin(action, ballot);
      if (action === 'vote' || action === 'recall') port.focus(...FOCUS_AFTER[action]);
      const result = await sent;
      if (signal.aborted) return false;
      this.succeeded(action, result, ballot);
      return true;
    } catch (error) {
      // Only the element's own aborts reject as aborts (the element's guard around the transport, bounded-transport.ts).
      if (signal.aborted) return false;
      const failure = asB24Error(error, 'BAD_RESPONSE', 'unexpected answer');
      // A read that came after the click already showed the write stored: the answer was lost, the write was not.
      const landed = store.truth !== before && store.truth;
      if (landed && writeTookEffect(action, landed.poll, ballot)) {
        this.succeeded(action, landed, ballot);
        return true;
      }
      // A change of vote the portal refused as a ballot: a required question (`QUESTION_{id}`), an empty ballot
      // (`VOTE_{id}`, `VOTE_*`), or a ballot error without a code. The server deletes the previous ballot before it
      // checks the new one, so the old ballot is gone already, and the screen must show the truth.
      const refusedChange = action === 'vote' && poll.isVoted && failure.source !== 'element'
        && /^((QUESTION|VOTE)_|0?$)/.test(failure.code);
      // After an answer was lost (or the portal says the poll changed under us) the write may or may not have been
      // stored. Never re-send blindly: read the poll again and show the truth.
      const lost = hasFlag(failure.code, failure.status, LOST);
      const stale = failure.code === '32' || (failure.code === '403' && action === 'vote');
      const truth = lost || stale || refusedChange
        ? await readPoll(transport, ref, { signal }).catch(() => null)
        : null;
      if (signal.aborted) return false;
      if (truth && writeTookEffect(action, truth.poll, ballot)) {
        this.succeeded(action, truth, ballot);
        return true;
      }
      const loadEvent = (): unknown => truth && port.emit('vote-load', { attach: truth.attach });
      if (truth) port.show(truth, 'load');
      // The architecture's order for a refused change: `vote-error` (what went wrong), then `vote-load` (the truth).
      if (!refusedChange) loadEvent();
      port.setBusy(null); // before the report: S is drawn again, and Retry must not be disabled
      // Back to the user's own picks (a vote), or to Retry.
      port.fail(action, failure, { show: true, ballot, focus: truth ? undefined : 'input:checked' });
      if (refusedChange) loadEvent();
      return false;
    } finally {
      clearTimeout(waitTimer);
      port.setWaiting(false);
    }
  }

  private succeeded(action: WriteAction, { attach, poll }: PollResult, ballot: Ballot | undefined): void {
    const port = this.port;
    const m = port.messages;
    port.show({ attach, poll }, 'write');
    port.setBusy(null);
    if (action === 'vote') {
      port.announce(numbersVisible(poll) ? m.voteCounted : m.resultsHiddenUntilClosed);
      port.emit('vote-success', { attach, ballot: ballot ?? ballotFromPoll(poll) });
    } else {
      port.announce(m[DONE_TEXT[action]]);
      port.emit(action === 'recall' ? 'vote-recall' : 'vote-load', { attach });
    }
    port.focus(...FOCUS_AFTER[action]);
    // A write's own attach has no voters (stop and resume read the poll with them): one read, which the write does
    // not wait for, brings the faces back.
    const hasFaces = poll.questions.some((q) => q.answers.some((a) => a.faces !== undefined));
    if (votersVisible(poll, port.hideVoters) && !hasFaces) void port.refresh({ quiet: true });
  }
}

/** Whether a re-read poll shows that a write whose answer was lost did take effect. */
function writeTookEffect(action: WriteAction, poll: Poll, ballot: Ballot | undefined): boolean {
  if (action === 'vote') return poll.isVoted && ballot !== undefined && ballotKey(ballotFromPoll(poll)) === ballotKey(ballot);
  return action === 'recall' ? !poll.isVoted : poll.isFinished === (action === 'stop');
}
