import { decode } from './decode.js';
import type { SupportedLanguage } from './localize.js';

/** One element's messages in every shipped language. */
export interface Catalog<M> {
  /** The element's own message keys (those a host may override). */
  readonly keys: readonly string[];
  /** A language's messages if its data is here (English always is), decoded the first time they are asked for. */
  get(lang: SupportedLanguage): M | undefined;
  /** Fetches a language's data (once per page); rejects when its chunk cannot load. */
  load(lang: SupportedLanguage): Promise<unknown>;
}

/** How each language other than English arrives: a chunk of its own, whose export is named by its code. */
export type LanguageChunks = Record<Exclude<SupportedLanguage, 'en'>, () => Promise<Partial<Record<SupportedLanguage, string>>>>;

/**
 * The messages of `keys`: English from `en`, the other languages from `chunks`, each decoded on first use. With a
 * `base`, a language's messages are the base's in that language with these over them (the composer builds on what
 * the voter says), and the language is here once both are.
 */
export function catalog<M extends object>(keys: readonly string[], en: string, chunks: LanguageChunks, base?: Catalog<object>): Catalog<M> {
  const data = new Map<SupportedLanguage, string>([['en', en]]);
  const decoded = new Map<SupportedLanguage, M>();
  return {
    keys,
    get(lang) {
      const text = data.get(lang);
      const under = base ? base.get(lang) : {};
      if (text === undefined || !under) return undefined;
      if (!decoded.has(lang)) decoded.set(lang, { ...under, ...decode<M>(keys, lang, text) });
      return decoded.get(lang);
    },
    load: (lang) =>
      Promise.all([
        base?.load(lang),
        data.has(lang) || chunks[lang as Exclude<SupportedLanguage, 'en'>]().then((chunk) => data.set(lang, chunk[lang]!)),
      ]),
  };
}
