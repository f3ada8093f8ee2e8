/**
 * The whole percents the results show. The rule is that they never mislead: equal counts always show equal
 * percents, so a point left over by rounding is given to a whole group of equal counts or to nobody.
 */
import type { PollQuestion } from '../api/types.js';

/**
 * Whole percents for each answer of a question, in the order of `question.answers`.
 * - Single choice: each answer's share of the votes cast, floored; the points left to reach 100 go by largest
 *   remainder, but only to whole groups of answers with equal counts, and to the groups that bring the sum as
 *   close to 100 as such groups allow: to 100 whenever they can (4/1/1 is 66/17/17), else a little under (1/1/1
 *   stays 33/33/33, never 34/33/33). More votes never show less. All 0 when nobody voted.
 * - Multiple choice: each answer's share of the question's voters, rounded on its own (the sum may pass 100,
 *   and that is correct: one voter may pick several answers).
 */
export function displayPercents(question: PollQuestion): number[] {
  // The model's counts are whole and never negative (api/normalize.ts makes them so).
  const votes = question.answers.map((a) => a.votes);
  return question.multiple ? eachRounded(votes, question.voters) : largestRemainderByGroup(votes);
}

/** Half up, in integers: `round(v * 100 / voters)` without float noise. Never above 100 (bad counters). */
function eachRounded(votes: number[], voters: number): number[] {
  if (voters <= 0) return votes.map(() => 0);
  return votes.map((v) => Math.min(100, Math.floor((200 * v + voters) / (2 * voters))));
}

/** The answers with one count whose share is not whole: they get an extra point together or not at all. */
interface Group {
  count: number;
  floor: number;
  remainder: number;
  members: number[];
}

function largestRemainderByGroup(votes: number[]): number[] {
  const total = votes.reduce((s, v) => s + v, 0);
  if (total === 0) return votes.map(() => 0);
  // Integer floor and remainder of v*100/total are exact, so ties between equal counts stay ties.
  const result = votes.map((v) => Math.floor((v * 100) / total));
  const byCount = new Map<number, Group>();
  votes.forEach((count, i) => {
    const remainder = (count * 100) % total;
    if (remainder === 0) return; // exact shares gain nothing
    const group = byCount.get(count) ?? { count, floor: result[i]!, remainder, members: [] };
    group.members.push(i);
    byCount.set(count, group);
  });
  // Largest remainder first; equal remainders of different counts: the larger count first (any fixed order
  // would do; this one does not depend on the order the answers are listed in).
  const ordered = [...byCount.values()].sort((a, b) => b.remainder - a.remainder || b.count - a.count);
  // Groups of one floor are runs: a point to a smaller count of a run without one to every larger count of it would
  // show fewer votes as more. In remainder order each run is in count order, so a group may take a point only while
  // every group before it in its run did (a group that gets none closes its run).
  const runs = new Map<number, Group[]>();
  for (const group of ordered) runs.set(group.floor, [...(runs.get(group.floor) ?? []), group]);
  // The most points whole groups can take without passing 100: all that are left whenever some choice fits.
  let left = reachable(runs, 100 - result.reduce((s, v) => s + v, 0)).lastIndexOf(true);
  // Best remainder first, a group takes a point when it fits and the open runs can still make up the rest exactly
  // (where plain largest remainder lands on the target, this picks the same groups).
  for (const group of ordered) {
    const run = runs.get(group.floor)!;
    if (run[0] !== group) continue; // its run is closed
    run.shift();
    const rest = left - group.members.length;
    if (rest >= 0 && reachable(runs, rest)[rest]) {
      for (const i of group.members) result[i]! += 1;
      left = rest;
    } else {
      run.length = 0;
    }
  }
  return result;
}

/** Which numbers of extra points, 0 to `limit`, the open tails of the runs can take exactly (each a prefix of its tail). */
function reachable(runs: Map<number, Group[]>, limit: number): boolean[] {
  let can = Array.from({ length: limit + 1 }, (_, n) => n === 0);
  for (const run of runs.values()) {
    const next = [...can];
    let size = 0;
    for (const group of run) {
      size += group.members.length;
      if (size > limit) break;
      can.forEach((ok, n) => {
        if (ok && n + size <= limit) next[n + size] = true;
      });
    }
    can = next;
  }
  return can;
}
