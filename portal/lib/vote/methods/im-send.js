// @ts-check
// vote.Integration.Im.send: creates a chat poll (one question, 2..10 answers) attached to a new chat message.
// As the source does it: the vote is saved first, then the message is sent; a send that fails leaves the vote
// without a message (an orphan). The message's `templateId` (a lowercase UUID v4) de-duplicates the message, not
// the vote: a repeat after success saves another orphan vote and answers with the first message and the new vote.
import { intParam, arrayParam, phpValues, intval } from '../bind.js';
import { isObject, IM_CONNECTOR } from '../poll.js';
import { buildQuestions } from '../build-question.js';
import { codeless } from '../../rest/errors.js';
import { atom } from '../../rest/time.js';
import { chatById, isMember, canWrite } from '../../im/chats.js';
import { templateKeyOf, KEEP_SENT_MS, KEEP_PENDING_MS } from '../../im/template-key.js';

const TEN_YEARS = 10 * 365 * 24 * 3600 * 1000;

/**
 * OPTIONS: an integer bitmask, or an array of bits (summed) as the mobile app sends it.
 * @param {unknown} value
 */
function optionsOf(value) {
  const bits = Array.isArray(value) || isObject(value) ? phpValues(value).reduce((/** @type {number} */ sum, v) => sum + intval(v), 0) : intval(value);
  return bits & 3;
}

/** @param {unknown} value */
function anonymityOf(value) {
  if (value === undefined || value === null || value === '') return 1;
  const n = intval(value);
  return n === 0 || n === 1 || n === 2 ? n : 1;
}

/** @param {unknown} value */
function text(value) {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** The error of a message that could not be sent (the source's VOTE_INTEGRATION_IM_MESSAGE_FAILED; no code). */
const messageFailed = () => codeless('Failed to send the survey message. Please try again');

/** @param {import('./context.js').CallContext} ctx */
export async function imSend(ctx) {
  const chatId = intParam(ctx.params, 'chatId');
  const data = arrayParam(ctx.params, 'IM_MESSAGE_VOTE_DATA');
  const chat = chatById(chatId);
  if (!chat || !isMember(chat, ctx.userId)) throw codeless('Insufficient rights to create a survey');

  const record = /** @type {Record<string, unknown>} */ (data);
  const questions = phpValues(record.QUESTIONS).filter(isObject);
  if (questions.length === 0) throw codeless('Please enter a question and answer options');
  if (questions.length > 1) throw codeless('Maximum number of questions: 1');
  const [question] = questions;
  const questionText = text(question.QUESTION);
  const answers = phpValues(question.ANSWERS).filter(isObject).filter((a) => text(a.MESSAGE) !== '');
  if (questionText === '') throw codeless('Please enter a question and answer options');
  if (answers.length < 2) throw codeless('Minimum number of answers: 2');
  if (answers.length > 10) throw codeless('Maximum number of answers: 10');

  const { store } = ctx;
  const now = Date.now();
  // The vote is saved here; until a message carries it, it is an orphan nobody can reach.
  const voteId = store.next('vote');
  store.orphanVotes.set(voteId, { chatId, authorId: ctx.userId });
  if (!canWrite(chat, ctx.userId)) throw messageFailed();
  const key = templateKeyOf(ctx.params.templateId);
  const earlier = key === null ? undefined : store.templates.get(key);
  if (earlier?.messageId !== undefined && now - earlier.at < KEEP_SENT_MS) {
    return { result: { messageId: earlier.messageId, voteId } };
  }
  if (earlier && earlier.messageId === undefined && now - earlier.at < KEEP_PENDING_MS) throw messageFailed();
  /** @type {{ at: number, messageId?: number }} */
  const pending = { at: now };
  if (key !== null) store.templates.set(key, pending);
  // Sending the message takes the request's latency: a repeat meanwhile finds the key still pending.
  await ctx.pause();
  store.orphanVotes.delete(voteId);
  const attachId = store.next('attach');
  const messageId = store.next('message');
  const questionId = store.next('questionOrAnswer');
  const questionsRaw = buildQuestions(attachId, voteId, atom(now), [
    {
      id: questionId,
      sort: intval(question.C_SORT) || 10,
      text: questionText,
      type: question.QUESTION_TYPE === 'html' ? 'html' : 'text',
      fieldType: intval(question.FIELD_TYPE) === 1 ? 1 : 0,
      answers: answers.map((a, i) => ({
        id: store.next('questionOrAnswer'),
        sort: intval(a.C_SORT) || (i + 1) * 10,
        text: text(a.MESSAGE),
        type: a.MESSAGE_TYPE === 'html' ? 'html' : 'text',
      })),
    },
  ]);
  store.add({
    attachId,
    voteId,
    moduleId: 'im',
    entityType: IM_CONNECTOR,
    entityId: messageId,
    chatId,
    authorId: ctx.userId,
    anonymity: anonymityOf(record.ANONYMITY),
    options: optionsOf(record.OPTIONS),
    dateStart: now - 1000,
    dateEnd: now + TEN_YEARS,
    questions: questionsRaw,
    timestamp: atom(now),
  });
  pending.messageId = messageId;
  return { result: { messageId, voteId } };
}
