/**
 * Languages are data, not code: each element's texts in one language are one string (the language's plural
 * categories, then one text per message key, in the order of the element's key list, one a line), decoded into
 * messages the first time the language is used. A text with `{n}` takes a count: its plural forms, split by `|`,
 * in the order of the categories (a category not listed, or a text with one form, takes the last form), with
 * `{n}` the count as the language writes it. A text with `{0}` (and `{1}`) takes values, inserted as given.
 */
import { voterKeys } from './keys.js';
import { formatCount, pluralCategory } from './locale.js';
import type { VoteMessages } from './types.js';

/** Turns one language's data into messages (`lang`: the language code its plural forms and digits follow). */
export function decode<M>(keys: readonly string[], lang: string, data: string): M {
  const [header, ...texts] = data.split('\n');
  const categories = header!.split(' ');
  return Object.fromEntries(
    keys.map((key, i) => {
      const text = texts[i] ?? '';
      const forms = text.split('|');
      return [
        key,
        text.includes('{n}')
          ? (n: number) => (forms[categories.indexOf(pluralCategory(lang, n))] ?? forms.at(-1)!).replace('{n}', formatCount(lang, n))
          : text.includes('{0}')
            ? (...values: unknown[]) => text.replace(/\{(\d)\}/g, (_, j: number) => String(values[j]))
            : text,
      ];
    }),
  ) as M;
}

/** The voter's messages in one language, from its data. */
export function decodeMessages(lang: string, data: string): VoteMessages {
  return decode(voterKeys, lang, data);
}
