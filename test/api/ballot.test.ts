/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { ballotFromPoll, validateBallot } from '../../src/api/ballot.js';
import { BallotError, errorQuestionId, questionIdFromPortalCode } from '../../src/api/ballot-error.js';
import { normalizeAttach } from '../../src/api/normalize.js';
import type { Poll } from '../../src/api/types.js';
import { B24Error, isB24Error } from '../../src/transport/b24-error.js';
import { seedAttach } from './fixtures/seed-attach.js';

/** A feed-style poll: q1 single (answers 10, 11), q2 multiple + required (20, 21, 22), q3 inactive. */
function feedPoll(): Poll {
  return normalizeAttach({
    ID: 3,
    VOTE_ID: 3,
    QUESTIONS: {
      '1': { ID: '1', C_SORT: '10', FIELD_TYPE: '0', ANSWERS: { '10': { ID: '10', C_SORT: '1' }, '11': { ID: '11', C_SORT: '2' } } },
      '2': {
        ID: '2',
        C_SORT: '20',
        FIELD_TYPE: '1',
        REQUIRED: 'Y',
        ANSWERS: { '20': { ID: '20', C_SORT: '1' }, '21': { ID: '21', C_SORT: '2' }, '22': { ID: '22', C_SORT: '3' } },
      },
      '3': { ID: '3', C_SORT: '30', ACTIVE: 'N', ANSWERS: { '30': { ID: '30' } } },
    },
    userAnswerMap: { '2': { '22': {}, '20': {} } },
  });
}

function expectInvalid(fn: () => unknown, questionId: string | undefined, pattern: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isB24Error(caught), `expected a B24Error, got ${String(caught)}`).to.equal(true);
  expect(caught).to.be.instanceOf(BallotError);
  const e = caught as BallotError;
  expect(e.name).to.equal('B24Error');
  expect(e.code).to.equal('INVALID_BALLOT');
  expect(e.status).to.equal(0);
  expect(e.questionId).to.equal(questionId);
  expect(e.description).to.match(pattern);
}

describe('validateBallot', () => {
  it('returns a clean ballot: strings, poll order, no duplicates, empty questions left out', () => {
    const poll = feedPoll();
    expect(validateBallot(poll, { 2: [22, '20', 22], 1: ['11'] })).to.deep.equal({ '1': ['11'], '2': ['20', '22'] });
    expect(Object.keys(validateBallot(poll, { 2: ['21'], 1: ['10'] }))).to.deep.equal(['1', '2']);
    expect(validateBallot(poll, { 1: [], 2: ['21'] })).to.deep.equal({ '2': ['21'] });
  });

  it('accepts the seed page\'s ballot shape', () => {
    const poll = normalizeAttach(seedAttach());
    expect(validateBallot(poll, { '1': ['3'] })).to.deep.equal({ '1': ['3'] });
  });

  it('refuses a required question left unanswered', () => {
    expectInvalid(() => validateBallot(feedPoll(), { 1: ['10'] }), '2', /requires an answer/);
    expectInvalid(() => validateBallot(feedPoll(), { 1: ['10'], 2: [] }), '2', /requires an answer/);
  });

  it('refuses several answers to a single-choice question', () => {
    expectInvalid(() => validateBallot(feedPoll(), { 1: ['10', '11'], 2: ['20'] }), '1', /takes one answer; 2 were given/);
  });

  it('refuses an answer of another question or an unknown one', () => {
    expectInvalid(() => validateBallot(feedPoll(), { 1: ['20'], 2: ['21'] }), '1', /Answer 20 is not an answer of question 1/);
    expectInvalid(() => validateBallot(feedPoll(), { 2: ['999'] }), '2', /Answer 999/);
    expectInvalid(() => validateBallot(feedPoll(), { 2: ['abc'] }), '2', /Answer abc/);
  });

  it('refuses an unknown or inactive question', () => {
    expectInvalid(() => validateBallot(feedPoll(), { 2: ['20'], 77: ['1'] }), '77', /Question 77 is not an active question/);
    expectInvalid(() => validateBallot(feedPoll(), { 2: ['20'], 3: ['30'] }), '3', /not an active question/);
  });

  it('refuses an entirely empty ballot, naming the first question', () => {
    const poll = normalizeAttach(seedAttach());
    expectInvalid(() => validateBallot(poll, {}), '1', /answers no question/);
    expectInvalid(() => validateBallot(poll, { 1: [] }), '1', /answers no question/);
  });

  it('refuses what is not a ballot', () => {
    expectInvalid(() => validateBallot(feedPoll(), null), '1', /must be an object/);
    expectInvalid(() => validateBallot(feedPoll(), [['10']]), '1', /must be an object/);
    expectInvalid(() => validateBallot(feedPoll(), { 1: '10', 2: ['20'] }), '1', /must be a list/);
  });
});

describe('ballotFromPoll', () => {
  it('gives the user\'s current picks in poll order', () => {
    expect(ballotFromPoll(feedPoll())).to.deep.equal({ '2': ['20', '22'] });
    expect(ballotFromPoll(normalizeAttach(seedAttach()))).to.deep.equal({ '1': ['1'] });
  });

  it('is empty when the user has not voted', () => {
    const raw = seedAttach();
    raw.userAnswerMap = [];
    expect(ballotFromPoll(normalizeAttach(raw))).to.deep.equal({});
  });
});

describe('questionIdFromPortalCode and errorQuestionId', () => {
  it('reads QUESTION_{id}', () => {
    expect(questionIdFromPortalCode('QUESTION_12')).to.equal('12');
    expect(questionIdFromPortalCode('VOTE_12')).to.equal(null);
    expect(questionIdFromPortalCode('QUESTION_')).to.equal(null);
    expect(questionIdFromPortalCode('403')).to.equal(null);
  });

  it('names the question of a local or a portal error', () => {
    expect(errorQuestionId(new BallotError('x', '5'))).to.equal('5');
    expect(errorQuestionId(new B24Error('QUESTION_7', 'required', 400))).to.equal('7');
    expect(errorQuestionId(new B24Error('32', 'already voted', 400))).to.equal(undefined);
    expect(errorQuestionId(new Error('x'))).to.equal(undefined);
  });
});
