/**
 * The draft survives a reload: session storage, one entry per chat, removed once the poll is posted. Private
 * browsing, a full or a missing storage only mean that nothing is kept.
 */
import { isObject } from '../../util/is-object.js';
import { answerRow, emptyDraft, type Draft } from './draft.js';
import { LIMITS } from './limits.js';
import { isTemplateId, newTemplateId } from './template-id.js';

const PREFIX = 'b24-vote-composer:draft:';

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** The stored draft of a chat, or null (none, unreadable, or from another shape). */
export function readDraft(chatKey: string): Draft | null {
  let data: unknown;
  try {
    const raw = storage()?.getItem(PREFIX + chatKey);
    if (!raw) return null;
    data = JSON.parse(raw);
  } catch {
    // Unreadable storage or text: no draft.
    return null;
  }
  if (!isObject(data) || !Array.isArray(data.answers)) return null;
  const draft = emptyDraft(isTemplateId(data.templateId) ? data.templateId : newTemplateId());
  draft.question = typeof data.question === 'string' ? data.question.slice(0, LIMITS.question) : '';
  const texts = data.answers.filter((a): a is string => typeof a === 'string').slice(0, LIMITS.maxAnswers);
  while (texts.length < LIMITS.minAnswers) texts.push('');
  draft.answers = texts.map((text) => answerRow(text.slice(0, LIMITS.answer)));
  draft.multiple = data.multiple === true;
  draft.anonymous = data.anonymous === true;
  draft.revote = data.revote !== false;
  draft.unsettled = data.unsettled === true && isTemplateId(data.templateId);
  return draft;
}

/** Stores a chat's draft (answers as texts; row keys are the page's own). */
export function writeDraft(chatKey: string, draft: Draft): void {
  const { question, multiple, anonymous, revote, templateId, unsettled } = draft;
  const data = { question, answers: draft.answers.map((a) => a.text), multiple, anonymous, revote, templateId, unsettled };
  try {
    storage()?.setItem(PREFIX + chatKey, JSON.stringify(data));
  } catch {
    // Full or refused: the draft lives on in the page.
  }
}

/** Forgets a chat's draft. */
export function clearDraft(chatKey: string): void {
  try {
    storage()?.removeItem(PREFIX + chatKey);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
