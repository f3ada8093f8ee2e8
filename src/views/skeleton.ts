import { html, type TemplateResult } from 'lit';

/**
 * The loading placeholder: the busy state for assistive technology. What the eye gets is the empty box the host
 * reserves for the poll (controllers/reserved-box.ts).
 */
export function renderSkeleton(label: string): TemplateResult {
  return html`<div part="skeleton" aria-busy="true"><span class="visually-hidden">${label}</span></div>`;
}
