/**
 * The element's guard around any transport: every call is bounded in time (`callTimeoutMs`, else 60 s), so a
 * promise that never settles cannot hang the element, and only the element's own aborts stay silent (an abort the
 * element did not ask for is a failure). Cached per transport, so that everything keyed by transport identity
 * (coalesced loads, shared writes, the poll-updates hub) sees one object per transport, as before.
 */
import { abortReason, isAbortError, race } from '../transport/abort.js';
import { B24Error, isB24Error, isNamed } from '../transport/b24-error.js';
import type { B24CallOptions, B24Envelope, B24Transport } from '../transport/types.js';
import { pageRegistry } from '../util/page-registry.js';

/** The bound on one call when the transport names none. */
export const DEFAULT_CALL_TIMEOUT_MS = 60_000;

// Page-wide: two copies of the bundle share the webhook and BX24 transports, and must share their guarded form too,
// since shared writes and the poll-updates hub are keyed by it. Keyed by the transport object itself, which every
// copy that can reach it holds; the guard is used by shape only.
const guarded = pageRegistry('bounded-transports/1', () => new WeakMap<B24Transport, B24Transport>());

/** The call bound of a transport: its own `callTimeoutMs` when that is a positive number, else the default. */
export function callTimeoutOf(transport: B24Transport): number {
  const ms = transport.callTimeoutMs;
  // setTimeout treats anything above 2^31-1 ms as 0: a huge bound would fire at once.
  return typeof ms === 'number' && ms > 0 && ms <= 2 ** 31 - 1 ? ms : DEFAULT_CALL_TIMEOUT_MS;
}

/** The guarded form of `transport` (the same object for the same transport). */
export function boundedTransport(transport: B24Transport): B24Transport {
  let bounded = guarded.get(transport);
  if (!bounded) {
    bounded = {
      call: (method, params, options) => boundedCall(transport, method, params, options),
      // Read through, so that a transport that learns its origin later is followed.
      get origin() {
        return transport.origin;
      },
      get supportsBatch() {
        return transport.supportsBatch;
      },
      get callTimeoutMs() {
        return transport.callTimeoutMs;
      },
    };
    guarded.set(transport, bounded);
  }
  return bounded;
}

/** Why a rejection of the inner transport fails the call (the element's own abort is handled before this). */
function failureOf(error: unknown): unknown {
  if (isB24Error(error)) return error;
  if (isNamed(error, 'TimeoutError')) return new B24Error('TIMEOUT', 'the transport gave up waiting for the portal');
  if (isAbortError(error)) return new B24Error('NETWORK_ERROR', 'the transport aborted a call the element did not abort');
  return error;
}

function boundedCall(
  transport: B24Transport,
  method: string,
  params: Record<string, unknown>,
  options: B24CallOptions | undefined,
): Promise<B24Envelope> {
  const outer = options?.signal;
  if (outer?.aborted) return Promise.reject(abortReason(outer));
  const ms = callTimeoutOf(transport);
  const inner = new AbortController();
  // The element's own abort: the race rejects at once with its reason (silent), even if the transport never answers.
  const onAbort = (): void => inner.abort(abortReason(outer!));
  outer?.addEventListener('abort', onAbort, { once: true });
  // A transport that throws instead of rejecting fails the call the same way.
  const call = new Promise<B24Envelope>((resolve) => resolve(transport.call(method, params, { ...options, signal: inner.signal })));
  return race(
    call.catch((error: unknown) => {
      throw failureOf(error);
    }),
    outer,
    ms,
    () => {
      inner.abort(new DOMException(`the call took longer than ${ms} ms`, 'TimeoutError'));
      return new B24Error('TIMEOUT', `no answer within ${ms} ms`);
    },
  ).finally(() => outer?.removeEventListener('abort', onAbort));
}
