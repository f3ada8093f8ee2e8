/** Which chat the poll goes to: `chat-id` as given, or `dialog-id` looked up with `im.dialog.get` (scope `im`). */
import { badShape, call } from '../../api/vote-call.js';
import { type B24Error, invalidConfig } from '../../transport/b24-error.js';
import type { B24Transport } from '../../transport/types.js';
import { isObject } from '../../util/is-object.js';

/** A positive integer ID from an attribute or a portal answer, or null. */
export function positiveId(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** The dialog IDs Bitrix24 knows: a user ID (the private dialog with that user) or `chatNN`. */
export function isDialogId(value: string): boolean {
  return positiveId(value) !== null || /^chat\d+$/.test(value);
}

/** The chat ID of a dialog, as the current user sees it. */
export async function chatOfDialog(t: B24Transport, dialogId: string, signal?: AbortSignal): Promise<number> {
  const envelope = await call(t, 'im.dialog.get', { DIALOG_ID: dialogId }, { signal });
  const id = isObject(envelope.result) ? positiveId(envelope.result.id) : null;
  if (id === null) throw badShape('im.dialog.get', 'the answer has no chat id');
  return id;
}

/** `INVALID_CONFIG` for a chat the attributes do not name well. */
export function chatConfigError(chatId: string | null, dialogId: string | null): B24Error | null {
  if (chatId !== null && chatId !== '') {
    return positiveId(chatId) === null ? invalidConfig('chat-id must be a positive integer') : null;
  }
  if (dialogId !== null && dialogId !== '') {
    return isDialogId(dialogId.trim()) ? null : invalidConfig('dialog-id must be a user ID or chatNN');
  }
  return invalidConfig('set chat-id or dialog-id');
}
