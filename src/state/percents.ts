/**
 * The whole percents the results show. The rule is that they never mislead: equal counts always show equal
 * percents, so a point left over by rounding is given to a whole group of equal counts or to nobody.
 */
import type { PollQuestion } from '../api/types.js';

/**
 * Whole percents for each answer of a question, in the order of `question.answers`.
 * - Single choice: each answer's share of the votes cast, floored; the points left to reach 100 go by largest
 *   remainder, but only to whole groups of answers with equal counts, stopping at the first group that does not
 *   fit. The sum is 100 or a little under (1/1/1 is 33/33/33, never 34/33/33). All 0 when nobody voted.
 * - Multiple choice: each answer's share of the question's voters, rounded on its own (the sum may pass 100,
 *   and that is correct: one voter may pick several answers).
 */
export function displayPercents(question: PollQuestion): number[] {
  const votes = question.answers.map((a) => Math.max(0, Math.floor(a.votes)));
  return question.multiple ? eachRounded(votes, question.voters) : largestRemainderByGroup(votes);
}

/** Half up, in integers: `round(v * 100 / voters)` without float noise. Never above 100 (bad counters). */
function eachRounded(votes: number[], voters: number): number[] {
  if (voters <= 0) return votes.map(() => 0);
  return votes.map((v) => Math.min(100, Math.floor((200 * v + voters) / (2 * voters))));
}

function largestRemainderByGroup(votes: number[]): number[] {
  const total = votes.reduce((s, v) => s + v, 0);
  if (total === 0) return votes.map(() => 0);
  // Integer floor and remainder of v*100/total are exact, so ties between equal counts stay ties.
  const result = votes.map((v) => Math.floor((v * 100) / total));
  let left = 100 - result.reduce((s, v) => s + v, 0);

  // Equal counts have equal remainders; group by count so a group gets its points together or not at all.
  const groups = new Map<number, number[]>();
  votes.forEach((v, i) => {
    if ((v * 100) % total === 0) return; // exact shares gain nothing
    const members = groups.get(v);
    if (members) members.push(i);
    else groups.set(v, [i]);
  });
  // Largest remainder first; equal remainders of different counts: the larger count first (any fixed order
  // would do; this one does not depend on the order the answers are listed in).
  const ordered = [...groups.entries()].sort(
    ([a], [b]) => ((b * 100) % total) - ((a * 100) % total) || b - a,
  );
  for (const [, members] of ordered) {
    if (members.length > left) break;
    for (const i of members) result[i]! += 1;
    left -= members.length;
  }
  return result;
}
