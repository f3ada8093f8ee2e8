/**
 * The page's poll-updates hub: elements showing the same poll through the same transport (so: as the same user)
 * hear about the new attach when one of them voted, withdrew, closed or reopened it. Each subscriber holds a token
 * of its own; a publisher passes its token so that it does not hear its own echo.
 */
import type { B24Transport } from '../transport/types.js';
import { pageRegistry } from '../util/page-registry.js';
import type { RawAttach } from './types.js';

/** Identifies one subscriber: its own writes are not sent back to it. */
export type UpdateToken = object;

type Listener = (attach: RawAttach) => void;

// On the page-wide registry: every copy of the package on the page hears the same poll's updates (transports are
// shared across copies too, so keying by the transport object still works).
const listeners = pageRegistry('poll-updates/1', () => new WeakMap<B24Transport, Map<string, Map<UpdateToken, Listener>>>());

const attachKey = (attachId: number | string): string => String(Number(attachId));

/** Listens for new attaches of one poll on one transport; returns the function that stops listening. */
export function subscribePollUpdates(transport: B24Transport, attachId: number | string, token: UpdateToken, listener: Listener): () => void {
  let byId = listeners.get(transport);
  if (!byId) listeners.set(transport, (byId = new Map()));
  const key = attachKey(attachId);
  let subscribers = byId.get(key);
  if (!subscribers) byId.set(key, (subscribers = new Map()));
  subscribers.set(token, listener);
  const owner = byId;
  return () => {
    const current = owner.get(key);
    if (!current?.delete(token) || current.size > 0) return;
    owner.delete(key);
  };
}

/** Tells every subscriber of `attach.ID` on this transport, except the one holding `from`, about the new attach. */
export function publishPollUpdate(transport: B24Transport, attach: RawAttach, from: UpdateToken): void {
  const subscribers = listeners.get(transport)?.get(attachKey(attach.ID));
  if (!subscribers) return;
  for (const [token, listener] of [...subscribers]) {
    if (token === from) continue;
    try {
      listener(attach);
    } catch (error) {
      // One broken listener must not keep the others stale; the error still surfaces.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
