import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type { Poll } from '../api/types.js';
import { cssomStyle } from './cssom-style.js';

/** What this page knows of a poll it has shown: answers per question, and the height it last took. */
interface Placeholder {
  shape: number[];
  height?: number;
}

// By source key: a poll shown again (another element, a re-render after a removal) gets a placeholder of its own
// shape and height. A poll of unknown shape gets none: a placeholder of the wrong height would move the text
// below it twice (once when it appears, once when the poll replaces it), where the poll alone moves it once.
const placeholders = new Map<string, Placeholder>();

/** Remembers the shape of a poll for its later placeholders. */
export function rememberShape(key: string, poll: Poll): void {
  const known = placeholders.get(key);
  placeholders.set(key, { ...known, shape: poll.questions.map((q) => q.answers.length) });
}

/** Remembers the height (CSS px) the poll took on screen once shown. */
export function rememberHeight(key: string, height: number): void {
  const known = placeholders.get(key);
  if (known && height > 0) known.height = height;
}

/** The poll with this source key has been shown on this page: its placeholder can have its shape. */
export function knowsShape(key: string): boolean {
  return placeholders.has(key);
}

/**
 * The box style that gives a placeholder exactly the poll's last height, when known (the lines only hint). Set
 * through the CSSOM, so that a strict Content-Security-Policy, which blocks style attributes, does not drop it.
 */
export function placeholderBox(key: string): DirectiveResult | typeof nothing {
  const height = placeholders.get(key)?.height;
  return height ? cssomStyle('block-size', `${height}px`, 'overflow', 'hidden') : nothing;
}

/**
 * The loading placeholder: in the poll's shape when known, so that nothing jumps when the data arrives; else
 * only the busy state for assistive technology, of zero height.
 */
export function renderSkeleton(key: string, label: string): TemplateResult {
  const shape = placeholders.get(key)?.shape ?? [];
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
