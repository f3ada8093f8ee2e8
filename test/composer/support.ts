// Helpers for the composer's tests: the element on the same-origin emulator, its fields and buttons.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/composer.js';
import type { B24VoteComposer } from '../../src/composer.js';

export { addFaults, requests, resetPortal, webhook } from '../element/support.js';
import { webhook } from '../element/support.js';

/** A composer for `userId` in chat `chatId` (or with other attributes), rendered. */
export async function renderComposer(attrs: Record<string, string> = { 'chat-id': '7' }, userId = 2): Promise<B24VoteComposer> {
  const el = await fixture<B24VoteComposer>(html`<b24-vote-composer></b24-vote-composer>`);
  if (!('webhook-url' in attrs)) el.setAttribute('webhook-url', webhook(userId));
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}

/** One element in the composer's shadow root (throws when absent). */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the composer`);
  return found;
}

/** Elements in the composer's shadow root. */
export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The answer fields, in order. */
export function answerInputs(el: B24VoteComposer): HTMLInputElement[] {
  return $$<HTMLInputElement>(el, 'input[part~="answer-input"]');
}

/** The answers' texts, in order. */
export function answerTexts(el: B24VoteComposer): string[] {
  return answerInputs(el).map((input) => input.value);
}

/** Types into a field as a user would (input events), without the keyboard. */
export async function fill(el: B24VoteComposer, input: HTMLInputElement, text: string): Promise<void> {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Writes a question and answers. */
export async function writePoll(el: B24VoteComposer, question: string, answers: string[]): Promise<void> {
  await fill(el, $<HTMLInputElement>(el, '#question'), question);
  for (let i = 0; i < answers.length; i++) {
    if (answerInputs(el).length <= i) {
      $<HTMLButtonElement>(el, '[part~="add-button"]').click();
      await el.updateComplete;
    }
    await fill(el, answerInputs(el)[i]!, answers[i]!);
  }
}

/** A paste event carrying `text` (Firefox ignores `clipboardData` in the event's init, so it is set on the event). */
export function pasteEvent(text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'clipboardData', { value: data });
  return event;
}

/** Pastes text into a field. */
export async function paste(el: B24VoteComposer, input: HTMLInputElement, text: string): Promise<void> {
  input.dispatchEvent(pasteEvent(text));
  await el.updateComplete;
}

/** The element focused inside the composer. */
export function focused(el: B24VoteComposer): Element | null {
  return el.shadowRoot!.activeElement;
}

/** The send button. */
export function sendButton(el: B24VoteComposer): HTMLButtonElement {
  return $<HTMLButtonElement>(el, '[part~="send-button"]');
}

/** Waits until the composer has posted (the posted poll shows) or failed. */
export async function settledCompose(el: B24VoteComposer): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="done"], [part~="error"]') !== null, 'the composer did not settle', { timeout: 15000 });
  await el.updateComplete;
}

/** Forgets every stored draft (each test starts from an empty form). */
export function clearDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('b24-vote-composer:')) sessionStorage.removeItem(key);
}
