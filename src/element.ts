/**
 * The class and everything else of b24-attached-vote, without registering the tag: call `defineB24AttachedVote()`
 * where the tag should be registered.
 */
export { B24AttachedVote, type VoteStatus } from './attached-vote.js';
export { defineB24AttachedVote, tagName, version } from './define.js';
export * from './events.js';
export { B24Error, isB24Error, type LocalErrorCode } from './transport/b24-error.js';
export type * from './transport/types.js';
export { createFetchTransport, createBx24Transport, createB24JsSdkTransport } from './transport/factories.js';
export type { Bx24Like, Bx24TransportOptions } from './transport/bx24-transport.js';
export type { B24JsSdkLike, B24JsSdkTransportOptions } from './transport/b24jssdk-transport.js';
export type * from './api/types.js';
export type { VoteMessages, MessageOverrides, CountFormatter } from './i18n/types.js';
export { supportedLanguages, type SupportedLanguage } from './i18n/localize.js';
