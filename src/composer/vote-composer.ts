import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styles } from '../attached-vote.styles.js';
import { LanguageController } from '../controllers/language-controller.js';
import type { B24Transport } from '../transport/types.js';
import { composerStyles } from './composer.styles.js';
import { DraftController } from './controllers/draft-controller.js';
import { SendController } from './controllers/send-controller.js';
import { composerMessages, type ComposerTexts } from './i18n/catalog.js';
import type { ComposerMessageOverrides } from './i18n/types.js';
import { addAnswerAfter, insertLines, moveAnswer, pastedLines, removeAnswer } from './state/answer-list.js';
import { draftProblem, duplicatesOf, filledAnswers, type Draft } from './state/draft.js';
import { LIMITS } from './state/limits.js';
import { renderAnswerRows } from './views/answer-rows.js';
import { counterId, renderCounter } from './views/counter.js';
import { renderFailure, renderPosted } from './views/outcome.js';
import { renderPreview } from './views/preview.js';
import { renderSettings } from './views/settings.js';

/**
 * A form that creates a Bitrix24 chat poll (`vote.Integration.Im.send`) and then shows it with `<b24-attached-vote>`.
 *
 * @summary Creates a poll in a Bitrix24 chat.
 * @tag b24-vote-composer
 *
 * @attribute {string} lang - The element's language; else the nearest ancestor's, else the document's, else English.
 *
 * @fires {CustomEvent<ComposeSubmitDetail>} compose-submit - A poll is about to be posted; cancelable. Detail: `{ chatId, data }`.
 * @fires {CustomEvent<ComposeSuccessDetail>} compose-success - The poll was posted. Detail: `{ chatId, messageId, voteId }`.
 * @fires {CustomEvent<ComposeErrorDetail>} compose-error - Posting failed or could not be settled.
 *   Detail: `{ code, description, status, source, mayBePosted }`.
 *
 * @csspart form - The form.
 * @csspart question-input - The question's field.
 * @csspart answers - The answers' group.
 * @csspart answer-row - One answer row.
 * @csspart answer-input - An answer's field.
 * @csspart icon-button - The move and remove buttons.
 * @csspart move-up - An answer's "move up" button.
 * @csspart move-down - An answer's "move down" button.
 * @csspart remove - An answer's "remove" button.
 * @csspart add-button - The "Add answer" button.
 * @csspart paste-note - Says how many pasted lines were left out.
 * @csspart counter - A field's "characters left".
 * @csspart settings - The poll's options.
 * @csspart setting - One option.
 * @csspart button - Every button.
 * @csspart send-button - The "Post poll" button.
 * @csspart reason - Why the poll cannot be posted yet.
 * @csspart preview - The preview of the poll.
 * @csspart error - The error message box.
 * @csspart retry-button - "Post again".
 * @csspart done - What shows after the poll was posted.
 * @csspart posted-poll - The posted poll (`<b24-attached-vote>`).
 * @csspart another-button - "Create another poll".
 *
 * @cssprop [--b24-vote-font=inherit] - Font family (shared with `<b24-attached-vote>`, as are all `--b24-vote-*`).
 * @cssprop [--b24-vote-color=light-dark(#333a45, #e7eaee)] - Text color.
 * @cssprop [--b24-vote-background=light-dark(#fff, #1f2329)] - Background of the box and the fields.
 * @cssprop [--b24-vote-border-color=light-dark(#dfe3e8, #3a414b)] - Borders.
 * @cssprop [--b24-vote-accent=light-dark(#0b66c3, #6cb4ff)] - The primary button and focus rings.
 * @cssprop [--b24-vote-danger=light-dark(#c0262d, #ff8a8f)] - Notes about a problem (duplicates, full fields).
 */
export class B24VoteComposer extends LitElement {
  static override styles = [styles, composerStyles];

  /** The chat to post in (a number). Wins over `dialog-id`. */
  @property({ attribute: 'chat-id' }) chatId?: number | string;

  /** A dialog ID (a user ID, or `chatNN`), looked up with `im.dialog.get` (needs the `im` scope). */
  @property({ attribute: 'dialog-id' }) dialogId?: string;

  /** A Bitrix24 inbound webhook URL: `https://portal/rest/{userId}/{code}/`. */
  @property({ attribute: 'webhook-url' }) webhookUrl?: string;

