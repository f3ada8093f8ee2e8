import { formatCount, pluralCategory } from './locale.js';

/** Picks a plural form for `n` in `lang` from `forms` (keys are Intl.PluralRules categories; `other` is required). */
export function pluralForm(lang: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const template = forms[pluralCategory(lang, n)] ?? forms.other;
  return template.replace('{n}', formatCount(lang, n));
}
