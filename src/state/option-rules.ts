import { B24Error } from '../transport/b24-error.js';

/** The option properties the element checks, with their attributes. */
export interface OptionValues {
  refreshInterval?: unknown;
  loading?: unknown;
  theme?: unknown;
}

/** The option attributes, what they accept, and what happens otherwise. */
const optionRules = [
  ['refreshInterval', 'refresh-interval', (v: unknown) => Number.isFinite(Number(v ?? 0)) && Number(v ?? 0) >= 0, 'is not a number of seconds (0 or more); refreshing is off'],
  ['loading', 'loading', (v: unknown) => v == null || v === 'eager' || v === 'lazy', 'is not "eager" or "lazy"; the poll loads at once'],
  ['theme', 'theme', (v: unknown) => v == null || v === 'light' || v === 'dark', 'is not "light" or "dark"; the page\'s color scheme is followed'],
] as const;

/**
 * `INVALID_CONFIG` for each changed option the element cannot use, naming the attribute as the host wrote it.
 * Their defaults apply: a bad theme or refresh interval must not keep the poll from showing.
 */
export function optionErrors(values: OptionValues, changed: (name: keyof OptionValues) => boolean, attribute: (name: string) => string | null): B24Error[] {
  return optionRules
    .filter(([name, , valid]) => changed(name) && !valid(values[name]))
    .map(([name, attr, , why]) => {
      const given = JSON.stringify(String(attribute(attr) ?? values[name]).slice(0, 40));
      return new B24Error('INVALID_CONFIG', `${attr}: ${given} ${why}`);
    });
}
