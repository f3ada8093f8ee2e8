import { html, type TemplateResult } from 'lit';
import type { ComposerMessages } from '../i18n/types.js';
import { filledAnswers, type Draft } from '../state/draft.js';

/**
 * The poll as the voter will draw it, from the form alone (no request): the voter's classes and custom properties,
 * so that its look, `appearance` and a page's `--b24-vote-*` values carry over. Inert: it is a picture, not a form.
 */
export function renderPreview(m: ComposerMessages, draft: Draft): TemplateResult {
  const answers = filledAnswers(draft.answers);
  const type = draft.multiple ? 'checkbox' : 'radio';
  return html`<section part="preview" class="preview" aria-labelledby="preview-title">
    <h3 class="preview-title" id="preview-title">${m.preview}</h3>
    <div class="poll" inert>
      <div class="question">
        <p class="question-text">${draft.question.trim() || m.questionPlaceholder}</p>
        <div class="answers">
          ${answers.map((text) => html`<label class="answer"><input type=${type} tabindex="-1" /><span class="answer-text">${text}</span></label>`)}
        </div>
      </div>
      <p class="meta">${draft.anonymous ? m.anonymousPoll : m.publicPoll}</p>
    </div>
  </section>`;
}
