import { html, type TemplateResult } from 'lit';
import type { ComposerMessages } from '../i18n/types.js';
import type { Draft } from '../state/draft.js';

/** The poll's options as native checkboxes. */
export function renderSettings(m: ComposerMessages, draft: Draft, busy: boolean, onChange: (patch: Partial<Draft>) => void): TemplateResult {
  const box = (key: 'multiple' | 'anonymous' | 'revote', label: string) =>
    html`<label part="setting"><input type="checkbox" name=${key} .checked=${draft[key]} ?disabled=${busy}
      @change=${(e: Event) => onChange({ [key]: (e.target as HTMLInputElement).checked })} />${label}</label>`;
  return html`<fieldset part="settings" class="settings">
    <legend class="label">${m.settings}</legend>
    ${box('multiple', m.multiple)} ${box('anonymous', m.anonymous)} ${box('revote', m.revote)}
  </fieldset>`;
}
