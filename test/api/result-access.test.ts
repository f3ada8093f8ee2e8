/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { canReadResults, type ResultAccessFields } from '../../src/api/result-access.js';

describe('canReadResults (the server’s Vote::canReadResult)', () => {
  const base: ResultAccessFields = { canEdit: false, resultsHidden: false, isFinished: false, canVote: false, isVoted: false };
  const cases: Array<[string, Partial<ResultAccessFields>, boolean]> = [
    ['the author, open, hide-results', { canEdit: true, resultsHidden: true }, true],
    ['the author, finished, hide-results', { canEdit: true, resultsHidden: true, isFinished: true }, true],
    ['the author who may still vote', { canEdit: true, canVote: true }, true],
    ['hide-results, voted', { resultsHidden: true, isVoted: true }, false],
    ['hide-results, finished', { resultsHidden: true, isFinished: true }, false],
    ['hide-results, finished, voted', { resultsHidden: true, isFinished: true, isVoted: true }, false],
    ['hide-results, a reader', { resultsHidden: true }, false],
    ['open, may still vote', { canVote: true }, false],
    ['open, voted', { isVoted: true }, true],
    ['open, voted, may revote', { isVoted: true, canVote: false }, true],
    ['open, a reader who may not vote', {}, true],
    ['finished, never voted', { isFinished: true }, true],
    ['finished, the portal still says canVote', { isFinished: true, canVote: true }, true],
    ['both canVote and isVoted (a portal out of step)', { canVote: true, isVoted: true }, true],
  ];
  for (const [name, fields, expected] of cases) {
    it(`${name}: ${expected ? 'shown' : 'hidden'}`, () => {
      expect(canReadResults({ ...base, ...fields })).to.equal(expected);
    });
  }
});
