/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { normalizeAttach } from '../../src/api/normalize.js';
import type { PollQuestion } from '../../src/api/types.js';
import { displayPercents } from '../../src/state/percents.js';

function q(votes: number[], multiple = false, voters?: number): PollQuestion {
  return {
    id: '1',
    text: '',
    html: false,
    multiple,
    required: false,
    voters: voters ?? votes.reduce((s, v) => s + v, 0),
    image: null,
    answers: votes.map((v, i) => ({ id: String(i + 1), text: '', html: false, votes: v, percent: 0, mine: false })),
  };
}

const sum = (list: number[]) => list.reduce((s, v) => s + v, 0);

/** A small seeded generator, so a failing random case is the same on every run and in every browser. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * The largest sum of whole percents that extra points to whole groups of equal counts can reach, found by trying
 * every choice of groups: at most 100, and no count shown above a larger one.
 */
function bestSum(votes: number[]): number {
  const total = sum(votes);
  const floors = votes.map((v) => Math.floor((v * 100) / total));
  const counts = [...new Set(votes.filter((v) => (v * 100) % total !== 0))];
  let best = 0;
  for (let mask = 0; mask < 2 ** counts.length; mask++) {
    const shown = votes.map((v, i) => floors[i]! + (mask & (1 << counts.indexOf(v)) && counts.includes(v) ? 1 : 0));
    const monotonic = votes.every((v, i) => votes.every((w, j) => !(v > w) || shown[i]! >= shown[j]!));
    if (monotonic && sum(shown) <= 100) best = Math.max(best, sum(shown));
  }
  return best;
}

