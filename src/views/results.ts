import { html, nothing, type TemplateResult } from 'lit';
import type { Poll, PollAnswer, PollQuestion } from '../api/types.js';
import { formatPercent } from '../i18n/locale.js';
import type { VoteMessages } from '../i18n/types.js';
import { numbersVisible, questionVotersVisible } from '../state/display-rules.js';
import { displayPercents } from '../state/percents.js';
import { renderQuestionImage } from './question-image.js';
import { plainText } from './plain-text.js';
import type { renderVoters, VotersState } from './voters.js';
import { renderFaces } from './faces.js';

/** What the results view needs from the element. */
export interface ResultsContext {
  poll: Poll;
  m: VoteMessages;
  lang: string;
  origin?: string;
  /** A write is on the wire: what is drawn awaits the portal's word (`aria-busy`). */
  busy: boolean;
  /**
   * Vote counts open the list of voters, and up to three voters' faces show beside each answer (public polls,
   * unless `hide-voters`; the model carries the faces only then).
   */
  voters: boolean;
  votersOf(answerId: string): VotersState | undefined;
  onToggleVoters(answer: PollAnswer): void;
  onMoreVoters(answer: PollAnswer): void;
  /** Renders an open list, once the lists' chunk has loaded (see features/voter-lists.ts). */
  renderVoters?: typeof renderVoters;
}

/**
 * Results per question: answer, percent, count and bar, the user's picks marked. Without numbers (see
 * `numbersVisible`): the answers.
 */
export function renderResults(ctx: ResultsContext): TemplateResult {
  const numbers = numbersVisible(ctx.poll);
  return html`<div part="results" class="results" tabindex="-1" aria-busy=${ctx.busy}>
    ${ctx.poll.questions.map((q) => renderQuestionResults(ctx, q, numbers))}
  </div>`;
}

function renderQuestionResults(ctx: ResultsContext, q: PollQuestion, numbers: boolean): TemplateResult {
  const percents = displayPercents(q);
  return html`<section part="question" class="question" data-question=${q.id} aria-labelledby=${`rq${q.id}`}>
    <h3 part="question-text" class="question-text" id=${`rq${q.id}`}>${plainText(q.text, q.html)}</h3>
    ${questionVotersVisible(ctx.poll)
      ? html`<p part="question-voters" class="note question-voters">${ctx.m.questionVoters(q.voters)}</p>`
      : nothing}
    ${renderQuestionImage(q, ctx.origin)}
    <ul class="result-list" role="list">
      ${q.answers.map((a, i) => renderAnswer(ctx, a, percents[i] ?? 0, numbers))}
    </ul>
  </section>`;
}

function renderAnswer(ctx: ResultsContext, a: PollAnswer, percent: number, numbers: boolean): TemplateResult {
  const text = plainText(a.text, a.html);
  return html`<li part="result" class=${a.mine ? 'result mine' : 'result'} data-answer=${a.id}>
    <div class="result-head">
      <span class="answer-text">${text}</span>${a.mine
        ? html`<span class="mine-mark" part="mine-mark"><span aria-hidden="true">✓</span> ${ctx.m.yourChoice}</span>`
        : nothing}
      ${numbers ? html`<span class="percent" part="percent">${percentText(ctx.lang, percent)}</span>` : nothing}
    </div>
    ${numbers ? renderNumbers(ctx, a, percent, text) : nothing}
  </li>`;
}

/** Under the answer: its bar, its count (the voters' list opens from it), faces, and the list when open. */
function renderNumbers(ctx: ResultsContext, a: PollAnswer, percent: number, text: string): TemplateResult {
  const { m } = ctx;
  const listed = ctx.voters && a.votes > 0;
  const voters = listed ? ctx.votersOf(a.id) : undefined;
  const count = m.votes(a.votes);
  // The bar's width goes through the CSSOM (`.style` sets element.style.cssText), never the style attribute: a
  // strict Content-Security-Policy (`style-src 'self'`, no `'unsafe-inline'`) blocks style attributes (Lit's
  // `styleMap` writes one on its first render) but not CSSOM writes.
  return html`<div class="bar" part="bar" aria-hidden="true"><div class="fill" part="bar-fill" .style=${`width:${percent}%`}></div></div>
    <div class="count">
      ${listed
        ? html`<button
            type="button"
            class="link-button"
            part="voters-button"
            aria-expanded=${!!voters?.open}
            aria-controls=${`voters-${a.id}`}
            aria-label=${`${count}. ${m.showVoters(text)}`}
            @click=${() => ctx.onToggleVoters(a)}
          >${count}</button>`
        : html`<span>${count}</span>`}
      ${ctx.voters ? renderFaces(m, a) : nothing}
    </div>
    ${voters?.open && ctx.renderVoters ? ctx.renderVoters(m, a, voters, () => ctx.onMoreVoters(a)) : nothing}`;
}

/** The percent as the language writes it, its sign in a span of its own (the bitrix24 look sets it smaller). */
function percentText(lang: string, percent: number): TemplateResult | string {
  const text = formatPercent(lang, percent);
  const at = text.indexOf('%');
  return at < 0 ? text : html`${text.slice(0, at)}<span class="percent-sign">%</span>${text.slice(at + 1)}`;
}
