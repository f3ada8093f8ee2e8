/**
 * The write flow: vote, recall (withdraw), stop (close) and resume (reopen), with the lost-answer re-read and
 * writes shared between elements showing the same poll. Loaded when the user first reaches for a poll or a host
 * calls a write method (see controllers/write-gate.ts); it sees the element only through the port.
 */
import { ballotFromPoll, validateBallot } from '../api/ballot.js';
import type { BallotError } from '../api/ballot-error.js';
import { ballotKey, sharedWrite } from '../api/shared-writes.js';
import type { Ballot, Poll } from '../api/types.js';
import { getPoll, recall, resume, stop, vote, type PollResult } from '../api/vote-api.js';
import type { PollSource, VotePort, WriteAction } from '../controllers/port.js';
import { numbersVisible } from '../state/display-rules.js';
import { isAbortError } from '../transport/abort.js';
import { B24Error, isB24Error } from '../transport/b24-error.js';

// Failures after which the portal may or may not have stored a write: re-read before telling the user anything.
const lostAnswerCodes = new Set(['NETWORK_ERROR', 'TIMEOUT', 'BAD_RESPONSE']);

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
      poll = await port.loaded();
    } catch (error) {
      if (signal.aborted) return false;
      port.setBusy(null);
      port.fail(action, error as B24Error, { show: true });
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

    port.begin(action);
    try {
      const result = await send(action, source, ballot, signal);
      if (signal.aborted) return false;
      this.succeeded(action, result, ballot);
      return true;
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return false;
      const failure = isB24Error(error) ? error : new B24Error('BAD_RESPONSE', 'unexpected answer');
      const truth = await reread(action, source, failure, signal);
      if (signal.aborted) return false;
      if (truth && writeTookEffect(action, truth.poll, ballot)) {
        this.succeeded(action, truth, ballot);
        return true;
      }
      if (truth) {
        port.show(truth, 'load');
        port.emit('vote-load', { attach: truth.attach });
      }
      port.setBusy(null); // before the report: focus goes to a Retry button that must not be disabled
      port.fail(action, failure, { show: true, ballot });
      return false;
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
  }
}

function send(action: WriteAction, source: PollSource, ballot: Ballot | undefined, signal: AbortSignal): Promise<PollResult> {
  // Elements showing the same poll through the same transport (the same user) share one request for the same write.
  const key = `${action} ${source.key} ${ballot ? ballotKey(ballot) : ''}`;
  return sharedWrite(source.transport, key, signal, (shared) => {
    const options = { signal: shared };
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
async function reread(action: WriteAction, source: PollSource, failure: B24Error, signal: AbortSignal): Promise<PollResult | null> {
  const lost = lostAnswerCodes.has(failure.code) || failure.status >= 500;
  const stale = failure.code === '32' || (failure.code === '403' && action === 'vote');
  if (!lost && !stale) return null;
  try {
    return await getPoll(source.transport, source.ref, { signal });
  } catch {
    return null;
  }
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
