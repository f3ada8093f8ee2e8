/** The limits of Bitrix24's own poll form (the server checks only the answer count; longer text looks wrong in chat). */
export const LIMITS = {
  question: 250,
  answer: 100,
  minAnswers: 2,
  maxAnswers: 10,
} as const;

/** A counter shows once this share of a limit is used. */
export const COUNTER_FROM = 0.8;
