/**
 * The author's Close (with a confirmation) and Reopen buttons. Loaded only for polls the user may edit
 * (see load-features.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { FooterContext } from '../views/footer.js';

/** Close, its confirmation, or Reopen, by the poll's state. */
export function renderAuthorTools(ctx: FooterContext): TemplateResult {
  const { poll, m, busy } = ctx;
  const disabled = busy !== null;
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
