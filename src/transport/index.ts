/** The transport layer: send one Bitrix24 REST call, return the envelope or throw `B24Error`. */
export { B24Error, isB24Error, type LocalErrorCode } from './b24-error.js';
export type {
  AuthSource,
  B24CallOptions,
  B24Envelope,
  B24Time,
  B24Transport,
  FetchTransportCommonOptions,
  FetchTransportOptions,
  OAuthTransportOptions,
  RateLimitOptions,
  RetryOptions,
  WebhookTransportOptions,
} from './types.js';
export { createFetchTransport } from './fetch-transport.js';
export { DEFAULT_TIMEOUT_MS } from './call-options.js';
export {
  createBx24Transport,
  type Bx24AjaxErrorLike,
  type Bx24Like,
  type Bx24ResultLike,
  type Bx24TransportOptions,
} from './bx24-transport.js';
export {
  createB24JsSdkTransport,
  type B24JsSdkLike,
  type B24JsSdkResultLike,
  type B24JsSdkTransportOptions,
} from './b24jssdk-transport.js';
export { DEFAULT_RATE_LIMIT, LeakyBucket, resetRateLimiters, sharedRateLimiter } from './rate-limiter.js';
export { DEFAULT_RETRY, isReadMethod } from './retry.js';
export { isLoopbackHost } from './portal-url.js';
