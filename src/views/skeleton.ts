import { html, type TemplateResult } from 'lit';

/** A placeholder in the poll's shape (answers per question) so that nothing jumps when the data arrives. */
export function renderSkeleton(shape: readonly number[], label: string): TemplateResult {
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
