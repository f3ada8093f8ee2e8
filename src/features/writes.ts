/**
 * The write flow: vote, recall (withdraw), stop (close) and resume (reopen). Loaded when the user first reaches for
 * a poll or a host calls one of the element's write methods (see load-features.ts).
 */
import { ballotFromPoll, validateBallot } from '../api/ballot.js';
import type { BallotError } from '../api/ballot-error.js';
import { pollUpdates } from '../api/poll-loader.js';
import { ballotKey, sharedWrite } from '../api/shared-writes.js';
import type { Ballot, Poll } from '../api/types.js';
import { getPoll, recall, resume, stop, vote, type PollResult } from '../api/vote-api.js';
import type { B24AttachedVote, PollSource, WriteAction } from '../attached-vote.js';
import { createVoteEvent } from '../events.js';
import { numbersVisible } from '../state/display-rules.js';
import { isAbortError } from '../transport/abort.js';
import { B24Error, isB24Error } from '../transport/b24-error.js';

// Failures after which the portal may or may not have stored a write: re-read before telling the user anything.
const lostAnswerCodes = new Set(['NETWORK_ERROR', 'TIMEOUT', 'BAD_RESPONSE']);

/**
 * Performs one write for the element: waits for the poll if it is still loading, checks the ballot, asks the host
 * (`vote-submit`), sends, and shows the outcome. Resolves true when the portal took the write.
 */
export async function performWrite(el: B24AttachedVote, action: WriteAction, given: Ballot | undefined, signal: AbortSignal): Promise<boolean> {
  if (!el._poll && el._source && !(el._source instanceof B24Error)) {
    el._visible = true;
    // The load starts in the update that _visible schedules; only then does taskComplete wait for it.
    await el.updateComplete;
    await el._loadTask.taskComplete.catch(() => undefined);
  }
  const source = el._source;
  const poll = el._poll;
  if (signal.aborted) return false;
  if (!source || source instanceof B24Error || !poll) {
    const reason = source instanceof B24Error ? source : new B24Error('BAD_RESPONSE', 'the poll is not loaded');
    el._report(action, reason, { show: true });
    return false;
  }

  let ballot: Ballot | undefined;
  if (action === 'vote') {
    const asked = given ?? el._selection.toBallot(poll);
    try {
      ballot = validateBallot(poll, asked);
    } catch (error) {
      el._report('vote', error as BallotError, { show: true, ballot: asked });
      return false;
    }
    const submit = createVoteEvent('vote-submit', { ballot: Object.freeze(structuredClone(ballot)) }, true);
    if (!el.dispatchEvent(submit)) return false;
  }

  el._busy = action;
  el._failure = null;
  el._announce(el._messages.working);
  try {
    const result = await send(action, source, ballot, signal);
    if (signal.aborted) return false;
    succeeded(el, action, result, ballot);
    return true;
  } catch (error) {
    if (signal.aborted || isAbortError(error)) return false;
    const failure = isB24Error(error) ? error : new B24Error('BAD_RESPONSE', 'unexpected answer');
    const truth = await reread(action, source, failure, signal);
    if (signal.aborted) return false;
    if (truth && writeTookEffect(action, truth.poll, ballot)) {
      succeeded(el, action, truth, ballot);
      return true;
    }
    if (truth) {
      el._applyResult(truth);
      el._fire('vote-load', { attach: truth.attach });
    }
    el._busy = null; // before the report: focus goes to a Retry button that must not be disabled
    el._report(action, failure, { show: true, ballot });
    return false;
  } finally {
    if (!signal.aborted) el._busy = null;
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

function succeeded(el: B24AttachedVote, action: WriteAction, result: PollResult, ballot: Ballot | undefined): void {
  const m = el._messages;
  el._applyResult(result);
  el._failure = null;
  el._changing = false;
  el._confirmingClose = false;
  el._busy = null;
  el._selection.resetFrom(result.poll);
  el._dropVoters();
  const source = el._source;
  if (source && !(source instanceof B24Error)) pollUpdates.publish(source.transport, result.attach, el._onPeerUpdate);
  switch (action) {
    case 'vote':
      el._announce(numbersVisible(result.poll) ? m.voteCounted : m.resultsHiddenUntilClosed);
      el._fire('vote-success', { attach: result.attach, ballot: ballot ?? ballotFromPoll(result.poll) });
      el._focusAfterUpdate('.results', '[part~="change-button"]');
      break;
    case 'recall':
      el._selection.clear();
      el._announce(m.voteWithdrawn);
      el._fire('vote-recall', { attach: result.attach });
      el._focusAfterUpdate('input', '.results', '.poll');
      break;
    case 'stop':
    case 'resume':
      el._announce(action === 'stop' ? m.pollClosedNow : m.pollReopened);
      el._fire('vote-load', { attach: result.attach });
      el._focusAfterUpdate(action === 'stop' ? '[part~="reopen-button"]' : '[part~="close-button"]');
      break;
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
