import { catalog } from './catalog.js';
import { en } from './en.js';
import { voterKeys } from './keys.js';
import type { VoteMessages } from './types.js';

/** The voter's messages; languages other than English are chunks of their own, which a page in English never downloads. */
export const voterMessages = catalog<VoteMessages>(voterKeys, en, {
  ru: () => import('./ru.js'),
  de: () => import('./de.js'),
  uk: () => import('./uk.js'),
  pl: () => import('./pl.js'),
});
