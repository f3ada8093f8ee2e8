// Helpers for the host tests. Unlike test/element/support.ts, this module imports nothing from src/, so each
// host test proves that its own entry point registers the tag.
import { waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';

/** One REST request as the emulator logged it. */
export interface LoggedRequest {
  method: string;
  params: Record<string, unknown>;
  status: number;
  /** How the request authenticated: `webhook`, `oauth` or `none` (never the secret). */
  auth: string;
  userId: number | string | null;
}

/** The webhook URL of a user on the same-origin emulator. */
export function webhook(userId: number): string {
  return `${location.origin}/rest/${userId}/demo/`;
}

/** Reseeds the emulator and clears its faults and log. */
export async function resetPortal(): Promise<void> {
  const response = await fetch('/__portal/reset', { method: 'POST' });
  if (!response.ok) throw new Error(`reset failed: ${response.status}`);
}

/** The REST requests the emulator received since the last reset, optionally of one method. */
export async function requests(method?: string): Promise<LoggedRequest[]> {
  const body = (await (await fetch('/__portal/log', { cache: 'no-store' })).json()) as { requests: LoggedRequest[] };
  return method ? body.requests.filter((r) => r.method === method.toLowerCase()) : body.requests;
}

/** Waits until the element has a poll on screen (or fails with its status). */
export async function ready(el: B24AttachedVote, message = 'poll did not load'): Promise<void> {
  await waitUntil(() => el.status === 'ready', `${message} (status ${el.status})`, { timeout: 8000 });
  await el.updateComplete;
}

/** Waits until the element is neither loading nor submitting. */
export async function settled(el: B24AttachedVote): Promise<void> {
  await waitUntil(() => el.status !== 'submitting' && el.status !== 'loading', `element did not settle (status ${el.status})`, { timeout: 8000 });
  await el.updateComplete;
}

/** Clicks the label of the answer at `index` of the first question; returns the answer's ID. */
export async function pickAnswer(el: B24AttachedVote, index: number): Promise<string> {
  const labels = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label.answer')];
  if (!labels[index]) throw new Error(`no answer #${index} (${labels.length} answers)`);
  labels[index].click();
  await el.updateComplete;
  return labels[index].querySelector('input')!.value;
}

/** Clicks the Vote button. */
export function clickVote(el: B24AttachedVote): void {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="vote-button"]');
  if (!button) throw new Error('no vote button');
  if (button.disabled) throw new Error('the vote button is disabled');
  button.click();
}

/** Records the calls of a callback; `next()` resolves on the next call (or one already made and not yet taken). */
export class Calls<T> {
  readonly all: T[] = [];
  private taken = 0;
  readonly fn = (value: T): void => {
    this.all.push(value);
  };

  async next(message = 'callback was not called'): Promise<T> {
    await waitUntil(() => this.all.length > this.taken, message, { timeout: 8000 });
    return this.all[this.taken++];
  }
}
