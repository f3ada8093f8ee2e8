import { html, nothing, type TemplateResult } from 'lit';
import type { Poll } from '../api/types.js';
import type { VoteErrorDetail } from '../events.js';
import type { VoteMessages } from '../i18n/types.js';
import { describeError } from '../state/error-message.js';
import type { Selection } from '../state/selection.js';
import { plainText } from './plain-text.js';

/** What the error box needs. */
export interface FailureView {
  failure: VoteErrorDetail;
  poll: Poll | null;
  m: VoteMessages;
  busy: boolean;
  selection: Selection;
  onRetry: () => void;
}

/** The error box: the failure in the user's words (worded at render time, so a later language speaks too), Retry. */
export function renderFailure({ failure, poll, m, busy, selection, onRetry }: FailureView): TemplateResult {
  const question = poll?.questions.find((q) => q.id === failure.questionId);
  const open = !!poll && !poll.isFinished && (poll.canVote || poll.canRevote);
  const questionText = question && plainText(question.text, question.html);
  const { action } = failure;
  const shown = describeError(m, action, failure, questionText, open);
  const keepsSelection = action === 'vote' && !!poll && !!Object.keys(selection.toBallot(poll)).length;
  return html`<div class="error" part="error" role="alert" tabindex="-1">
    <p>${shown.text}${keepsSelection && shown.retry ? html` ${m.selectionKept}` : nothing}</p>
    ${shown.retry
      ? html`<button type="button" class="button" part="button retry-button" ?disabled=${busy}
          @click=${onRetry}>${m.retry}</button>`
      : nothing}
  </div>`;
}
