/**
 * Language tags that `Intl` always accepts, and the few formatters the element needs, made once per tag.
 * Pages set `lang` to whatever their CMS writes (`en_US`, `de_DE.UTF-8`, `!!`), and one `RangeError` thrown from
 * `new Intl.NumberFormat(tag)` during render would leave the poll on its skeleton: nothing here ever throws.
 */

const FALLBACK = 'en';
const locales = new Map<string, string>();

/**
 * The canonical form of `tag` (`en_US` -> `en-US`, `de_DE.UTF-8` -> `de-DE`), or `'en'` when `Intl` refuses it
 * even after those repairs. Never throws.
 */
export function safeLocale(tag: string | null | undefined): string {
  const raw = typeof tag === 'string' ? tag : '';
  let safe = locales.get(raw);
  if (safe === undefined) {
    safe = canonical(raw) ?? FALLBACK;
    locales.set(raw, safe);
  }
  return safe;
}

function canonical(raw: string): string | null {
  // POSIX locale strings: `ll_CC.charset@modifier`; only the `ll_CC` part means anything to Intl.
  const candidate = raw.trim().replace(/[.@].*$/s, '').replace(/_/g, '-');
  if (candidate === '') return null;
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? null;
  } catch {
    return null;
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A cached `Intl.NumberFormat` for `tag` (made safe first); English if the options are refused too. */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const locale = safeLocale(tag);
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = make(() => new Intl.NumberFormat(locale, options), () => new Intl.NumberFormat(FALLBACK));
    numberFormats.set(key, format);
  }
  return format;
}

/** A cached `Intl.PluralRules` for `tag` (made safe first). */
export function pluralRulesFor(tag: string): Intl.PluralRules {
  const locale = safeLocale(tag);
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = make(() => new Intl.PluralRules(locale), () => new Intl.PluralRules(FALLBACK));
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** A whole percent (0-100) as the language writes it: `33%`, `33 %`, `%33`. */
export function formatPercent(tag: string, percent: number): string {
  return numberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

// A tag that passed getCanonicalLocales is accepted by every Intl constructor; the fallback covers engines
// that disagree and options a caller got wrong.
function make<T>(build: () => T, fallback: () => T): T {
  try {
    return build();
  } catch {
    return fallback();
  }
}