describe('displayPercents: single choice', () => {
  const cases: Array<[number[], number[]]> = [
    [[1, 1, 1], [33, 33, 33]], // never 34/33/33: equal counts, equal percents
    [[1, 1], [50, 50]],
    [[2, 1], [67, 33]],
    [[1, 2], [33, 67]],
    [[1, 0, 0], [100, 0, 0]],
    [[0, 5, 0], [0, 100, 0]],
    [[1, 1, 2], [25, 25, 50]],
    [[5, 3, 3], [46, 27, 27]],
    [[4, 1, 1], [66, 17, 17]], // not 67/16/16 (99): the pair of 1s takes both points left
    [[1, 1, 4], [17, 17, 66]],
    [[3, 2, 2], [42, 29, 29]], // the pair of 2s takes both points, which the 3 alone cannot
    [[2, 2, 2, 1], [28, 28, 28, 15]], // the three 2s do not fit in 2 points; the 1 takes one: as close as it gets
    [[2, 2, 2, 1, 1], [25, 25, 25, 12, 12]], // 0 or 2 or 3 or 5 points, never 1: none
    [[1, 1, 1, 3], [16, 16, 16, 50]],
    [[1, 1, 1, 1, 1, 1, 1], [14, 14, 14, 14, 14, 14, 14]],
    [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9]],
    [[999, 1, 1], [100, 0, 0]],
    [[1, 2, 3, 4, 5, 6], [5, 9, 14, 19, 24, 29]],
    [[2, 2, 1, 1], [33, 33, 17, 17]], // both groups fit
    [[1, 3, 196], [0, 2, 98]], // equal remainders, different counts: the larger count first
    [[3, 1, 196], [2, 0, 98]], // ...whatever the order of the answers
  ];
  for (const [votes, expected] of cases) {
    it(`${votes.join('/')} -> ${expected.join('/')}`, () => {
      expect(displayPercents(q(votes))).to.deep.equal(expected);
    });
  }

  it('gives 0 everywhere when nobody voted, and for a question without answers an empty list', () => {
    expect(displayPercents(q([0, 0, 0]))).to.deep.equal([0, 0, 0]);
    expect(displayPercents(q([]))).to.deep.equal([]);
  });

  it('uses the votes cast, not the question counter (single choice: one answer per ballot)', () => {
    expect(displayPercents(q([1, 1], false, 7))).to.deep.equal([50, 50]);
  });

  it('holds its rules on 3000 random questions', () => {
    const next = random(11);
    for (let run = 0; run < 3000; run++) {
      const size = 1 + Math.floor(next() * 10);
      // Small counts make ties (the interesting case) common; some large ones test the arithmetic.
      const scale = next() < 0.8 ? 5 : 100000;
      const votes = Array.from({ length: size }, () => Math.floor(next() * scale));
      const shown = displayPercents(q(votes));
      const total = sum(votes);
      const label = votes.join('/');
      if (total === 0) {
        expect(shown, label).to.deep.equal(votes.map(() => 0));
        continue;
      }
      const total100 = sum(shown);
      expect(total100, label).to.be.at.most(100);
      // Each shown value is the exact share floored or with its one extra point.
      votes.forEach((v, i) => {
        const exact = (v * 100) / total;
        expect(shown[i]! === Math.floor(exact) || shown[i]! === Math.floor(exact) + 1, label).to.equal(true);
      });
      // Equal counts, equal percents; more votes never show less.
      for (let i = 0; i < size; i++) {
        for (let j = 0; j < size; j++) {
          if (votes[i] === votes[j]) expect(shown[i], label).to.equal(shown[j]);
          if (votes[i]! > votes[j]!) expect(shown[i]!, label).to.be.at.least(shown[j]!);
        }
      }
      // All counts different: nothing can block a point, so the sum is exactly 100 (plain largest remainder).
      if (new Set(votes).size === size) expect(total100, label).to.equal(100);
      // Short of 100 only because a group did not fit: less than the largest group of equal counts.
      const largestGroup = Math.max(...votes.map((v) => votes.filter((w) => w === v).length));
      expect(100 - total100, label).to.be.lessThan(largestGroup);
      // As close to 100 as whole groups allow without showing fewer votes as more: 100 whenever some choice can.
      expect(total100, label).to.equal(bestSum(votes));
    }
  });

  it('works on a normalized 100-answer question', () => {
    const answers: Record<string, unknown> = {};
    for (let i = 1; i <= 100; i++) answers[i] = { ID: i, C_SORT: i, MESSAGE: `A${i}`, COUNTER: String(i % 7) };
    const poll = normalizeAttach({ ID: 1, VOTE_ID: 1, QUESTIONS: { 1: { ID: 1, FIELD_TYPE: '0', ANSWERS: answers } } });
    const shown = displayPercents(poll.questions[0]!);
    expect(shown).to.have.length(100);
    expect(sum(shown)).to.be.at.most(100);
    const byCount = new Map<number, Set<number>>();
    poll.questions[0]!.answers.forEach((a, i) => byCount.set(a.votes, (byCount.get(a.votes) ?? new Set()).add(shown[i]!)));
    for (const values of byCount.values()) expect(values.size).to.equal(1);
  });
});

describe('displayPercents: multiple choice', () => {
  const cases: Array<[number[], number, number[]]> = [
    [[3, 2, 1], 3, [100, 67, 33]],
    [[1, 1, 1], 2, [50, 50, 50]],
    [[1, 1, 1], 3, [33, 33, 33]],
    [[1], 8, [13]], // 12.5 rounds half up, in integers
    [[3], 8, [38]], // 37.5
    [[1, 7], 8, [13, 88]], // 12.5 and 87.5: the sum may pass 100
    [[2, 2], 3, [67, 67]],
    [[0, 0], 0, [0, 0]],
    [[5, 1], 0, [0, 0]], // no voters counted: nothing to divide by
    [[9, 1], 4, [100, 25]], // a counter out of step never shows more than 100
  ];
  for (const [votes, voters, expected] of cases) {
    it(`${votes.join('/')} of ${voters} voters -> ${expected.join('/')}`, () => {
      expect(displayPercents(q(votes, true, voters))).to.deep.equal(expected);
    });
  }

  it('rounds each answer on its own: equal counts equal, 1000 random questions', () => {
    const next = random(7);
    for (let run = 0; run < 1000; run++) {
      const voters = 1 + Math.floor(next() * 50);
      const votes = Array.from({ length: 1 + Math.floor(next() * 8) }, () => Math.floor(next() * (voters + 1)));
      const shown = displayPercents(q(votes, true, voters));
      votes.forEach((v, i) => expect(shown[i], `${v} of ${voters}`).to.equal(Math.round((v * 100) / voters)));
    }
  });
});
