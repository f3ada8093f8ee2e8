import { html, nothing, type TemplateResult } from 'lit';
import type { Poll } from '../api/types.js';
import type { VoteAction } from '../events.js';
import type { VoteMessages } from '../i18n/types.js';
import { canChangeVote, numbersHiddenReason, numbersVisible } from '../state/display-rules.js';
import { portalUrl } from './links.js';

/** What the footer needs from the element. */
export interface FooterContext {
  poll: Poll;
  m: VoteMessages;
  origin: string | undefined;
  /** The write on the wire: Change and Withdraw stay shown but aria-disabled (focus may rest on them). */
  busy: VoteAction | null;
  /** The results view is shown (not the ballot form). */
  inResults: boolean;
  onChange(): void;
  onWithdraw(): void;
  /** The write in flight waits for Bitrix24 (a long rate-limit wait): say so. */
  waiting: boolean;
  /** The write in flight has taken a while: a quiet "Saving…". */
  slow: boolean;
  /** The author's tools (see features/author-tools.ts). */
  authorTools: TemplateResult | typeof nothing;
}

/** Under the poll: what the user may do next, the poll's notes, links and the author's tools. */
export function renderFooter(ctx: FooterContext): TemplateResult {
  const { poll, m, busy } = ctx;
  const disabled = busy !== null;
  const numbers = numbersVisible(poll);
  const resultUrl = numbers ? portalUrl(poll.resultUrl, ctx.origin) : null;
  const downloadUrl = poll.canEdit ? portalUrl(poll.downloadUrl, ctx.origin) : null;
  const notes: TemplateResult[] = [];
  if (poll.isFinished) notes.push(html`<span class="closed" part="closed-note">${m.pollClosed}</span>`);
  else if (ctx.inResults && !poll.isVoted && !poll.canVote) notes.push(html`<span>${m.cannotVote}</span>`);
  // Hide-results: say so to everyone but the author, before and after voting, open or finished.
  if (numbersHiddenReason(poll) === 'author-only') notes.push(html`<span>${m.resultsAuthorOnly}</span>`);
  if (!poll.isFinished && !poll.revoteAllowed) notes.push(html`<span>${m.revoteUnavailable}</span>`);

  return html`<div class="footer" part="footer">
    ${ctx.waiting ? html`<p class="note wait-note" part="wait-note">${m.rateLimitWaiting}</p>` : nothing}
    ${ctx.inResults && canChangeVote(poll)
      ? html`<div class="actions" part="actions">
          <button type="button" class="button" part="button change-button" aria-disabled=${disabled} @click=${ctx.onChange}>${m.changeVote}</button>
          <button type="button" class="button" part="button withdraw-button" aria-disabled=${disabled} @click=${ctx.onWithdraw}>
            ${busy === 'recall' ? m.withdrawing : m.withdrawVote}
          </button>
        </div>`
      : nothing}
    <p class="meta">
      ${numbers ? html`<span class="total">${poll.voters > 0 ? m.voters(poll.voters) : m.noVotesYet}</span>` : nothing}
      ${ctx.slow ? html`<span class="saving">${m.saving}</span>` : nothing}
      <span>${poll.anonymous ? m.anonymousPoll : m.publicPoll}</span>
      ${notes}
    </p>
    ${resultUrl || downloadUrl
      ? html`<p class="links">
          ${resultUrl ? html`<a part="link results-link" href=${resultUrl} target="_blank" rel="noopener noreferrer">${m.fullResults}</a>` : nothing}
          ${downloadUrl ? html`<a part="link download-link" href=${downloadUrl} target="_blank" rel="noopener noreferrer">${m.downloadResults}</a>` : nothing}
        </p>`
      : nothing}
    ${ctx.authorTools}
  </div>`;
}
