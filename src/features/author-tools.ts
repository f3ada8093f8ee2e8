/**
 * The author's Close (with a confirmation) and Reopen buttons, for polls the user may edit. Owns the
 * confirmation; sees the element only through the port.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { VotePort } from '../controllers/port.js';

/** Close, its confirmation, or Reopen, by the poll's state. */
export class AuthorToolsController {
  private confirming = false;

  constructor(private readonly port: VotePort) {
    // A write (this one's or another) and another poll both end the question.
    port.onChange((change) => {
      if (change === 'write' || change === 'drop') this.confirming = false;
    });
  }

  /** The tools for the poll on screen (nothing unless the user may edit it). */
  render(): TemplateResult | typeof nothing {
    const { store: { poll, busy }, messages: m } = this.port;
    if (!poll?.canEdit) return nothing;
    const disabled = busy !== null;
    if (poll.isFinished) {
      return html`<div class="author-tools" part="author-tools">
        <button type="button" class="button" part="button reopen-button" ?disabled=${disabled} @click=${this.reopen}>
          ${busy === 'resume' ? m.working : m.reopenPoll}
        </button>
      </div>`;
    }
    if (this.confirming) {
      return html`<div class="author-tools confirm" part="author-tools" role="group" aria-labelledby="close-confirm-text">
        <p id="close-confirm-text">${m.closePollConfirm}</p>
        <button type="button" class="button danger" part="button confirm-close-button" ?disabled=${disabled} @click=${this.close}>
          ${busy === 'stop' ? m.working : m.closePollConfirmYes}
        </button>
        <button type="button" class="button" part="button" ?disabled=${disabled} @click=${this.cancel}>${m.cancel}</button>
      </div>`;
    }
    return html`<div class="author-tools" part="author-tools">
      <button type="button" class="button" part="button close-button" ?disabled=${disabled} @click=${this.ask}>${m.closePoll}</button>
    </div>`;
  }

  private ask = (): void => this.setConfirming(true, '[part~="confirm-close-button"]');

  private cancel = (): void => this.setConfirming(false, '[part~="close-button"]');

  private close = (): void => void this.port.write('stop');

  private reopen = (): void => void this.port.write('resume');

  private setConfirming(confirming: boolean, focus: string): void {
    this.confirming = confirming;
    this.port.requestUpdate();
    this.port.focus(focus);
  }
}
