const rulesCache = new Map<string, Intl.PluralRules>();

/** Picks a plural form for `n` in `lang` from `forms` (keys are Intl.PluralRules categories; `other` is required). */
export function pluralForm(lang: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let rules = rulesCache.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    rulesCache.set(lang, rules);
  }
  const template = forms[rules.select(n)] ?? forms.other;
  return template.replace('{n}', new Intl.NumberFormat(lang).format(n));
}
