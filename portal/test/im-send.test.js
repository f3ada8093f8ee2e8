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

test('Im.send with the same templateId creates the poll once', async (t) => {
  const p = await usePortal(t);
  const a = await p.call('vote.Integration.Im.send', { chatId: 7, IM_MESSAGE_VOTE_DATA: data(), templateId: 'abc-1' });
  const b = await p.call('vote.Integration.Im.send', { chatId: 7, IM_MESSAGE_VOTE_DATA: data(), templateId: 'abc-1' });
  assert.deepEqual(a.body.result, b.body.result);
  const state = await p.control('GET', '/__portal/state');
  assert.equal(state.body.polls.length, 9);
});

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
