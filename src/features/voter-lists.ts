/**
 * Who voted for an answer (public polls): the lists open from a result's vote count and load page by page.
 * Loaded the first time a list is opened; it sees the element only through the port.
 */
import type { PollAnswer } from '../api/types.js';
import { getAnswerVoted } from '../api/vote-api.js';
import type { VotePort } from '../controllers/port.js';
import { describeError } from '../state/error-message.js';
import { asB24Error } from '../transport/b24-error.js';
import { portalUrl } from '../util/portal-link.js';
import { renderVoters, type VotersState } from '../views/voters.js';

/** The open lists of one element. Dropped (pages in flight aborted) with the poll and after each write. */
export class VoterListsController {
  /** Renders an open list. */
  readonly render = renderVoters;
  private lists = new Map<string, VotersState>();
  private pages = new AbortController();

  constructor(private readonly port: VotePort) {
    port.onChange((change) => {
      if (change === 'write' || change === 'drop') this.drop();
    });
  }

  /** The list of an answer, if it was opened. */
  of(answerId: string): VotersState | undefined {
    return this.lists.get(answerId);
  }

  /** Opens or closes an answer's list; the first opening (or one after a failed page) loads a page. */
  toggle(answer: PollAnswer): void {
    const current = this.lists.get(answer.id);
    if (current) {
      this.set(answer.id, { ...current, open: !current.open });
      // Opening a list whose last page failed tries that page again.
      if (!current.open && current.failed) void this.more(answer);
      return;
    }
    this.set(answer.id, { open: true, loading: false, voters: [], total: answer.votes, next: 0, failed: null });
    void this.more(answer);
  }

  /** Loads the next page of an answer's list (or the failed one again). */
  async more(answer: PollAnswer): Promise<void> {
    const source = this.port.source;
    const current = this.lists.get(answer.id);
    if (!source || !current || current.loading || current.next === null) return;
    this.set(answer.id, { ...current, loading: true, failed: null });
    // Dropped lists abort their pages: nothing stale comes back, nothing leaks.
    const signal = this.pages.signal;
    try {
      const page = await getAnswerVoted(source.transport, source.ref, answer.id, { start: current.next, signal });
      // Dropped lists abort their pages, and only they replace the lists: an answer that is not aborted has its list.
      if (signal.aborted) return;
      const latest = this.lists.get(answer.id)!;
      // Avatars come relative to the portal (or from its cloud storage): resolved here, http(s) only.
      const voters = page.voters.map((v) => ({ ...v, image: portalUrl(v.image, source.transport.origin) }));
      this.set(answer.id, { ...latest, loading: false, voters: [...latest.voters, ...voters], total: page.total, next: page.next });
    } catch (error) {
      // Only the element's own aborts reject as aborts (the element's guard around the transport, bounded-transport.ts).
      if (signal.aborted) return;
      const latest = this.lists.get(answer.id)!;
      const failure = asB24Error(error, 'BAD_RESPONSE', 'voters could not be read');
      // The same message (and the same "can Retry help?") as anywhere else in the element.
      const shown = describeError(this.port.messages, 'voters', failure);
      this.set(answer.id, { ...latest, loading: false, failed: shown });
      this.port.fail('voters', failure, { show: false });
    }
  }

  private set(answerId: string, state: VotersState): void {
    this.lists.set(answerId, state);
    this.port.requestUpdate();
  }

  private drop(): void {
    this.pages.abort();
    this.pages = new AbortController();
    this.lists = new Map();
    this.port.requestUpdate();
  }
}
