import { withOverrides, type SupportedLanguage } from '../../i18n/localize.js';
import type { MessageOverrides, VoteMessages } from '../../i18n/types.js';
import { en } from './en.js';
import type { ComposerMessageOverrides, ComposerMessages } from './types.js';

// Other languages are separate chunks, as the voter's are: a page in English never downloads them.
const loaders: Record<Exclude<SupportedLanguage, 'en'>, () => Promise<ComposerMessages>> = {
  ru: () => import('./ru.js').then((m) => m.ru),
  de: () => import('./de.js').then((m) => m.de),
  uk: () => import('./uk.js').then((m) => m.uk),
  pl: () => import('./pl.js').then((m) => m.pl),
};

const loaded = new Map<SupportedLanguage, ComposerMessages>([['en', en]]);

/** The composer's messages in a language if already loaded (English always is). */
export function composerMessagesIfLoaded(lang: SupportedLanguage): ComposerMessages | undefined {
  return loaded.get(lang);
}

/** Loads the composer's messages in a language (once per page). */
export async function loadComposerMessages(lang: SupportedLanguage): Promise<ComposerMessages> {
  const ready = loaded.get(lang);
  if (ready) return ready;
  const messages = await loaders[lang as Exclude<SupportedLanguage, 'en'>]();
  loaded.set(lang, messages);
  return messages;
}

/**
 * Applies a host's overrides with the voter's rule (a string given for a function message replaces its whole output):
 * the same merge, typed for the composer's messages.
 */
export function withComposerOverrides(base: ComposerMessages, overrides: ComposerMessageOverrides | undefined): ComposerMessages {
  return withOverrides(base as unknown as VoteMessages, overrides as MessageOverrides | undefined) as unknown as ComposerMessages;
}
