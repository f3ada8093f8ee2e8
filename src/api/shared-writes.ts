/**
 * One request for one write, however many elements ask for it. Two elements showing the same poll through the same
 * transport (so: as the same user) that send the same write while it is in flight (both Vote buttons pressed, or
 * a host calling `vote()` on both) share that request and its answer, instead of sending a second `vote` that the
 * portal would refuse with its per-user lock (or count again).
 *
 * Aborts: a caller whose signal aborts rejects at once with the signal's reason and drops out; the shared request
 * is aborted only when every caller has dropped out (as in `poll-loader`).
 */
import { abortReason } from '../transport/abort.js';
import { join, type Shared } from './shared-request.js';
import type { B24Transport } from '../transport/types.js';
import type { Ballot } from './types.js';
import { pageRegistry } from '../util/page-registry.js';

interface SharedWrite<T> extends Shared<T> {
  controller: AbortController;
}

// Page-wide, so that two copies of the package on one page join one write too.
const inFlight = pageRegistry('shared-writes/1', () => new WeakMap<B24Transport, Map<string, SharedWrite<unknown>>>());

/** The same ballot always gives the same key: questions and answers sorted, empty questions left out. */
export function ballotKey(ballot: Ballot): string {
  return Object.keys(ballot)
    .filter((q) => (ballot[q] ?? []).length > 0)
    .sort()
    .map((q) => `${q}:${[...ballot[q]!].map(String).sort().join(',')}`)
    .join(';');
}

/**
 * Runs `send` for `key` on `transport`, or joins the identical call already in flight. `send` gets the shared
 * request's own signal. Each caller's promise settles like the shared one, or rejects with its own abort reason.
 */
export function sharedWrite<T>(
  transport: B24Transport,
  key: string,
  signal: AbortSignal | undefined,
  send: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  let byKey = inFlight.get(transport);
  if (!byKey) {
    byKey = new Map();
    inFlight.set(transport, byKey);
  }
  const map = byKey;
  let shared = map.get(key) as SharedWrite<T> | undefined;
  if (!shared) {
    const controller = new AbortController();
    const entry: SharedWrite<T> = { promise: new Promise<T>((resolve) => resolve(send(controller.signal))), controller, callers: 0 };
    const forget = (): void => {
      if (map.get(key) === entry) map.delete(key);
    };
    entry.promise.then(forget, forget);
    map.set(key, entry);
    shared = entry;
  }
  const entry = shared;
  return join(entry, signal, (reason) => {
    entry.controller.abort(reason);
    if (map.get(key) === entry) map.delete(key);
  });
}
