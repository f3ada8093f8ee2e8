/**
 * The public transport factories. The fetch and BX24 transports are part of the entry: every page needs one of
 * them before its first REST call, and a chunk of their own would put a script round trip in front of it. Only
 * the adapter for the official SDK (used by pages that already ship the SDK) is a chunk, requested when
 * `createB24JsSdkTransport` is called.
 */
import { B24Error } from './b24-error.js';
import type { B24JsSdkLike, B24JsSdkTransportOptions } from './b24jssdk-transport.js';
import type { B24CallOptions, B24Envelope, B24Transport } from './types.js';

export { createFetchTransport } from './fetch-transport.js';
export { createBx24Transport } from './bx24-transport.js';

/**
 * A transport whose implementation comes from a chunk, requested at once. A chunk that cannot be fetched rejects
 * every call with `MODULE_UNAVAILABLE`; an error of the implementation's own checks (`INVALID_CONFIG`) with that.
 */
export function onDemandTransport(
  origin: string | undefined,
  load: () => Promise<(() => B24Transport)>,
): B24Transport {
  let loaded: B24Transport | undefined;
  const ready = load().then(
    (create) => (loaded = create()),
    () => {
      // The chunk could not be fetched: only a reload helps (browsers keep a failed module fetch).
      throw new B24Error('MODULE_UNAVAILABLE', 'the b24jssdk transport of b24-attached-vote could not be loaded');
    },
  );
  ready.catch(() => undefined); // reported by the first call, not as an unhandled rejection
  return {
    get origin() {
      return loaded?.origin ?? origin;
    },
    get supportsBatch() {
      return loaded?.supportsBatch ?? true;
    },
    get callTimeoutMs() {
      return loaded?.callTimeoutMs;
    },
    call(method: string, params: Record<string, unknown>, options?: B24CallOptions): Promise<B24Envelope> {
      return ready.then((transport) => transport.call(method, params, options));
    },
  };
}

/** A transport over an instance of the official `@bitrix24/b24jssdk` client (`actions.v2.call.make`). */
export function createB24JsSdkTransport(b24: B24JsSdkLike, options?: B24JsSdkTransportOptions): B24Transport {
  return onDemandTransport(options?.origin, () =>
    import('./b24jssdk-transport.js').then((m) => () => m.createB24JsSdkTransport(b24, options)),
  );
}
