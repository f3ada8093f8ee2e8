import { html, nothing, type TemplateResult } from 'lit';
import type { ComposerMessages } from '../i18n/types.js';
import type { PostedPoll } from '../controllers/send-controller.js';

/** After a post: the new poll, drawn by the voter from one read, and "Create another poll". */
export function renderPosted(m: ComposerMessages, posted: PostedPoll, lang: string, theme: string | undefined, appearance: string | undefined, onAnother: () => void): TemplateResult {
  return html`<div part="done" class="done">
    <p class="note" role="status" tabindex="-1" id="posted-note">${m.posted}</p>
    <b24-attached-vote
      part="posted-poll"
      module-id="im"
      entity-id=${String(posted.messageId)}
      lang=${lang}
      theme=${theme ?? nothing}
      appearance=${appearance ?? nothing}
      .transport=${posted.transport}
    ></b24-attached-vote>
    <div class="actions">
      <button part="button another-button" class="button primary" type="button" @click=${onAnother}>${m.createAnother}</button>
    </div>
  </div>`;
}

/** A failure, in words of the composer's own; "Post again" when the same key may be sent again. */
export function renderFailure(text: string, againLabel: string | null, onAgain: () => void): TemplateResult {
  return html`<div part="error" class="error" role="alert" tabindex="-1">
    <p class="error-text">${text}</p>
    ${againLabel ? html`<p><button part="button retry-button" class="button" type="button" @click=${onAgain}>${againLabel}</button></p>` : nothing}
  </div>`;
}
