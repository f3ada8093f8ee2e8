import { html, nothing, type TemplateResult } from 'lit';
import type { ComposerMessages } from '../i18n/types.js';
import { COUNTER_FROM } from '../state/limits.js';

/** "N characters left", only once a field nears its limit (the field's maxlength stops it at the limit). */
export function renderCounter(m: ComposerMessages, id: string, length: number, max: number): TemplateResult | typeof nothing {
  if (length < max * COUNTER_FROM) return nothing;
  return html`<span part="counter" class="counter" id=${id} ?data-full=${length >= max}>${m.charactersLeft(max - length)}</span>`;
}

/** The ID of a field's counter when it shows, for aria-describedby. */
export function counterId(id: string, length: number, max: number): string | undefined {
  return length >= max * COUNTER_FROM ? id : undefined;
}
