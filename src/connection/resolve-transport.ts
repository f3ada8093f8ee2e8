import { asB24Error, B24Error, invalidConfig } from '../transport/b24-error.js';
import type { Bx24Like } from '../transport/bx24-transport.js';
import { createBx24Transport, createFetchTransport } from '../transport/factories.js';
import type { B24Transport } from '../transport/types.js';
import { pageRegistry } from '../util/page-registry.js';

// One instance per webhook URL and one for BX24, so that elements on a page share rate limit, refresh and
// batching: page-wide, so that elements of two copies of the bundle share them too. Keyed by the URL string,
// which every copy spells the same way.
const webhookTransports = pageRegistry('webhook-transports/1', () => new Map<string, B24Transport>());
/** The BX24 transport of the page, with the BX24 object it was made for (a new BX24 gets a new transport). */
const bx24Slot = pageRegistry('bx24-transport/1', (): { bx24?: Bx24Like; transport?: B24Transport } => ({}));

/** The transport an element uses: its `transport` property, its `webhook-url`, the page's BX24, or an error. */
export function resolveTransport(transport: B24Transport | null | undefined, webhookUrl: string | null | undefined): B24Transport | B24Error {
  if (transport) {
    return typeof transport.call === 'function'
      ? transport
      : invalidConfig('the transport property has no call() method');
  }
  if (webhookUrl) return webhookTransport(webhookUrl.trim());
  const bx24 = (globalThis as { BX24?: Bx24Like }).BX24;
  if (bx24) {
    if (bx24Slot.bx24 !== bx24 || !bx24Slot.transport) {
      let transport: B24Transport;
      try {
        transport = createBx24Transport(bx24);
      } catch (error) {
        // A `window.BX24` that is not BX24.js (no callMethod / init): NO_TRANSPORT, as if there were none.
        return asB24Error(error, 'NO_TRANSPORT', 'window.BX24 is not BX24.js');
      }
      bx24Slot.bx24 = bx24;
      bx24Slot.transport = transport;
    }
    return bx24Slot.transport;
  }
  return new B24Error('NO_TRANSPORT', 'no transport property, webhook-url attribute or window.BX24');
}

function webhookTransport(url: string): B24Transport | B24Error {
  const key = url.endsWith('/') ? url : `${url}/`;
  let shared = webhookTransports.get(key);
  if (!shared) {
    try {
      shared = createFetchTransport({ webhookUrl: key });
    } catch (error) {
      // Only the URL can be wrong here, and its check throws INVALID_CONFIG naming the option (webhookUrl) where the
      // host wrote the attribute (webhook-url). The message never contains the URL's path, where the webhook code is.
      return invalidConfig((error as B24Error).description.replace(/^webhookUrl\b/, 'webhook-url'));
    }
    webhookTransports.set(key, shared);
  }
  return shared;
}
