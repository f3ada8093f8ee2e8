import { safeLocale } from './locale.js';

/** Languages that ship with the package. Others fall back to English. */
export const supportedLanguages = ['en', 'ru', 'de', 'uk', 'pl'] as const;
/** One of the shipped languages. */
export type SupportedLanguage = (typeof supportedLanguages)[number];

/**
 * The element's language: its own `lang`, else the nearest ancestor's, else the document's, else English;
 * always a tag `Intl` accepts (see `safeLocale`: `en_US` becomes `en-US`, `!!` becomes `en`).
 */
export function resolveLang(element: HTMLElement): string {
  return safeLocale(declaredLang(element));
}

/** The nearest `lang` as written, '' when none is set anywhere. */
function declaredLang(element: HTMLElement): string {
  // closest() stops at a shadow root; an element inside another component still belongs to that host's language.
  let node: Element | null = element;
  while (node) {
    const tag = node.closest('[lang]')?.getAttribute('lang')?.trim();
    if (tag) return tag;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.lang.trim();
}

/** Maps a BCP 47 tag (`ru-RU`, `de`) to a shipped language, English when there is none. */
export function shippedLanguage(lang: string): SupportedLanguage {
  const base = lang.toLowerCase().split(/[-_]/)[0] as SupportedLanguage;
  return supportedLanguages.includes(base) ? base : 'en';
}
