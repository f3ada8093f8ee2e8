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
import type { PollSource, VotePort, WriteAction } from '../controllers/port.js';
import { facesVisible, numbersVisible } from '../state/display-rules.js';
import { isAbortError } from '../transport/abort.js';
import { hasFlag, LOST } from '../transport/error-codes.js';
import { B24Error, isB24Error } from '../transport/b24-error.js';
import type { B24CallOptions } from '../transport/types.js';

// Failures after which the portal may or may not have stored a write: re-read before telling the user anything.

/** A wait for Bitrix24 longer than this is worth telling the user about (and is told after this long). */
const WAIT_NOTICE_MS = 2000;

/**
 * Whether the portal refused a ballot as such: a required question (`QUESTION_{id}`), an empty ballot
 * (`VOTE_{id}`, `VOTE_*`), or a ballot error without a code. The server deletes the previous ballot before it
 * checks the new one, so a refused change has already lost the old vote.
 */
function refusesBallot(failure: B24Error): boolean {
  return /^(QUESTION|VOTE)_/.test(failure.code) || failure.code === '0' || failure.code === '';
}

/** Performs the element's writes. */
export class WritesController {
  constructor(private readonly port: VotePort) {}

  /**
   * One write: waits for the poll if it is still loading, checks the ballot, asks the host (`vote-submit`),
   * sends, and shows the outcome. Resolves true when the portal took the write.
   */
  async perform(action: WriteAction, given: Ballot | undefined, signal: AbortSignal): Promise<boolean> {
    const port = this.port;
    let poll: Poll;
    try {
      // The poll on screen is the one written to; only one still loading (or failed) is waited for.
      poll = port.source && port.poll ? port.poll : await port.loaded();
    } catch {
      // The load has reported why (one failure, one event: `load`, with its Retry).
      if (!signal.aborted) port.setBusy(null);
      return false;
    }
    const source = port.source;
    if (signal.aborted || !source) return false;

    let ballot: Ballot | undefined;
    if (action === 'vote') {
      const asked = given ?? port.selection.toBallot(poll);
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

    const before = port.truth;
    const notice = waitNotice(port);
    try {
      const sent = send(action, source, ballot, signal, notice.onWait);
      // The outcome is drawn in the click's own task, right after the write was handed to the transport, and
      // focus goes where the portal's yes will put it.
      port.begin(action, ballot);
      if (action === 'vote') port.focus('.results', '[part~="change-button"]');
      if (action === 'recall') port.focus('input', '.results', '.poll');
      const result = await sent;
      if (signal.aborted) return false;
      this.succeeded(action, result, ballot);
      return true;
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return false;
      const failure = isB24Error(error) ? error : new B24Error('BAD_RESPONSE', 'unexpected answer');
      // A read that came after the click already showed the write stored: the answer was lost, the write was not.
      const landed = port.truth !== before && port.truth;
      if (landed && writeTookEffect(action, landed.poll, ballot)) {
        this.succeeded(action, landed, ballot);
        return true;
      }
      // A change of vote the portal refused: the old ballot is gone already, so the screen must show the truth.
      const refusedChange = action === 'vote' && poll.isVoted && failure.source !== 'element' && refusesBallot(failure);
      const truth = await reread(action, source, failure, signal, refusedChange);
      if (signal.aborted) return false;
      if (truth && writeTookEffect(action, truth.poll, ballot)) {
        this.succeeded(action, truth, ballot);
        return true;
      }
      if (truth && refusedChange) {
        // The architecture's order for this case: `vote-error` (what went wrong), then `vote-load` (the truth).
        port.show(truth, 'load');
        port.setBusy(null);
        port.fail(action, failure, { show: true, ballot });
        port.emit('vote-load', { attach: truth.attach });
        return false;
      }
      if (truth) {
        port.show(truth, 'load');
        port.emit('vote-load', { attach: truth.attach });
      }
      port.setBusy(null); // before the report: S is drawn again, and Retry must not be disabled
      // Back to the user's own picks (a vote), or to Retry.
      port.fail(action, failure, { show: true, ballot, focus: truth ? undefined : 'input:checked' });
      return false;
    } finally {
      notice.stop();
    }
  }

  private succeeded(action: WriteAction, result: PollResult, ballot: Ballot | undefined): void {
    const port = this.port;
    const m = port.messages;
    port.show(result, 'write');
    port.setBusy(null);
    switch (action) {
      case 'vote':
        port.announce(numbersVisible(result.poll) ? m.voteCounted : m.resultsHiddenUntilClosed);
        port.emit('vote-success', { attach: result.attach, ballot: ballot ?? ballotFromPoll(result.poll) });
        port.focus('.results', '[part~="change-button"]');
        break;
      case 'recall':
        port.announce(m.voteWithdrawn);
        port.emit('vote-recall', { attach: result.attach });
        port.focus('input', '.results', '.poll');
        break;
      case 'stop':
      case 'resume':
        port.announce(action === 'stop' ? m.pollClosedNow : m.pollReopened);
        port.emit('vote-load', { attach: result.attach });
        port.focus(action === 'stop' ? '[part~="reopen-button"]' : '[part~="close-button"]');
        break;
    }
    // A write's own attach has no voters: one read, which the write does not wait for, brings the faces back.
    if (facesVisible(result.poll, port.hideVoters) && !hasFaces(result.poll)) void port.refresh({ quiet: true });
  }
}

/**
 * Tells the user when the write waits long for Bitrix24 (a 429 or 503 answer, or the page's own rate limit): once a
 * wait of more than 2 s has lasted 2 s, a visible note and the live region say the vote is waiting.
 */
function waitNotice(port: VotePort): { onWait: NonNullable<B24CallOptions['onWait']>; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    onWait: (waitMs) => {
      if (waitMs <= WAIT_NOTICE_MS || timer !== undefined) return;
      timer = setTimeout(() => {
        port.setWaiting(true);
        port.announce(port.messages.rateLimitWaiting);
      }, WAIT_NOTICE_MS);
    },
    stop: () => {
      clearTimeout(timer);
      port.setWaiting(false);
    },
  };
}

