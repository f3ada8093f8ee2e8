/**
 * Who voted for an answer (public polls): the lists open from a result's vote count and load page by page.
 * Loaded the first time a list is opened (see load-features.ts).
 */
import type { PollAnswer } from '../api/types.js';
import { getAnswerVoted } from '../api/vote-api.js';
import type { B24AttachedVote } from '../attached-vote.js';
import { describeError } from '../state/error-message.js';
import { isAbortError } from '../transport/abort.js';
import { B24Error, isB24Error } from '../transport/b24-error.js';
import type { VotersState } from '../views/voters.js';

export { renderVoters } from '../views/voters.js';

/** Opens or closes an answer's list; the first opening (or one after a failed page) loads a page. */
export function toggleVoters(el: B24AttachedVote, answer: PollAnswer): void {
  const current = el._voters.get(answer.id);
  if (current) {
    setVoters(el, answer.id, { ...current, open: !current.open });
    // Opening a list whose last page failed tries that page again.
    if (!current.open && current.failed) void loadVoters(el, answer);
    return;
  }
  setVoters(el, answer.id, { open: true, loading: false, voters: [], total: answer.votes, next: 0, failed: null });
  void loadVoters(el, answer);
}

/** Loads the next page of an answer's list (or the failed one again). */
export async function loadVoters(el: B24AttachedVote, answer: PollAnswer): Promise<void> {
  const source = el._source;
  const current = el._voters.get(answer.id);
  if (!source || source instanceof B24Error || !current || current.loading || current.next === null) return;
  setVoters(el, answer.id, { ...current, loading: true, failed: null });
  // Dropped lists (removal, another poll, a write) abort their pages: nothing stale comes back, nothing leaks.
  const signal = el._votersController.signal;
  try {
    const page = await getAnswerVoted(source.transport, source.ref, answer.id, { start: current.next, signal });
    const latest = el._voters.get(answer.id);
    if (signal.aborted || !latest) return;
    setVoters(el, answer.id, { ...latest, loading: false, voters: [...latest.voters, ...page.voters], total: page.total, next: page.next });
  } catch (error) {
    const latest = el._voters.get(answer.id);
    if (signal.aborted || isAbortError(error) || !latest) return;
    const failure = isB24Error(error) ? error : new B24Error('BAD_RESPONSE', 'voters could not be read');
    // The same message (and the same "can Retry help?") as anywhere else in the element.
    const shown = describeError(el._messages, 'voters', failure.code, failure.description, failure.status);
    setVoters(el, answer.id, { ...latest, loading: false, failed: shown });
    el._report('voters', failure, { show: false });
  }
}

function setVoters(el: B24AttachedVote, answerId: string, state: VotersState): void {
  const next = new Map(el._voters);
  next.set(answerId, state);
  el._voters = next;
}
