// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal, attachOf } from '../test-support/helpers.js';

const IM = 'Bitrix\\Vote\\Attachment\\ImMessageConnector';
const data = (/** @type {Record<string, unknown>} */ over = {}) => ({
  QUESTIONS: [{ QUESTION: 'Tea or coffee?', FIELD_TYPE: 1, ANSWERS: [{ MESSAGE: 'Tea' }, { MESSAGE: 'Coffee' }, { MESSAGE: 'Both' }] }],
  ANONYMITY: 2,
  OPTIONS: 1,
  ...over,
});

test('Im.send creates a chat poll authored by the caller', async (t) => {
  const p = await usePortal(t);
  const sent = await p.call('vote.Integration.Im.send', { chatId: 7, IM_MESSAGE_VOTE_DATA: data() }, 3);
  assert.equal(sent.status, 200);
  const { messageId, voteId } = sent.body.result;
  assert.ok(Number.isInteger(messageId) && Number.isInteger(voteId));
  const mine = attachOf(await p.call('vote.AttachedVote.get', { moduleId: 'im', entityType: IM, entityId: messageId }, 3));
  assert.equal(mine.VOTE_ID, voteId);
  assert.notEqual(mine.ID, voteId);
  assert.equal(mine.entityId, messageId);
  assert.deepEqual([mine.ANONYMITY, mine.OPTIONS, mine.canEdit, mine.canVote, mine.COUNTER], [2, 1, true, true, 0]);
  const [question] = Object.values(mine.QUESTIONS);
  assert.equal(question.FIELD_TYPE, '1');
  assert.deepEqual(Object.values(question.ANSWERS).map((/** @type {any} */ a) => a.MESSAGE), ['Tea', 'Coffee', 'Both']);
  const other = attachOf(await p.call('vote.AttachedVote.get', { attachId: mine.ID }, 4));
  assert.equal(other.canEdit, false);
});

const KEY = '0f8e4c2a-5b7d-4e1f-9a3c-2d6b8e0f1a4c';

test('Im.send with the same lowercase UUID v4 templateId posts one message; the repeat saves an orphan vote', async (t) => {
  const p = await usePortal(t);
  const a = await p.call('vote.Integration.Im.send', { chatId: 7, IM_MESSAGE_VOTE_DATA: data(), templateId: KEY });
  const b = await p.call('vote.Integration.Im.send', { chatId: 9, IM_MESSAGE_VOTE_DATA: data(), templateId: KEY }, 2);
  assert.equal(b.body.result.messageId, a.body.result.messageId);
  assert.notEqual(b.body.result.voteId, a.body.result.voteId);
  const poll = attachOf(await p.call('vote.AttachedVote.get', { moduleId: 'im', entityType: IM, entityId: a.body.result.messageId }));
  assert.equal(poll.VOTE_ID, a.body.result.voteId);
  const state = await p.control('GET', '/__portal/state');
  assert.equal(state.body.polls.length, 9);
  assert.deepEqual(state.body.orphanVotes, [{ voteId: b.body.result.voteId, chatId: 9, authorId: 2 }]);
});

test('Im.send ignores a templateId that is not a lowercase UUID v4', async (t) => {
  const p = await usePortal(t);
  for (const templateId of ['abc-1', KEY.toUpperCase(), KEY.replace('-4e1f-', '-1e1f-')]) {
    const a = await p.call('vote.Integration.Im.send', { chatId: 7, IM_MESSAGE_VOTE_DATA: data(), templateId });
    const b = await p.call('vote.Integration.Im.send', { chatId: 7, IM_MESSAGE_VOTE_DATA: data(), templateId });
    assert.notEqual(a.body.result.messageId, b.body.result.messageId, templateId);
  }
  const state = await p.control('GET', '/__portal/state');
  assert.equal(state.body.polls.length, 14);
});

test('Im.send repeated while the first call still runs: code-less "message failed", then the first message', async (t) => {
  const p = await usePortal(t);
  await p.control('POST', '/__portal/faults', {
    faults: [
      { kind: 'latency', method: 'vote.Integration.Im.send', ms: 400, times: 1 },
      { kind: 'drop-early', method: 'vote.Integration.Im.send', times: 1 },
    ],
  });
  const params = { chatId: 7, IM_MESSAGE_VOTE_DATA: data(), templateId: KEY };
  await assert.rejects(p.call('vote.Integration.Im.send', params));
  const during = await p.call('vote.Integration.Im.send', params);
  assert.equal(during.status, 400);
  assert.deepEqual([during.body.error, during.body.error_description], ['', 'Failed to send the survey message. Please try again']);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const after = await p.call('vote.Integration.Im.send', params);
  const state = await p.control('GET', '/__portal/state');
  const made = state.body.polls.filter((/** @type {any} */ poll) => poll.entityId === after.body.result.messageId);
  assert.equal(made.length, 1);
  assert.notEqual(made[0].voteId, after.body.result.voteId);
  assert.equal(state.body.orphanVotes.length, 2);
});

