import { html, type TemplateResult } from 'lit';
import type { Poll } from '../api/types.js';

// The shape (answers per question) of each poll shown on this page, by source key: a poll shown again (another
// element, a re-render after a removal) gets a placeholder of its own shape.
const shapes = new Map<string, number[]>();
const defaultShape = [3];

/** Remembers the shape of a poll for its later placeholders. */
export function rememberShape(key: string, poll: Poll): void {
  shapes.set(key, poll.questions.map((q) => q.answers.length));
}

/** A placeholder in the poll's shape, when known, so that nothing jumps when the data arrives. */
export function renderSkeleton(key: string, label: string): TemplateResult {
  const shape = shapes.get(key) ?? defaultShape;
  return html`<div class="skeleton" part="skeleton" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    ${shape.map(
      (answers) => html`<div class="skeleton-question" aria-hidden="true">
        <div class="skeleton-line skeleton-title"></div>
        ${Array.from({ length: answers }, () => html`<div class="skeleton-line skeleton-answer"></div>`)}
      </div>`,
    )}
    <div class="skeleton-line skeleton-button" aria-hidden="true"></div>
  </div>`;
}
