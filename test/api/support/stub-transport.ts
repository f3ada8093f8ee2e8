import type { B24CallOptions, B24Envelope, B24Transport } from '../../../src/transport/types.js';

/** One call a stub transport received. */
export interface StubCall {
  method: string;
  params: Record<string, unknown>;
  signal: AbortSignal | undefined;
}

/**
 * An in-memory B24Transport for the api layer's own logic (shapes, coalescing, aborts) where a real portal cannot
 * produce the case on demand. It answers through `answer`, and honours aborts the way the real transports do:
 * rejecting with the signal's reason. Wire behaviour is tested against the emulator, not here.
 */
export class StubTransport implements B24Transport {
  readonly calls: StubCall[] = [];
  supportsBatch: boolean | undefined = true;

  constructor(private readonly answer: (method: string, params: Record<string, unknown>) => unknown | Promise<unknown>) {}

  call(method: string, params: Record<string, unknown>, options?: B24CallOptions): Promise<B24Envelope> {
    const signal = options?.signal;
    this.calls.push({ method, params, signal });
    return new Promise<B24Envelope>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      // A macrotask later, like a network answer: aborts in between must win.
      setTimeout(() => {
        Promise.resolve()
          .then(() => this.answer(method, params))
          .then((value) => resolve(value as B24Envelope), reject);
      }, 5);
    });
  }
}