test('Im.send: members only; a member who may not write leaves an orphan vote', async (t) => {
  const p = await usePortal(t);
  const send = (/** @type {number} */ chatId, /** @type {number} */ user) =>
    p.call('vote.Integration.Im.send', { chatId, IM_MESSAGE_VOTE_DATA: data(), templateId: KEY }, user);
  for (const [chatId, user] of [[13, 2], [0, 1], [999, 1]]) {
    const denied = await send(chatId, user);
    assert.deepEqual([denied.body.error, denied.body.error_description], ['', 'Insufficient rights to create a survey']);
  }
  const readOnly = await send(11, 3);
  assert.deepEqual([readOnly.body.error, readOnly.body.error_description], ['', 'Failed to send the survey message. Please try again']);
  const state = await p.control('GET', '/__portal/state');
  assert.equal(state.body.polls.length, 8);
  assert.equal(state.body.orphanVotes.length, 1);
  // The key was not taken by the failed send: the owner of the channel posts with it.
  const owner = await send(11, 1);
  assert.equal(owner.status, 200);
  const inPrivate = await send(123, 3);
  assert.equal(inPrivate.status, 200);
});

test('im.dialog.get: group chats by chatNN, private dialogs by user ID, members only', async (t) => {
  const p = await usePortal(t);
  const get = async (/** @type {unknown} */ DIALOG_ID, user = 1) => (await p.call('im.dialog.get', { DIALOG_ID }, user)).body;
  assert.deepEqual(pick(await get('chat7', 4)), { id: 7, type: 'chat', name: 'General', dialog_id: 'chat7' });
  assert.deepEqual(pick(await get('3', 2)), { id: 123, type: 'private', name: 'John Carter', dialog_id: '3' });
  assert.deepEqual(pick(await get(2, 3)), { id: 123, type: 'private', name: 'Maria Ivanova', dialog_id: '2' });
  for (const [dialogId, user] of [['chat13', 2], ['chat999', 1], ['42', 1], ['general', 1]]) {
    const denied = await get(dialogId, /** @type {number} */ (user));
    assert.deepEqual([denied.error, denied.error_description], ['ACCESS_ERROR', 'You do not have access to the specified dialog']);
  }
  assert.equal((await get('')).error, 'DIALOG_ID_EMPTY');
});

/** @param {any} body */
function pick(body) {
  const { id, type, name, dialog_id } = body.result;
  return { id, type, name, dialog_id };
}

test('Im.send validation and form encoding', async (t) => {
  const p = await usePortal(t);
  const send = async (/** @type {unknown} */ voteData) =>
    (await p.call('vote.Integration.Im.send', { chatId: 7, IM_MESSAGE_VOTE_DATA: voteData })).body.error_description;
  const answers = (/** @type {number} */ n) => Array.from({ length: n }, (_, i) => ({ MESSAGE: `A${i}` }));
  assert.equal(await send(data({ QUESTIONS: [] })), 'Please enter a question and answer options');
  assert.equal(await send(data({ QUESTIONS: [{ QUESTION: 'a', ANSWERS: answers(2) }, { QUESTION: 'b', ANSWERS: answers(2) }] })), 'Maximum number of questions: 1');
  assert.equal(await send(data({ QUESTIONS: [{ QUESTION: 'a', ANSWERS: answers(1) }] })), 'Minimum number of answers: 2');
  assert.equal(await send(data({ QUESTIONS: [{ QUESTION: 'a', ANSWERS: answers(11) }] })), 'Maximum number of answers: 10');
  const missing = await p.call('vote.Integration.Im.send', { IM_MESSAGE_VOTE_DATA: data() });
  assert.equal(missing.body.error_description, 'Could not find value for parameter {chatId}');
  const form = await p.form(
    'vote.Integration.Im.send',
    'chatId=9&IM_MESSAGE_VOTE_DATA[QUESTIONS][0][QUESTION]=Q&IM_MESSAGE_VOTE_DATA[QUESTIONS][0][ANSWERS][0][MESSAGE]=x' +
      '&IM_MESSAGE_VOTE_DATA[QUESTIONS][0][ANSWERS][1][MESSAGE]=y&IM_MESSAGE_VOTE_DATA[ANONYMITY]=1&IM_MESSAGE_VOTE_DATA[OPTIONS]=0',
  );
  assert.equal(form.status, 200);
  const made = attachOf(await p.call('vote.AttachedVote.get', { moduleId: 'im', entityType: IM, entityId: form.body.result.messageId }));
  assert.deepEqual([made.ANONYMITY, made.OPTIONS, made.canRevote], [1, 0, false]);
});
