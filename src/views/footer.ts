import { html, nothing, type TemplateResult } from 'lit';
import type { Poll } from '../api/types.js';
import type { VoteAction } from '../events.js';
import type { VoteMessages } from '../i18n/types.js';
import { canChangeVote, numbersVisible } from '../state/display-rules.js';
import { portalUrl } from './links.js';

/** What the footer needs from the element. */
export interface FooterContext {
  poll: Poll;
  m: VoteMessages;
  origin: string | undefined;
  busy: VoteAction | null;
  /** The results view is shown (not the ballot form). */
  inResults: boolean;
  confirmingClose: boolean;
  onChange(): void;
  onWithdraw(): void;
  onAskClose(): void;
  onConfirmClose(): void;
  onCancelClose(): void;
  onReopen(): void;
}

/** Under the poll: what the user may do next, the poll's notes, links and the author's tools. */
export function renderFooter(ctx: FooterContext): TemplateResult {
  const { poll, m, busy } = ctx;
  const disabled = busy !== null;
  const resultUrl = numbersVisible(poll) ? portalUrl(poll.resultUrl, ctx.origin) : null;
  const downloadUrl = poll.canEdit ? portalUrl(poll.downloadUrl, ctx.origin) : null;
  const notes: TemplateResult[] = [];
  if (poll.isFinished) notes.push(html`<span class="closed" part="closed-note">${m.pollClosed}</span>`);
  else if (ctx.inResults && !poll.isVoted && !poll.canVote) notes.push(html`<span>${m.cannotVote}</span>`);
  else if (poll.isVoted && poll.resultsHidden && !numbersVisible(poll)) notes.push(html`<span>${m.resultsHiddenUntilClosed}</span>`);
  if (!poll.isFinished && !poll.revoteAllowed) notes.push(html`<span>${m.revoteUnavailable}</span>`);

  return html`<div class="footer" part="footer">
    ${ctx.inResults && canChangeVote(poll)
      ? html`<div class="actions" part="actions">
          <button type="button" class="button" part="button change-button" ?disabled=${disabled} @click=${ctx.onChange}>${m.changeVote}</button>
          <button type="button" class="button" part="button withdraw-button" ?disabled=${disabled} @click=${ctx.onWithdraw}>
            ${busy === 'recall' ? m.withdrawing : m.withdrawVote}
          </button>
        </div>`
      : nothing}
    <p class="meta">
      <span>${poll.voters > 0 ? m.voters(poll.voters) : m.noVotesYet}</span>
      <span>${poll.anonymous ? m.anonymousPoll : m.publicPoll}</span>
      ${notes}
    </p>
    ${resultUrl || downloadUrl
      ? html`<p class="links">
          ${resultUrl ? html`<a part="link results-link" href=${resultUrl} target="_blank" rel="noopener noreferrer">${m.fullResults}</a>` : nothing}
          ${downloadUrl ? html`<a part="link download-link" href=${downloadUrl} target="_blank" rel="noopener noreferrer">${m.downloadResults}</a>` : nothing}
        </p>`
      : nothing}
    ${poll.canEdit ? renderAuthorTools(ctx, disabled) : nothing}
  </div>`;
}

function renderAuthorTools(ctx: FooterContext, disabled: boolean): TemplateResult {
  const { poll, m, busy } = ctx;
  if (poll.isFinished) {
    return html`<div class="author-tools" part="author-tools">
      <button type="button" class="button" part="button reopen-button" ?disabled=${disabled} @click=${ctx.onReopen}>
        ${busy === 'resume' ? m.working : m.reopenPoll}
      </button>
    </div>`;
  }
  if (ctx.confirmingClose) {
    return html`<div class="author-tools confirm" part="author-tools" role="group" aria-labelledby="close-confirm-text">
      <p id="close-confirm-text">${m.closePollConfirm}</p>
      <button type="button" class="button danger" part="button confirm-close-button" ?disabled=${disabled} @click=${ctx.onConfirmClose}>
        ${busy === 'stop' ? m.working : m.closePollConfirmYes}
      </button>
      <button type="button" class="button" part="button" ?disabled=${disabled} @click=${ctx.onCancelClose}>${m.cancel}</button>
    </div>`;
  }
  return html`<div class="author-tools" part="author-tools">
    <button type="button" class="button" part="button close-button" ?disabled=${disabled} @click=${ctx.onAskClose}>${m.closePoll}</button>
  </div>`;
}
