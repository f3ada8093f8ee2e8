// Helpers for the element tests: the emulator on the test page's origin, its control route, and fixtures.
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { B24AttachedVote } from '../../src/element.js';
import { resetRateLimiters } from '../../src/transport/rate-limiter.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import type { B24Transport } from '../../src/transport/types.js';

/** One REST request as the emulator logged it. */
export interface LoggedRequest {
  method: string;
  params: Record<string, unknown>;
  status: number;
  auth: string;
  userId: number | string | null;
  batch?: string[];
}

/** The webhook URL of a user on the same-origin emulator. */
export function webhook(userId = 10): string {
  return `${location.origin}/rest/${userId}/demo/`;
}

/** Reseeds the emulator and clears its faults and log; every test starts with a full client-side rate bucket. */
export async function resetPortal(): Promise<void> {
  resetRateLimiters();
  const response = await fetch('/__portal/reset', { method: 'POST' });
  if (!response.ok) throw new Error(`reset failed: ${response.status}`);
}

/** Switches faults on (see portal/README.md). */
export async function addFaults(...faults: Array<Record<string, unknown>>): Promise<void> {
  const response = await fetch('/__portal/faults', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ faults }),
  });
  if (!response.ok) throw new Error(`faults failed: ${response.status}`);
}

/** The REST requests the emulator received since the last reset, optionally of one method. */
export async function requests(method?: string): Promise<LoggedRequest[]> {
  const body = (await (await fetch('/__portal/log')).json()) as { requests: LoggedRequest[] };
  return method ? body.requests.filter((r) => r.method === method.toLowerCase()) : body.requests;
}

/** Emulator state: the ballots stored per poll. */
export async function portalState(): Promise<{ polls: Array<{ attachId: number; counter: number; finished: boolean; ballots: Record<string, Record<string, string[]>> }> }> {
  return (await fetch('/__portal/state')).json();
}

/** Renders an element with the given attributes and waits until it has loaded (or failed). */
export async function renderPoll(attrs: Record<string, string>, userId = 10): Promise<B24AttachedVote> {
  const el = await fixture<B24AttachedVote>(html`<b24-attached-vote></b24-attached-vote>`);
  const settled = Promise.race([oneEvent(el, 'vote-load'), oneEvent(el, 'vote-error')]);
  if (!('webhook-url' in attrs)) el.setAttribute('webhook-url', webhook(userId));
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await settled;
  await el.updateComplete;
  return el;
}

/** The element's shadow root. */
export function root(el: B24AttachedVote): ShadowRoot {
  return el.shadowRoot!;
}

/** Elements inside the shadow root. */
export function $$<T extends Element = HTMLElement>(el: B24AttachedVote, selector: string): T[] {
  return [...root(el).querySelectorAll<T>(selector)];
}

/** One element inside the shadow root (throws when absent, so a test fails with a clear message). */
export function $<T extends Element = HTMLElement>(el: B24AttachedVote, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the element`);
  return found;
}

/** The button whose visible text is `text`. */
export function button(el: B24AttachedVote, text: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}" (buttons: ${$$(el, 'button').map((b) => b.textContent?.trim()).join(', ')})`);
  return found;
}

/** Clicks the label of an answer by its visible text. */
export function pick(el: B24AttachedVote, answerText: string): HTMLInputElement {
  const label = $$(el, 'label.answer').find((l) => l.textContent?.trim() === answerText);
  if (!label) throw new Error(`no answer "${answerText}"`);
  label.click();
  return label.querySelector('input')!;
}

/** All visible text of the element, whitespace folded. */
export function text(el: B24AttachedVote): string {
  return (root(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element is no longer submitting. */
export async function settled(el: B24AttachedVote): Promise<void> {
  await waitUntil(() => el.status !== 'submitting' && el.status !== 'loading', 'element did not settle', { timeout: 8000 });
  await el.updateComplete;
}

/**
 * The emulator over fetch, except that reads show question 24 of poll 3 (required, single choice on the portal) as
 * optional multiple choice: the element's copy of the rules is out of date, so the portal is the one to refuse.
 */
export function staleRules(userId: number): B24Transport {
  const inner = createFetchTransport({ webhookUrl: webhook(userId), rateLimit: false });
  return {
    origin: inner.origin,
    async call(method, params, options) {
      const envelope = await inner.call(method, params, options);
      const attach = (envelope.result as { attach?: { QUESTIONS?: Record<string, Record<string, unknown>> } } | null)?.attach;
      const q = attach?.QUESTIONS?.['24'];
      if (q) Object.assign(q, { REQUIRED: 'N', FIELD_TYPE: 1 });
      return envelope;
    },
  };
}

/** Renders an element showing poll `attachId` through `transport`, once it has loaded. */
export async function renderWith(transport: B24Transport, attachId: number): Promise<B24AttachedVote> {
  const el = await fixture<B24AttachedVote>(html`<b24-attached-vote></b24-attached-vote>`);
  const done = oneEvent(el, 'vote-load');
  el.transport = transport;
  el.attachId = attachId;
  await done;
  await el.updateComplete;
  return el;
}
