/**
 * Helpers of the fault-injection suite. Everything talks to the emulator on its OWN port (cross-origin: a real
 * CORS preflight, and a dropped or hung connection cannot hurt the test runner's own server), reset before each
 * test. Transports are created per test with small delays so the suite stays fast: the retry policy's shape with
 * a fiftieth of its waits, no client-side rate limit (the emulator's bucket is what a test switches on).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { B24AttachedVote } from '../../src/element.js';
import type { Ballot } from '../../src/api/types.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import type { B24CallOptions, B24Transport, RetryOptions } from '../../src/transport/types.js';
import {
  addFaults as addPortalFaults,
  crossOriginUrl,
  log,
  reset,
  state,
  type PortalFault,
  type PortalLogEntry,
} from '../support/portal.js';

export type { PortalFault, PortalLogEntry };

const CROSS = { crossOrigin: true } as const;

/** Retry settings for the suite: the real policy, waits scaled down 50 times, a 429 longer than 5 s fails at once. */
export const TEST_RETRY: Partial<RetryOptions> = { delayScale: 0.02, operationLimitMaxWaitMs: 5000 };

/** Per-request timeout of the suite's transports (the `hang` cases use a shorter one). */
export const TEST_TIMEOUT_MS = 5000;

/** Reseeds the cross-origin emulator: polls, faults, limits, log. */
export function resetCross(): Promise<void> {
  return reset(CROSS);
}

/** Switches faults on in the cross-origin emulator. */
export function faults(...list: PortalFault[]): Promise<void> {
  return addPortalFaults(list, CROSS);
}

/** Clears every fault of the cross-origin emulator. */
export async function clearFaults(): Promise<void> {
  const response = await fetch(`${await crossOriginUrl()}/__portal/faults`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`clearing faults: HTTP ${response.status}`);
}

/** The REST requests the cross-origin emulator logged, optionally for one method (case-insensitive). */
export async function sent(method?: string): Promise<PortalLogEntry[]> {
  const entries = await log(CROSS);
  return method ? entries.filter((e) => e.method === method.toLowerCase()) : entries;
}

/** The emulator's view of one poll: the stored ballots and whether it is finished. */
export interface StoredPoll {
  attachId: number;
  counter: number;
  finished: boolean;
  ballots: Record<string, Ballot>;
}

export async function storedPoll(attachId: number): Promise<StoredPoll> {
  const { polls } = await state<{ polls: StoredPoll[] }>(CROSS);
  const poll = polls.find((p) => p.attachId === attachId);
  if (!poll) throw new Error(`no poll ${attachId} in the emulator`);
  return poll;
}

/** The cross-origin webhook of a user. */
export async function crossWebhook(userId: number, code = 'demo'): Promise<string> {
  return `${await crossOriginUrl()}/rest/${userId}/${code}/`;
}

/** One call as a spying transport saw it. */
export interface SeenCall {
  method: string;
  signal: AbortSignal | undefined;
  settled: boolean;
}

/** A transport that records every call (and its abort signal) before passing it on. */
export interface SpyTransport extends B24Transport {
  calls: SeenCall[];
}

export function spy(inner: B24Transport, overrides: { supportsBatch?: boolean } = {}): SpyTransport {
  const calls: SeenCall[] = [];
  return {
    calls,
    origin: inner.origin,
    supportsBatch: overrides.supportsBatch ?? inner.supportsBatch,
    call(method: string, params: Record<string, unknown>, options?: B24CallOptions) {
      const seen: SeenCall = { method, signal: options?.signal, settled: false };
      calls.push(seen);
      const promise = inner.call(method, params, options);
      void promise.then(
        () => (seen.settled = true),
        () => (seen.settled = true),
      );
      return promise;
    },
  };
}

/** A fresh webhook transport of `userId` on the cross-origin emulator, with the suite's small delays. */
export async function webhookTransport(userId: number, options: { timeoutMs?: number } = {}): Promise<SpyTransport> {
  return spy(
    createFetchTransport({
      webhookUrl: await crossWebhook(userId),
      timeoutMs: options.timeoutMs ?? TEST_TIMEOUT_MS,
      rateLimit: false,
      retry: TEST_RETRY,
    }),
  );
}

/** Every event the element fired, in order. */
export interface Recorded {
  type: string;
  detail: Record<string, unknown>;
  at: number;
}

export const EVENT_TYPES = ['vote-load', 'vote-submit', 'vote-success', 'vote-recall', 'vote-error'] as const;

