import { decodeMessages } from './decode.js';
import { en } from './en.js';
import { safeLocale } from './locale.js';
import type { MessageOverrides, VoteMessages } from './types.js';

/** Languages that ship with the package. Others fall back to English. */
export const supportedLanguages = ['en', 'ru', 'de', 'uk', 'pl'] as const;
/** One of the shipped languages. */
export type SupportedLanguage = (typeof supportedLanguages)[number];

// Other languages are separate chunks so that pages that never need them never download them.
const loaders: Record<Exclude<SupportedLanguage, 'en'>, () => Promise<string>> = {
  ru: () => import('./ru.js').then((m) => m.ru),
  de: () => import('./de.js').then((m) => m.de),
  uk: () => import('./uk.js').then((m) => m.uk),
  pl: () => import('./pl.js').then((m) => m.pl),
};

/** Each language here: its data until first used, then its messages. */
const loaded = new Map<SupportedLanguage, string | VoteMessages>([['en', en]]);

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
  return (supportedLanguages as readonly string[]).includes(base) ? base : 'en';
}

/** The messages of a language if already loaded (English always is), decoded the first time they are used. */
export function messagesIfLoaded(lang: SupportedLanguage): VoteMessages | undefined {
  const here = loaded.get(lang);
  if (typeof here !== 'string') return here;
  const messages = decodeMessages(lang, here);
  loaded.set(lang, messages);
  return messages;
}

/** Loads a language's messages (once per page). */
export async function loadMessages(lang: SupportedLanguage): Promise<VoteMessages> {
  if (!loaded.has(lang)) loaded.set(lang, await loaders[lang as Exclude<SupportedLanguage, 'en'>]());
  return messagesIfLoaded(lang)!;
}

/** Applies a host's overrides; a string given for a function message replaces its whole output. */
export function withOverrides(base: VoteMessages, overrides: MessageOverrides | undefined): VoteMessages {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in base) || value == null) continue;
    const original = (base as unknown as Record<string, unknown>)[key];
    merged[key] = typeof original === 'function' && typeof value === 'string' ? () => value : value;
  }
  return merged as unknown as VoteMessages;
}
