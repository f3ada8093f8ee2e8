/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import type { Poll, PollQuestion } from '../../src/api/types.js';
import { numbersHiddenReason, numbersVisible, questionVotersVisible, votersVisible } from '../../src/state/display-rules.js';

const question = (id: string): PollQuestion => ({ id, text: id, html: false, multiple: false, required: false, voters: 1, image: null, answers: [] });

function poll(extra: Partial<Poll> = {}): Poll {
  return {
    id: '1', voteId: '1', entityId: '1', voters: 1, anonymous: false, public: true, revoteAllowed: true, resultsHidden: false,
    canVote: false, canRevote: false, canEdit: false, isVoted: true, isFinished: false, signedAttachId: '', resultUrl: '',
    downloadUrl: '', questions: [question('1')], ...extra,
  };
}

describe('display rules', () => {
  it('numbers follow the server’s read rule, and the note says why they are hidden', () => {
    const cases: Array<[string, Partial<Poll>, ReturnType<typeof numbersHiddenReason>]> = [
      ['voted', {}, null],
      ['may still vote', { isVoted: false, canVote: true }, 'after-voting'],
      ['a reader of an open poll', { isVoted: false }, null],
      ['hide-results, voted', { resultsHidden: true }, 'author-only'],
      ['hide-results, finished', { resultsHidden: true, isFinished: true }, 'author-only'],
      ['hide-results, the author', { resultsHidden: true, canEdit: true }, null],
    ];
    for (const [name, extra, reason] of cases) {
      expect(numbersHiddenReason(poll(extra)), name).to.equal(reason);
      expect(numbersVisible(poll(extra)), name).to.equal(reason === null);
    }
  });

  it('voter lists and faces: public polls with numbers, unless the host hides voters', () => {
    expect(votersVisible(poll())).to.equal(true);
    expect(votersVisible(poll(), true), 'hide-voters').to.equal(false);
    expect(votersVisible(poll({ anonymous: true, public: false })), 'anonymous').to.equal(false);
    expect(votersVisible(poll({ isVoted: false, canVote: true })), 'before voting').to.equal(false);
    expect(votersVisible(poll({ resultsHidden: true })), 'hide-results').to.equal(false);
  });

  it('per-question "N voted" only for several questions with numbers', () => {
    expect(questionVotersVisible(poll())).to.equal(false);
    expect(questionVotersVisible(poll({ questions: [question('1'), question('2')] }))).to.equal(true);
    expect(questionVotersVisible(poll({ questions: [question('1'), question('2')], resultsHidden: true }))).to.equal(false);
  });
});
