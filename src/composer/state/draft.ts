/** The poll being written: what the form shows, what is stored for a reload, what is sent. */
import { LIMITS } from './limits.js';

/** One answer row; `key` is stable while the row exists (focus and reordering follow it), never sent or stored. */
export interface DraftAnswer {
  key: number;
  text: string;
}

/** The draft. `templateId` is its idempotency key; `unsettled`: a send with that key may have reached the portal. */
export interface Draft {
  question: string;
  answers: DraftAnswer[];
  multiple: boolean;
  anonymous: boolean;
  revote: boolean;
  templateId: string;
  unsettled: boolean;
}

/** Why a draft cannot be sent yet (the first that applies), or null. */
export type DraftProblem = 'needQuestion' | 'needAnswers' | 'needDifferent' | null;

let nextKey = 1;

/** A fresh answer row. */
export function answerRow(text = ''): DraftAnswer {
  return { key: nextKey++, text };
}

/** An empty draft with two answers and a new key (Bitrix24's defaults: public, single choice, revote allowed). */
export function emptyDraft(templateId: string): Draft {
  return { question: '', answers: [answerRow(), answerRow()], multiple: false, anonymous: false, revote: true, templateId, unsettled: false };
}

/** How answers compare for "the same": trimmed, case and width folded. */
function sameKey(text: string): string {
  return text.trim().normalize('NFKC').toLocaleLowerCase();
}

/** Index of an earlier answer with the same text, per row (-1: none, or blank). */
export function duplicatesOf(answers: readonly DraftAnswer[]): number[] {
  const seen = new Map<string, number>();
  return answers.map((answer, i) => {
    const key = sameKey(answer.text);
    if (key === '') return -1;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    return first ?? -1;
  });
}

/** The answers that will be sent: trimmed, blank ones left out. */
export function filledAnswers(answers: readonly DraftAnswer[]): string[] {
  return answers.map((a) => a.text.trim()).filter((text) => text !== '');
}

/** The first reason the draft cannot be sent, or null. */
export function draftProblem(draft: Draft): DraftProblem {
  if (draft.question.trim() === '') return 'needQuestion';
  if (filledAnswers(draft.answers).length < LIMITS.minAnswers) return 'needAnswers';
  if (duplicatesOf(draft.answers).some((first) => first >= 0)) return 'needDifferent';
  return null;
}

/** `IM_MESSAGE_VOTE_DATA` for `vote.Integration.Im.send`: ANONYMITY 2 is anonymous and 1 public; OPTIONS 1 allows revoting. */
export function voteData(draft: Draft): Record<string, unknown> {
  return {
    QUESTIONS: [
      {
        QUESTION: draft.question.trim(),
        FIELD_TYPE: draft.multiple ? 1 : 0,
        ANSWERS: filledAnswers(draft.answers).map((text) => ({ MESSAGE: text })),
      },
    ],
    ANONYMITY: draft.anonymous ? 2 : 1,
    OPTIONS: draft.revote ? 1 : 0,
  };
}