export function record(el: HTMLElement): Recorded[] {
  const events: Recorded[] = [];
  for (const type of EVENT_TYPES) {
    el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail, at: performance.now() }));
  }
  return events;
}

/** Waits until an event of `type` was recorded after index `from`, and returns it. */
export async function nextEvent(events: Recorded[], type: string, from = 0, timeout = 8000): Promise<Recorded> {
  await waitUntil(() => events.slice(from).some((e) => e.type === type), `no ${type} event (saw ${events.map((e) => e.type).join(', ') || 'none'})`, { timeout, interval: 10 });
  return events.slice(from).find((e) => e.type === type)!;
}

/** Waits until one of `types` was recorded after index `from`. */
export async function nextOf(events: Recorded[], types: string[], from = 0, timeout = 8000): Promise<Recorded> {
  await waitUntil(() => events.slice(from).some((e) => types.includes(e.type)), `none of ${types.join(', ')} (saw ${events.map((e) => e.type).join(', ') || 'none'})`, { timeout, interval: 10 });
  return events.slice(from).find((e) => types.includes(e.type))!;
}

/** A container in the page (cleaned up after each test by @open-wc/testing). */
export function container(): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
}

/** Creates an element for `attachId` through `transport`, not yet connected. */
export function createPoll(transport: B24Transport, attachId: number, attrs: Record<string, string> = {}): B24AttachedVote {
  const el = document.createElement('b24-attached-vote') as B24AttachedVote;
  el.transport = transport;
  el.setAttribute('attach-id', String(attachId));
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** Mounts an element and waits until it has loaded (fails when it reports an error instead). */
export async function mountLoaded(
  transport: B24Transport,
  attachId: number,
  attrs: Record<string, string> = {},
): Promise<{ el: B24AttachedVote; events: Recorded[] }> {
  const el = createPoll(transport, attachId, attrs);
  const events = record(el);
  (await container()).append(el);
  const first = await nextOf(events, ['vote-load', 'vote-error']);
  if (first.type === 'vote-error') throw new Error(`poll ${attachId} did not load: ${JSON.stringify(first.detail)}`);
  await el.updateComplete;
  return { el, events };
}

/** Elements inside the shadow root. */
export function $$<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** One element inside the shadow root (throws with a clear message when absent). */
export function $<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the element (text: ${text(el)})`);
  return found;
}

/** The button whose visible text is `label`. */
export function button(el: HTMLElement, label: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}" (buttons: ${$$(el, 'button').map((b) => b.textContent?.trim()).join(', ')})`);
  return found;
}

/** Clicks an answer's label by the answer's ID; returns its input. */
export function pickAnswer(el: HTMLElement, answerId: string): HTMLInputElement {
  const input = $<HTMLInputElement>(el, `input[value="${answerId}"]`);
  input.closest('label')!.click();
  return input;
}

/** All visible text of the element, whitespace folded. */
export function text(el: HTMLElement): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the error box, or '' when none is shown. */
export function errorText(el: HTMLElement): string {
  const box = el.shadowRoot?.querySelector('[part="error"]');
  return (box?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element is neither loading nor submitting. */
export async function settled(el: B24AttachedVote, timeout = 8000): Promise<void> {
  await waitUntil(() => el.status !== 'submitting' && el.status !== 'loading', `element did not settle (status ${el.status})`, { timeout, interval: 10 });
  await el.updateComplete;
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Collects unhandled promise rejections and uncaught errors while a test runs. `check()` fails the test if any
 * arrived (after giving late ones a moment to surface).
 */
export function watchUnhandled(): { check(): Promise<void>; stop(): void } {
  const seen: string[] = [];
  const onRejection = (event: PromiseRejectionEvent): void => {
    seen.push(`unhandledrejection: ${describe(event.reason)}`);
  };
  const onError = (event: ErrorEvent): void => {
    seen.push(`error: ${describe(event.error ?? event.message)}`);
  };
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  const stop = (): void => {
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
  };
  return {
    stop,
    async check() {
      await delay(30);
      stop();
      expect(seen, 'no unhandled rejection or uncaught error').to.deep.equal([]);
    },
  };
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** `it` that fails on any unhandled rejection or uncaught error during the test. */
export function itClean(title: string, body: () => Promise<void>): Mocha.Test {
  return it(title, async () => {
    const watch = watchUnhandled();
    try {
      await body();
    } catch (error) {
      watch.stop();
      throw error;
    }
    await watch.check();
  });
}