function send(
  action: WriteAction,
  source: PollSource,
  ballot: Ballot | undefined,
  signal: AbortSignal,
  onWait: B24CallOptions['onWait'],
): Promise<PollResult> {
  // Elements showing the same poll through the same transport (the same user) share one request for the same write.
  const key = `${action} ${source.key} ${ballot ? ballotKey(ballot) : ''}`;
  return sharedWrite(source.transport, key, signal, (shared) => {
    const options = { signal: shared, onWait };
    switch (action) {
      case 'vote':
        return vote(source.transport, source.ref, ballot!, options);
      case 'recall':
        return recall(source.transport, source.ref, options);
      case 'stop':
        return stop(source.transport, source.ref, options);
      case 'resume':
        return resume(source.transport, source.ref, options);
    }
  });
}

/**
 * After an answer was lost (or the portal says the poll changed under us) the write may or may not have been
 * stored. Never re-send blindly: read the poll again and show the truth.
 */
async function reread(
  action: WriteAction,
  source: PollSource,
  failure: B24Error,
  signal: AbortSignal,
  refusedChange: boolean,
): Promise<PollResult | null> {
  const lost = hasFlag(failure.code, failure.status, LOST);
  const stale = failure.code === '32' || (failure.code === '403' && action === 'vote');
  if (!lost && !stale && !refusedChange) return null;
  try {
    return await readPoll(source.transport, source.ref, { signal });
  } catch {
    return null;
  }
}

/** Whether the poll came with its voters (a `getWithVoted` read: stop and resume read the poll that way). */
function hasFaces(poll: Poll): boolean {
  return poll.questions.some((q) => q.answers.some((a) => a.faces !== undefined));
}

/** Whether a re-read poll shows that a write whose answer was lost did take effect. */
function writeTookEffect(action: WriteAction, poll: Poll, ballot: Ballot | undefined): boolean {
  switch (action) {
    case 'vote':
      return poll.isVoted && ballot !== undefined && ballotKey(ballotFromPoll(poll)) === ballotKey(ballot);
    case 'recall':
      return !poll.isVoted;
    case 'stop':
      return poll.isFinished;
    case 'resume':
      return !poll.isFinished;
  }
}
