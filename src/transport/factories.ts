/**
 * The public transport factories. Each returns at once and loads its implementation on demand, so pages that
 * use one kind of transport (or bring their own) never download the others.
 */
import type { B24JsSdkLike, B24JsSdkTransportOptions } from './b24jssdk-transport.js';
import type { Bx24Like, Bx24TransportOptions } from './bx24-transport.js';
import { lazyTransport } from './lazy-transport.js';
import { parseRestUrl, parseWebhookUrl } from './portal-url.js';
import type { B24Transport, FetchTransportOptions } from './types.js';

/**
 * A fetch transport: `{ webhookUrl }` or `{ restUrl, auth, refreshAuth? }`, plus `timeoutMs`, `rateLimit`, `retry`.
 * A malformed URL throws `INVALID_CONFIG` at once; other option errors reject the first call with it.
 */
export function createFetchTransport(options: FetchTransportOptions): B24Transport {
  const origin =
    options && 'webhookUrl' in options ? parseWebhookUrl(options.webhookUrl).origin : parseRestUrl(options?.restUrl).origin;
  return lazyTransport(origin, () => import('./fetch-transport.js').then((m) => m.createFetchTransport(options)));
}

/** A transport over BX24.js (`BX24.callMethod`) inside a Bitrix24 application frame. */
export function createBx24Transport(bx24: Bx24Like | null | undefined = globalThis.BX24, options?: Bx24TransportOptions): B24Transport {
  return lazyTransport(undefined, () => import('./bx24-transport.js').then((m) => m.createBx24Transport(bx24, options)));
}

/** A transport over an instance of the official `@bitrix24/b24jssdk` client (`actions.v2.call.make`). */
export function createB24JsSdkTransport(b24: B24JsSdkLike, options?: B24JsSdkTransportOptions): B24Transport {
  return lazyTransport(options?.origin, () => import('./b24jssdk-transport.js').then((m) => m.createB24JsSdkTransport(b24, options)));
}
