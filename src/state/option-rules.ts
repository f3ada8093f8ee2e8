import { type B24Error, invalidConfig } from '../transport/b24-error.js';

/** The option properties the element checks, with their attributes. */
export interface OptionValues {
  refreshInterval?: unknown;
  loading?: unknown;
  theme?: unknown;
  appearance?: unknown;
}

/** The shortest refresh interval, in seconds: a portal is not polled faster than this. */
export const MIN_REFRESH_SECONDS = 5;
/** The longest refresh interval, in seconds (a day; beyond 2^31-1 ms browsers would fire at once). */
export const MAX_REFRESH_SECONDS = 86400;

/** The refresh interval in use for a `refresh-interval` value, and why it differs from the value, if it does. */
export function refreshSeconds(value: unknown): { seconds: number; why?: string } {
  // Not set (null, undefined, '') is 0: refreshing is off.
  const seconds = Number(value ?? 0);
  if (Number.isNaN(seconds) || seconds < 0) return { seconds: 0, why: 'is not a number of seconds (0 or more); refreshing is off' };
  if (seconds === 0) return { seconds: 0 };
  if (seconds < MIN_REFRESH_SECONDS) {
    return { seconds: MIN_REFRESH_SECONDS, why: `is less than ${MIN_REFRESH_SECONDS} seconds; ${MIN_REFRESH_SECONDS} is used` };
  }
  if (seconds > MAX_REFRESH_SECONDS) {
    return { seconds: MAX_REFRESH_SECONDS, why: `is more than ${MAX_REFRESH_SECONDS} seconds (a day); ${MAX_REFRESH_SECONDS} is used` };
  }
  return { seconds };
}

/** The option attributes, and why a value is not used as given (undefined: it is). */
const optionRules = [
  ['refreshInterval', 'refresh-interval', (v: unknown) => refreshSeconds(v).why],
  ['loading', 'loading', (v: unknown) => (v == null || v === 'eager' || v === 'lazy' ? undefined : 'is not "eager" or "lazy"; the poll loads at once')],
  ['theme', 'theme', (v: unknown) => (v == null || v === 'light' || v === 'dark' ? undefined : 'is not "light" or "dark"; the page\'s color scheme is followed')],
  ['appearance', 'appearance', (v: unknown) => (v == null || v === 'neutral' || v === 'bitrix24' ? undefined : 'is not "neutral" or "bitrix24"; the neutral look is used')],
] as const;

/** The names of the options the element checks. */
export const optionNames: ReadonlyArray<keyof OptionValues> = optionRules.map(([name]) => name);

/**
 * `INVALID_CONFIG` for each changed option the element cannot use as given, naming the attribute as the host
 * wrote it. A usable value applies instead (the default, or the nearest bound): a bad option must not keep the
 * poll from showing.
 */
export function optionErrors(values: OptionValues, changed: (name: keyof OptionValues) => boolean, attribute: (name: string) => string | null): B24Error[] {
  return optionRules.flatMap(([name, attr, check]) => {
    const why = changed(name) ? check(values[name]) : undefined;
    if (!why) return [];
    const given = JSON.stringify(String(attribute(attr) ?? values[name]).slice(0, 40));
    return [invalidConfig(`${attr}: ${given} ${why}`)];
  });
}
