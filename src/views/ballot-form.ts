import { html, nothing, type TemplateResult } from 'lit';
import type { Poll, PollQuestion } from '../api/types.js';
import type { VoteMessages } from '../i18n/types.js';
import type { Selection } from '../state/selection.js';
import { renderQuestionImage } from './question-image.js';
import { plainText } from './plain-text.js';

/** What the ballot form needs from the element. */
export interface BallotFormContext {
  poll: Poll;
  m: VoteMessages;
  selection: Selection;
  origin?: string;
  submitting: boolean;
  /** A withdrawal is on the wire: the form drawn is what it will bring back (`aria-busy`). */
  busy: boolean;
  /** The ballot passes validation: the Vote button is enabled. */
  valid: boolean;
  /** Offer "Keep my vote" (the user is changing a vote). */
  changing: boolean;
  /** Hide the Vote button: a pick submits (`submit-on-select` on a single-choice poll). */
  submitsOnSelect: boolean;
  onPick(question: PollQuestion, answerId: string, checked: boolean): void;
  onKeydown(event: KeyboardEvent): void;
  onSubmit(event: Event): void;
  onCancelChange(): void;
}

/** The poll as a form: a fieldset per question, native radios or checkboxes, a Vote button. */
export function renderBallotForm(ctx: BallotFormContext): TemplateResult {
  const { poll, m, submitting } = ctx;
  const single = poll.questions.length === 1;
  const anyRequired = !single && poll.questions.some((q) => q.required);
  return html`<form part="form" novalidate @submit=${ctx.onSubmit} @keydown=${ctx.onKeydown} aria-busy=${submitting || ctx.busy}>
    ${poll.questions.map((q) => renderQuestion(ctx, q))}
    ${anyRequired ? html`<p class="note">${m.requiredNote}</p>` : nothing}
    <div class="actions" part="actions">
      ${ctx.submitsOnSelect && !submitting
        ? nothing
        : html`<button part="button vote-button" class="button primary" type="submit" ?disabled=${!ctx.valid || submitting}>
            ${submitting ? m.voting : m.vote}
          </button>`}
      ${ctx.changing
        ? html`<button part="button" class="button" type="button" ?disabled=${submitting} @click=${ctx.onCancelChange}>${m.cancelChange}</button>`
        : nothing}
    </div>
  </form>`;
}

function renderQuestion(ctx: BallotFormContext, q: PollQuestion): TemplateResult {
  const type = q.multiple ? 'checkbox' : 'radio';
  return html`<fieldset part="question" class="question" data-question=${q.id} ?disabled=${ctx.submitting}>
    <legend part="question-text" class="question-text">${plainText(q.text, q.html)}${q.required
        ? html`<span class="required" aria-hidden="true"> *</span><span class="visually-hidden"> (${ctx.m.required})</span>`
        : nothing}</legend>
    ${renderQuestionImage(q, ctx.origin)}
    <div class="answers">
      ${q.answers.map(
        (a) => html`<label part="answer" class="answer">
          <input
            type=${type}
            name=${`q${q.id}`}
            value=${a.id}
            .checked=${ctx.selection.has(q.id, a.id)}
            @change=${(e: Event) => ctx.onPick(q, a.id, (e.target as HTMLInputElement).checked)}
          />
          <span class="answer-text">${plainText(a.text, a.html)}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}
