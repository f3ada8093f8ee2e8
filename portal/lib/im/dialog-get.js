// @ts-check
// im.dialog.get (scope im): a dialog's chat, for a dialog ID the caller can see.
import { RestError } from '../rest/errors.js';
import { atom } from '../rest/time.js';
import { chatByDialog, chatTitle, isMember } from './chats.js';

const CREATED = Date.UTC(2026, 0, 12, 9, 0, 0);

/** @param {import('../vote/methods/context.js').CallContext} ctx */
export function dialogGet(ctx) {
  const raw = ctx.params.DIALOG_ID ?? ctx.params.dialogId;
  const dialogId = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (dialogId === '') throw new RestError('DIALOG_ID_EMPTY', "Dialog ID can't be empty");
  const chat = chatByDialog(dialogId, ctx.userId);
  if (!chat || !isMember(chat, ctx.userId)) {
    throw new RestError('ACCESS_ERROR', 'You do not have access to the specified dialog');
  }
  return {
    result: {
      id: chat.id,
      parent_chat_id: 0,
      parent_message_id: 0,
      name: chatTitle(chat, ctx.userId),
      description: '',
      owner: chat.owner,
      extranet: false,
      avatar: '',
      color: '#4ba984',
      type: chat.type,
      counter: 0,
      user_counter: chat.members?.length ?? 0,
      message_count: 0,
      entity_type: '',
      entity_id: '',
      date_create: atom(CREATED),
      message_type: chat.type === 'private' ? 'P' : 'C',
      role: chat.owner === ctx.userId ? 'OWNER' : 'MEMBER',
      dialog_id: chat.type === 'private' ? dialogId : `chat${chat.id}`,
    },
  };
}
