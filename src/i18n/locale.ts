import { KNOWN_FORMATS, knownFormat } from './known-formats.js';
import { whenIdle } from '../util/when-idle.js';

/**
 * Language tags that `Intl` always accepts, and the few formatters the element needs, made once per tag.
 * Pages set `lang` to whatever their CMS writes (`en_US`, `de_DE.UTF-8`, `!!`), and one `RangeError` thrown from
 * `new Intl.NumberFormat(tag)` during render would leave the poll on its skeleton: nothing here ever throws.
 */

const made = new Map<string, unknown>();

/** `make()` once per key; when it throws (a tag or options Intl refuses), `fallback()` instead. */
function once<T>(key: string, make: () => T, fallback: () => T): T {
  if (!made.has(key)) {
    let value: T;
    try {
      value = make();
    } catch {
      value = fallback();
    }
    made.set(key, value);
  }
  return made.get(key) as T;
}

/**
 * The canonical form of `tag` (`en_US` -> `en-US`, `de_DE.UTF-8` -> `de-DE`), or `'en'` when `Intl` refuses it
 * even after those repairs. Never throws.
 */
export function safeLocale(tag: string | null | undefined): string {
  // POSIX locale strings: `ll_CC.charset@modifier`; only the `ll_CC` part means anything to Intl.
  const candidate = String(tag ?? '').trim().replace(/[.@].*$/s, '').replace(/_/g, '-');
  return once(`l${candidate}`, () => Intl.getCanonicalLocales(candidate)[0] ?? 'en', () => 'en');
}

/** A cached `Intl.NumberFormat` for `tag` (made safe first); plain English if the options are refused too. */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const locale = safeLocale(tag);
  return once(`n${locale}${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options), () => new Intl.NumberFormat('en'));
}

/** A cached `Intl.PluralRules` for `tag` (made safe first). */
export function pluralRulesFor(tag: string): Intl.PluralRules {
  const locale = safeLocale(tag);
  return once(`p${locale}`, () => new Intl.PluralRules(locale), () => new Intl.PluralRules('en'));
}

const preparing = new Set<string>();
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };

/** A whole percent (0-100) as the language writes it: `33%`, `33 %`, `%33`. */
export function formatPercent(tag: string, percent: number): string {
  const locale = safeLocale(tag);
  return knownFormat(locale, percent)?.percent(percent) ?? numberFormat(locale, PERCENT).format(percent / 100);
}

/** A count as the language writes it: `1,234`, `1.234`, `1 234`. */
export function formatCount(tag: string, n: number): string {
  const locale = safeLocale(tag);
  return knownFormat(locale, n)?.integer(n) ?? numberFormat(locale).format(n);
}

/** The plural category of `n` in the language. */
export function pluralCategory(tag: string, n: number): Intl.LDMLPluralRule {
  const locale = safeLocale(tag);
  return knownFormat(locale, n)?.plural(n) ?? pluralRulesFor(locale).select(n);
}

/**
 * Makes the `Intl` formatters for `tag` in the browser's next idle moment, unless its formats are known (see
 * known-formats.ts). A page's first `Intl.NumberFormat` costs 30-130 ms (the engine loads its locale data):
 * paid while the poll is on the wire, not between its answer and the poll on screen. Idle, so that it never
 * delays a request about to leave.
 */
export function prepareFormats(tag: string): void {
  if (preparing.has(tag) || Object.hasOwn(KNOWN_FORMATS, safeLocale(tag))) return;
  preparing.add(tag);
  const make = (): void => {
    numberFormat(tag);
    numberFormat(tag, PERCENT);
    pluralRulesFor(tag);
  };
  whenIdle(make);
}
