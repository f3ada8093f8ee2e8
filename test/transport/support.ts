/** Small assertions shared by the transport tests. */
import { expect } from '@open-wc/testing';
import { isB24Error, type B24Error } from '../../src/transport/b24-error.js';
import { portalBase, type PortalTarget } from '../support/portal.js';

/** Fast retries for tests: the policy's shape, a hundredth of its waits. */
export const FAST_RETRY = { delayScale: 0.01 } as const;

/** Awaits a promise that must reject; returns the rejection. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)?.slice(0, 200)}`);
    },
    (error: unknown) => error,
  );
}

/** Awaits a promise that must reject with a `B24Error` of `code` (and `status` when given). */
export async function b24Failure(promise: Promise<unknown>, code: string, status?: number): Promise<B24Error> {
  const error = await rejection(promise);
  expect(isB24Error(error), `a B24Error, got ${String(error)}`).to.equal(true);
  const b24 = error as B24Error;
  expect(b24.code, `code (${b24.description})`).to.equal(code);
  if (status !== undefined) expect(b24.status, 'status').to.equal(status);
  return b24;
}

/** Awaits a promise that must reject with an abort (the signal's reason), never a `B24Error`. */
export async function abortFailure(promise: Promise<unknown>): Promise<DOMException> {
  const error = await rejection(promise);
  expect(isB24Error(error), 'not a B24Error').to.equal(false);
  expect((error as DOMException).name).to.equal('AbortError');
  return error as DOMException;
}

/** Everything an error exposes as text, to check that no secret is in it. */
export function errorText(error: unknown): string {
  const e = error as Partial<B24Error>;
  return [String(error), e.message, e.description, e.code, e.stack, JSON.stringify(error)].join('\n');
}

/** Captures console output while `fn` runs. */
export async function captureConsole<T>(fn: () => Promise<T>): Promise<{ value: T; output: string[] }> {
  const output: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const saved = methods.map((name) => console[name]);
  for (const name of methods) {
    console[name] = (...args: unknown[]) => {
      output.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    };
  }
  try {
    return { value: await fn(), output };
  } finally {
    methods.forEach((name, i) => {
      console[name] = saved[i]!;
    });
  }
}

/** The CORS preflights (`OPTIONS` under /rest/) the chosen emulator instance received since its last reset. */
export async function preflights(target: PortalTarget = {}): Promise<unknown[]> {
  const response = await fetch(`${await portalBase(target)}/__portal/log`, { cache: 'no-store' });
  const body = (await response.json()) as { requests: Array<{ httpMethod?: string }>; preflights?: unknown[] };
  // Counted both ways, whichever way the emulator records them: apart, or as requests with their HTTP method.
  return [...(body.preflights ?? []), ...body.requests.filter((entry) => entry.httpMethod === 'OPTIONS')];
}