  /** The transport: any object with `call(method, params, { signal })`. Wins over `webhook-url` and BX24. */
  @property({ attribute: false }) transport?: B24Transport;

  /** Message overrides: message key -> string or function, over any language. */
  @property({ attribute: false }) messages?: ComposerMessageOverrides;

  /** Force `light` or `dark`; by default the element follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** `neutral` (default) or `bitrix24`: the look, shared with `<b24-attached-vote>` (and passed on to the posted poll). */
  @property({ reflect: true }) appearance?: 'neutral' | 'bitrix24';

  readonly #language = new LanguageController<ComposerTexts>(this, () => this.messages, composerMessages);
  readonly #drafts = new DraftController(this, () => this.#chatKey());
  readonly #sending = new SendController(
    {
      host: this,
      transport: () => this.transport,
      webhookUrl: () => this.webhookUrl,
      chatIdText: () => (this.chatId === undefined || this.chatId === null || this.chatId === '' ? null : String(this.chatId)),
      dialogId: () => this.dialogId ?? null,
      messages: () => this.#language.messages,
    },
    this.#drafts,
  );
  /** What to focus after the next render: a selector in the shadow root. */
  #focusNext: string | null = null;
  #pasteNote = '';
  #announcement = '';

  /** Posts the poll. Resolves true when it was posted; false otherwise (reported by `compose-error`); never rejects. */
  async submit(): Promise<boolean> {
    const posted = await this.#sending.send();
    this.#focusNext = posted ? '#posted-note' : this.#sending.failure ? '[part~="error"]' : null;
    this.requestUpdate();
    return posted;
  }

  #chatKey(): string | null {
    if (this.chatId !== undefined && this.chatId !== null && this.chatId !== '') return `chat:${String(this.chatId).trim()}`;
    return this.dialogId ? `dialog:${this.dialogId.trim()}` : null;
  }

  #change(patch: Partial<Draft>): void {
    this.#drafts.change(patch);
  }

  #busy(): boolean {
    return this.#sending.phase === 'sending' || this.#sending.phase === 'waiting';
  }

  protected override render(): TemplateResult {
    const m = this.#language.messages;
    const posted = this.#sending.posted;
    if (this.#sending.phase === 'posted' && posted) {
      return html`<div class="poll" lang=${this.#language.lang}>${renderPosted(m, posted, this.#language.lang, this.theme, this.appearance, () => this.#another())}</div>`;
    }
    const draft = this.#drafts.draft;
    const busy = this.#busy();
    const problem = this.#chatKey() === null ? 'needChat' : draftProblem(draft);
    const reason = problem ? m[problem] : '';
    const blank = draft.answers.length - filledAnswers(draft.answers).length;
    const phase = this.#sending.phase;
    const qCount = counterId('q-count', draft.question.length, LIMITS.question);
    return html`<form part="form" class="poll composer" novalidate aria-busy=${busy ? 'true' : 'false'} @submit=${this.#onSubmit}>
      <div>
        <label class="label" for="question">${m.question}</label>
        <input part="question-input" class="text-input" id="question" type="text" maxlength=${LIMITS.question}
          placeholder=${m.questionPlaceholder} .value=${draft.question} ?readonly=${busy} enterkeyhint="next"
          aria-describedby=${ifDefined(qCount)}
          @input=${(e: Event) => this.#change({ question: (e.target as HTMLInputElement).value })}
          @keydown=${this.#onQuestionKeydown} />
        ${renderCounter(m, 'q-count', draft.question.length, LIMITS.question)}
      </div>
      ${renderAnswerRows({
        m,
        answers: draft.answers,
        duplicates: duplicatesOf(draft.answers),
        busy,
        note: this.#pasteNote,
        onInput: (i, text) => this.#change({ answers: draft.answers.map((a, j) => (j === i ? { ...a, text } : a)) }),
        onKeydown: (i, e) => this.#onAnswerKeydown(i, e),
        onPaste: (i, e) => this.#onPaste(i, e),
        onMove: (i, to) => this.#move(i, to, false),
        onRemove: (i) => this.#remove(i),
        onAdd: () => this.#add(draft.answers.length - 1),
      })}
      ${blank > 0 && filledAnswers(draft.answers).length >= LIMITS.minAnswers ? html`<p class="note">${m.blankSkipped}</p>` : nothing}
      ${renderSettings(m, draft, busy, (patch) => this.#change(patch))}
      ${phase === 'failed' || phase === 'unsettled'
        ? renderFailure(this.#sending.failureText(), phase === 'unsettled' ? m.sendAgain : null, () => void this.submit())
        : nothing}
      <div class="actions" part="actions">
        <button part="button send-button" class="button primary" type="submit" id="send"
          aria-disabled=${problem || busy ? 'true' : 'false'} aria-describedby=${ifDefined(reason ? 'reason' : undefined)}>
          ${busy ? m.sending : m.send}
        </button>
        ${reason ? html`<span part="reason" class="note" id="reason">${reason}</span>` : nothing}
      </div>
      <p class="note status-note" role="status">${phase === 'waiting' ? m.stillPosting : ''}</p>
      <p class="visually-hidden" role="status">${this.#announcement}</p>
      ${renderPreview(m, draft)}
    </form>`;
  }

  protected override updated(): void {
    const target = this.#focusNext;
    if (target === null) return;
    this.#focusNext = null;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.#busy()) return;
    const problem = draftProblem(this.#drafts.draft);
    // Without a chat the button's reason says so; submit() reports it (INVALID_CONFIG) when called by the page.
    if (this.#chatKey() === null) return;
    if (problem) {
      this.#focusNext = problem === 'needQuestion' ? '#question' : answerField(this.#firstProblemRow(problem));
      this.requestUpdate();
      return;
    }
    void this.submit();
  };

  #firstProblemRow(problem: 'needAnswers' | 'needDifferent'): number {
    const { answers } = this.#drafts.draft;
    const dups = duplicatesOf(answers);
    const row = problem === 'needDifferent' ? answers[dups.findIndex((d) => d >= 0)] : answers.find((a) => a.text.trim() === '');
    return (row ?? answers[0]!).key;
  }

  #onQuestionKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.#focusNext = answerField(this.#drafts.draft.answers[0]!.key);
    this.requestUpdate();
  };

  #onAnswerKeydown(i: number, event: KeyboardEvent): void {
    if (event.isComposing) return;
    const { answers } = this.#drafts.draft;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (i < answers.length - 1) this.#focusNext = answerField(answers[i + 1]!.key);
      else if (answers.length < LIMITS.maxAnswers) this.#add(i);
      else this.#focusNext = '#send';
      this.requestUpdate();
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      this.#move(i, event.key === 'ArrowUp' ? i - 1 : i + 1, true);
    }
  }

  #onPaste(i: number, event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!/[\r\n]/.test(text.trim())) return;
    event.preventDefault();
    const { answers, lastKey, dropped } = insertLines(this.#drafts.draft.answers, i, pastedLines(text));
    this.#pasteNote = dropped > 0 ? this.#language.messages.pasteDropped(dropped) : '';
    this.#announcement = this.#pasteNote;
    this.#focusNext = answerField(lastKey);
    this.#change({ answers });
  }

  #move(i: number, to: number, keepFocus: boolean): void {
    const { answers } = this.#drafts.draft;
    if (to < 0 || to >= answers.length) return;
    const key = answers[i]!.key;
    this.#announcement = this.#language.messages.moved(to + 1, answers.length);
    // Focus follows the answer: its field after a key press, else the same button in its new row unless that
    // button is now disabled (at either end), and then its field.
    const end = to === 0 || to === answers.length - 1;
    this.#focusNext = keepFocus || end ? answerField(key) : `li[data-key="${key}"] [part~="${to < i ? 'move-up' : 'move-down'}"]`;
    this.#change({ answers: moveAnswer(answers, i, to) });
  }

  #remove(i: number): void {
    const { answers } = this.#drafts.draft;
    const next = removeAnswer(answers, i);
    this.#announcement = this.#language.messages.removed(i + 1);
    this.#focusNext = answerField(next[Math.min(i, next.length - 1)]!.key);
    this.#change({ answers: next });
  }

  #add(after: number): void {
    const next = addAnswerAfter(this.#drafts.draft.answers, after);
    const added = next[after + 1];
    this.#focusNext = added ? answerField(added.key) : null;
    this.#pasteNote = '';
    this.#change({ answers: next });
  }

  #another(): void {
    this.#sending.createAnother();
    this.#focusNext = '#question';
  }
}

/** The selector of an answer's field. */
function answerField(key: number): string {
  return `input[data-key="${key}"]`;
}
