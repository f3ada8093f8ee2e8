import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ComposerMessages } from '../i18n/types.js';
import type { DraftAnswer } from '../state/draft.js';
import { LIMITS } from '../state/limits.js';
import { counterId, renderCounter } from './counter.js';

/** What the answer list needs from the composer. */
export interface AnswerRowsContext {
  m: ComposerMessages;
  answers: readonly DraftAnswer[];
  /** Per row: the index of an earlier row with the same text, or -1. */
  duplicates: readonly number[];
  busy: boolean;
  /** A note under the list (lines of a paste left out), or ''. */
  note: string;
  onInput(index: number, text: string): void;
  onKeydown(index: number, event: KeyboardEvent): void;
  onPaste(index: number, event: ClipboardEvent): void;
  onMove(index: number, to: number): void;
  onRemove(index: number): void;
  onAdd(): void;
}

/** The answers: one text field per row with move and remove buttons (for touch and pointer), and "Add answer". */
export function renderAnswerRows(ctx: AnswerRowsContext): TemplateResult {
  const { m, answers, busy } = ctx;
  const full = answers.length >= LIMITS.maxAnswers;
  return html`<fieldset part="answers" class="answers-field">
    <legend class="label">${m.answers}</legend>
    <ol class="answer-rows">
      ${answers.map((a, i) => renderRow(ctx, a, i))}
    </ol>
    ${full ? html`<p class="note" id="max-note">${m.maxAnswersNote}</p>` : nothing}
    ${ctx.note ? html`<p class="note warn" part="paste-note">${ctx.note}</p>` : nothing}
    <button part="button add-button" class="button" type="button" ?disabled=${full || busy} @click=${ctx.onAdd}>+ ${m.addAnswer}</button>
  </fieldset>`;
}

function renderRow(ctx: AnswerRowsContext, a: DraftAnswer, i: number): TemplateResult {
  const { m, answers, busy } = ctx;
  const n = i + 1;
  const same = ctx.duplicates[i] ?? -1;
  const dupId = `dup-${a.key}`;
  const countId = `count-${a.key}`;
  const described = [same >= 0 ? dupId : '', counterId(countId, a.text.length, LIMITS.answer) ?? ''].filter(Boolean).join(' ');
  return html`<li part="answer-row" class="answer-row" data-key=${a.key}>
    <div class="row-line">
      <input
        part="answer-input"
        class="text-input"
        type="text"
        data-key=${a.key}
        maxlength=${LIMITS.answer}
        aria-label=${m.answerLabel(n)}
        aria-invalid=${same >= 0 ? 'true' : 'false'}
        aria-describedby=${ifDefined(described || undefined)}
        placeholder=${m.answerLabel(n)}
        .value=${a.text}
        ?readonly=${busy}
        enterkeyhint=${i === answers.length - 1 && answers.length >= LIMITS.maxAnswers ? 'done' : 'next'}
        @input=${(e: Event) => ctx.onInput(i, (e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => ctx.onKeydown(i, e)}
        @paste=${(e: ClipboardEvent) => ctx.onPaste(i, e)}
      />
      <button part="icon-button move-up" class="icon-button" type="button" aria-label=${m.moveUp(n)} title=${m.moveUp(n)}
        ?disabled=${busy || i === 0} @click=${() => ctx.onMove(i, i - 1)}>↑</button>
      <button part="icon-button move-down" class="icon-button" type="button" aria-label=${m.moveDown(n)} title=${m.moveDown(n)}
        ?disabled=${busy || i === answers.length - 1} @click=${() => ctx.onMove(i, i + 1)}>↓</button>
      <button part="icon-button remove" class="icon-button" type="button" aria-label=${m.removeAnswer(n)} title=${m.removeAnswer(n)}
        ?disabled=${busy || answers.length <= LIMITS.minAnswers} @click=${() => ctx.onRemove(i)}>×</button>
    </div>
    ${same >= 0 ? html`<span class="field-note warn" id=${dupId}>${m.sameAs(same + 1)}</span>` : nothing}
    ${renderCounter(m, countId, a.text.length, LIMITS.answer)}
  </li>`;
}
