// @ts-check
// The portal's chats, as far as creating a poll needs them: who is a member and who may write.
// Group chats are listed; a private dialog between two demo users (1..9) has a chat ID made from the pair.
import { userName } from '../vote/users.js';

/** Every demo user (the webhook code `demo` works for any user ID; the demo and the tests use 1..9). */
const DEMO_USERS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * @typedef {{ id: number, title: string, type: 'chat' | 'private', owner: number, members: number[] | null, writers: number[] | null }} Chat
 *   `members` null: an open chat every user is in; `writers` null: every member may write.
 */

/** @type {Chat[]} */
const GROUP_CHATS = [
  // The demo's chat: any user (the demo offers 1, 2, 3, 10 and 11) may create a poll in it and vote in it; the
  // seeded chat polls live here too.
  { id: 7, title: 'General', type: 'chat', owner: 1, members: null, writers: null },
  { id: 9, title: 'Product team', type: 'chat', owner: 1, members: [1, 2, 3, 4, 5], writers: null },
  // A channel: everyone reads, only its owner writes.
  { id: 11, title: 'Announcements', type: 'chat', owner: 1, members: DEMO_USERS, writers: [1] },
  { id: 13, title: 'HR', type: 'chat', owner: 6, members: [1, 6], writers: null },
];

/** Private chats get IDs from here on: 100 + 10 × the lower user ID + the higher one. */
const PRIVATE_BASE = 100;

/**
 * The private chat of two demo users (a user's chat with themselves is their notes), or null.
 * @param {number} a
 * @param {number} b
 * @returns {Chat | null}
 */
function privateChat(a, b) {
  if (!DEMO_USERS.includes(a) || !DEMO_USERS.includes(b)) return null;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return { id: PRIVATE_BASE + lo * 10 + hi, title: '', type: 'private', owner: 0, members: [lo, hi], writers: null };
}

/**
 * A chat by ID, or null.
 * @param {number} chatId
 * @returns {Chat | null}
 */
export function chatById(chatId) {
  const group = GROUP_CHATS.find((chat) => chat.id === chatId);
  if (group) return group;
  const pair = chatId - PRIVATE_BASE;
  return pair > 10 && pair < 100 ? privateChat(Math.floor(pair / 10), pair % 10) : null;
}

/**
 * The chat a dialog ID names for a user (`chatNN`, or a user ID for the private dialog with that user), or null.
 * @param {string} dialogId
 * @param {number} userId the caller
 */
export function chatByDialog(dialogId, userId) {
  const group = /^chat(\d+)$/.exec(dialogId);
  if (group) return chatById(Number(group[1]));
  return /^\d+$/.test(dialogId) ? privateChat(userId, Number(dialogId)) : null;
}

/**
 * @param {Chat} chat
 * @param {number} userId
 */
export function isMember(chat, userId) {
  return chat.members === null || chat.members.includes(userId);
}

/**
 * @param {Chat} chat
 * @param {number} userId
 */
export function canWrite(chat, userId) {
  return isMember(chat, userId) && (chat.writers === null || chat.writers.includes(userId));
}

/**
 * A private chat is named after the other person.
 * @param {Chat} chat
 * @param {number} userId
 */
export function chatTitle(chat, userId) {
  if (chat.type === 'chat') return chat.title;
  const other = chat.members?.find((id) => id !== userId) ?? userId;
  return userName(other);
}
