/**
 * Whole numbers, whole percents and plural categories of the shipped languages, written as CLDR has them (and
 * so as `Intl` writes them: a test compares the two in every browser). Why not just `Intl`: a page's first
 * `Intl.NumberFormat` makes the engine load its number data, 30-130 ms of main thread in Chromium (measured:
 * 40-60 ms typical on the bench machine), paid between the poll's answer and the poll on screen. The floor page
 * the bench compares against writes `42%` by hand; this keeps the real formats at the floor's cost.
 *
 * Only these exact tags: a region can change the rules (`de-AT` and `de-CH` group differently, `en-IN` in
 * lakhs), and an extension (`-u-nu-arab`) changes the digits; everything else goes to `Intl`.
 */
/** A plural category, as `Intl.PluralRules` names them. */
type PluralCategory = Intl.LDMLPluralRule;

/** How one language writes what the element shows. */
export interface KnownFormat {
  /** A non-negative safe integer, grouped: `1,234`, `1.234`, `1 234`. */
  integer(n: number): string;
  /** A whole percent (a non-negative integer): `42%`, `42 %`. */
  percent(n: number): string;
  /** The plural category of a non-negative integer. */
  plural(n: number): PluralCategory;
}

const NBSP = '\u00a0';

const oneOther = (n: number): PluralCategory => (n === 1 ? 'one' : 'other');

/** 2-4 (but not 12-14) is `few` in the Slavic rules below. */
const isFew = (n: number): boolean => n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 12 && n % 100 <= 14);

/** Russian and Ukrainian, for integers: 1, 21, 31 (not 11) `one`; 2-4, 22-24 `few`; the rest `many`. */
const eastSlavic = (n: number): PluralCategory =>
  n % 10 === 1 && n % 100 !== 11 ? 'one' : isFew(n) ? 'few' : 'many';

/** Polish, for integers: 1 `one`; 2-4, 22-24 `few`; the rest `many`. */
const polishPlural = (n: number): PluralCategory => (n === 1 ? 'one' : isFew(n) ? 'few' : 'many');

/**
 * A language's format: integers from `groupFrom` on grouped by three with `separator` (CLDR's minimum grouping
 * digits: Polish leaves four digits alone), `percentSign` after a percent, and its plural rule.
 */
function format(separator: string, percentSign: string, plural: KnownFormat['plural'], groupFrom = 1000): KnownFormat {
  return {
    integer: (n) => (n < groupFrom ? String(n) : String(n).replace(/\B(?=(\d{3})+$)/g, separator)),
    percent: (n) => n + percentSign,
    plural,
  };
}

const english = format(',', '%', oneOther);
const german = format('.', `${NBSP}%`, oneOther);
const russian = format(NBSP, `${NBSP}%`, eastSlavic);
const ukrainian = format(NBSP, '%', eastSlavic);
const polish = format(NBSP, '%', polishPlural, 10000);

/** The tags (as `safeLocale` spells them) whose formats are known here. */
export const KNOWN_FORMATS: Readonly<Record<string, KnownFormat>> = {
  en: english,
  'en-US': english,
  'en-GB': english,
  de: german,
  'de-DE': german,
  ru: russian,
  'ru-RU': russian,
  uk: ukrainian,
  'uk-UA': ukrainian,
  pl: polish,
  'pl-PL': polish,
};

/** The known format of `locale` for `n`, or undefined when `Intl` must answer (another tag, a fraction, a huge number). */
export function knownFormat(locale: string, n: number): KnownFormat | undefined {
  return Number.isSafeInteger(n) && n >= 0 && Object.hasOwn(KNOWN_FORMATS, locale) ? KNOWN_FORMATS[locale] : undefined;
}
