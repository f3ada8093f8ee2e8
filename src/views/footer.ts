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
  origin?: string;
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
  // Hide-results: say so to everyone but the author, before and after voting, open or finished.
  const authorOnly = numbersHiddenReason(poll) === 'author-only';
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
      ${note(ctx.slow && m.saving)}
      ${note(poll.anonymous ? m.anonymousPoll : m.publicPoll)}
      ${poll.isFinished
        ? html`<span class="closed" part="closed-note">${m.pollClosed}</span>`
        : note(ctx.inResults && !poll.isVoted && !poll.canVote && m.cannotVote)}
      ${note(authorOnly && m.resultsAuthorOnly)}
      ${note(!poll.isFinished && !poll.revoteAllowed && m.revoteUnavailable)}
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

/** One of the poll's notes in the meta line, or nothing when it does not apply. */
function note(text: string | false): TemplateResult | typeof nothing {
  return text ? html`<span>${text}</span>` : nothing;
}
