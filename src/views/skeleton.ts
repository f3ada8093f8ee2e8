import { html, nothing, type TemplateResult } from 'lit';
import type { Poll } from '../api/types.js';

// By poll (its portal or transport, and its key): a poll shown again (another element, a re-render after a removal)
// gets a placeholder in its own shape (answers per question); the box's height is the reserved one
// (controllers/reserved-box.ts).
const shapes = new Map<string, number[]>();

/** Remembers the shape of a poll for its later placeholders. */
export function rememberShape(key: string, poll: Poll): void {
  shapes.set(key, poll.questions.map((q) => q.answers.length));
}

/** The poll has been shown on this page: its placeholder can have its shape. */
export function knowsShape(key: string): boolean {
  return shapes.has(key);
}

/**
 * The loading placeholder, in the reserved box: in the poll's shape when known; else only the busy state for
 * assistive technology.
 */
export function renderSkeleton(key: string, label: string): TemplateResult {
  const shape = shapes.get(key) ?? [];
  return html`<div class="skeleton" part="skeleton" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    ${shape.map(
      (answers) => html`<div class="skeleton-question" aria-hidden="true">
        <div class="skeleton-line skeleton-title"></div>
        ${Array.from({ length: answers }, () => html`<div class="skeleton-line skeleton-answer"></div>`)}
      </div>`,
    )}
    ${shape.length ? html`<div class="skeleton-line skeleton-button" aria-hidden="true"></div>` : nothing}
  </div>`;
}
