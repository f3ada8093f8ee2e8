import type { B24CallOptions, B24Envelope, B24Transport } from './types.js';

/**
 * A transport whose implementation arrives in a chunk of its own. Loading starts at once, so the first call
 * rarely waits; a configuration error found by the implementation rejects every call with it.
 */
export function lazyTransport(origin: string | undefined, load: () => Promise<B24Transport>): B24Transport {
  let loaded: B24Transport | undefined;
  const ready = load().then((transport) => (loaded = transport));
  ready.catch(() => undefined); // reported by the first call, not as an unhandled rejection
  return {
    get origin() {
      return loaded?.origin ?? origin;
    },
    get supportsBatch() {
      return loaded?.supportsBatch ?? true;
    },
    call(method: string, params: Record<string, unknown>, options?: B24CallOptions): Promise<B24Envelope> {
      return ready.then((transport) => transport.call(method, params, options));
    },
  };
}
