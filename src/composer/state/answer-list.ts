/** Edits of the answer list, as pure functions: each returns a new list and never breaks the limits. */
import { answerRow, type DraftAnswer } from './draft.js';
import { LIMITS } from './limits.js';

/** A pasted text as answers: one per non-blank line, trimmed and cut to the answer limit. */
export function pastedLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().slice(0, LIMITS.answer))
    .filter((line) => line !== '');
}

/**
 * Puts `lines` in the blank rows from row `at` on (a row with text is kept and skipped), then in new
 * rows; what would pass the tenth answer is not added. Returns the list, the key of the last row written, and how many
 * lines were left out.
 */
export function insertLines(answers: readonly DraftAnswer[], at: number, lines: readonly string[]): { answers: DraftAnswer[]; lastKey: number; dropped: number } {
  const next = answers.map((a) => ({ ...a }));
  let row = at;
  let written = 0;
  let lastKey = next[at]?.key ?? -1;
  for (const line of lines) {
    while (row < next.length && next[row]!.text.trim() !== '') row++;
    if (row >= next.length) {
      if (next.length >= LIMITS.maxAnswers) break;
      next.push(answerRow());
    }
    next[row]!.text = line;
    lastKey = next[row]!.key;
    written++;
    row++;
  }
  return { answers: next, lastKey, dropped: lines.length - written };
}

/** The list with row `from` moved to `to` (both in range), or the same list. */
export function moveAnswer(answers: readonly DraftAnswer[], from: number, to: number): DraftAnswer[] {
  if (to < 0 || to >= answers.length || from === to) return [...answers];
  const next = [...answers];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row!);
  return next;
}

/** The list without row `index` (never fewer than two rows). */
export function removeAnswer(answers: readonly DraftAnswer[], index: number): DraftAnswer[] {
  if (answers.length <= LIMITS.minAnswers) return answers.map((a, i) => (i === index ? { ...a, text: '' } : a));
  return answers.filter((_, i) => i !== index);
}

/** The list with a blank row after `index` (at most ten rows). */
export function addAnswerAfter(answers: readonly DraftAnswer[], index: number): DraftAnswer[] {
  if (answers.length >= LIMITS.maxAnswers) return [...answers];
  const next = [...answers];
  next.splice(index + 1, 0, answerRow());
  return next;
}
