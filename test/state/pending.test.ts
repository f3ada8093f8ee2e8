/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import type { Poll, PollAnswer, PollQuestion } from '../../src/api/types.js';
import { numbersVisible } from '../../src/state/display-rules.js';
import { projectPending, type PendingWrite } from '../../src/state/pending.js';
import { displayPercents } from '../../src/state/percents.js';

/** An answer: `votes`, and `mine` when the user picked it. */
const answer = (id: string, votes: number, mine = false, faces?: number): PollAnswer => ({
  id, text: id, html: false, votes, percent: 0, mine,
  ...(faces === undefined ? {} : { faces: Array.from({ length: faces }, (_, i) => ({ id: `${id}-${i}`, name: '', image: null })) }),
});

const question = (id: string, voters: number, answers: PollAnswer[], multiple = false): PollQuestion => ({
  id, text: id, html: false, multiple, required: false, voters, image: null, answers,
});

function poll(questions: PollQuestion[], extra: Partial<Poll> = {}): Poll {
  const isVoted = questions.some((q) => q.answers.some((a) => a.mine));
  return {
    id: '1', voteId: '1', entityId: '1', voters: 10, anonymous: false, public: true, revoteAllowed: true,
    resultsHidden: false, canVote: !isVoted, canRevote: true, canEdit: false, isVoted, isFinished: false,
    signedAttachId: '', resultUrl: '', downloadUrl: '', questions, ...extra,
  };
}

const vote = (ballot: Record<string, string[]>): PendingWrite => ({ action: 'vote', ballot });
const recall: PendingWrite = { action: 'recall' };

/** Per question: [voters, [votes...]] and the mine flags, for compact comparisons. */
const counts = (p: Poll) => p.questions.map((q) => [q.voters, q.answers.map((a) => a.votes)]);
const mine = (p: Poll) => p.questions.map((q) => q.answers.filter((a) => a.mine).map((a) => a.id));

describe('projectPending: the screen while a write is on the wire', () => {
  it('draws S itself when nothing is pending', () => {
    const s = poll([question('1', 3, [answer('a', 2), answer('b', 1)])]);
    expect(projectPending(s, null)).to.equal(s);
  });

  it('a first vote adds 1 to each pick, to its question’s respondents and to the counter; the user may now read', () => {
    const s = poll([
      question('1', 3, [answer('a', 2), answer('b', 1)]),
      question('2', 4, [answer('c', 3), answer('d', 2), answer('e', 0)], true),
      question('3', 2, [answer('f', 2)]),
    ]);
    expect(numbersVisible(s)).to.be.false;
    const shown = projectPending(s, vote({ 1: ['b'], 2: ['c', 'e'] }));
    expect(counts(shown)).to.deep.equal([[4, [2, 2]], [5, [4, 2, 1]], [2, [2]]]);
    expect(shown.voters).to.equal(11);
    expect(mine(shown)).to.deep.equal([['b'], ['c', 'e'], []]);
    expect([shown.isVoted, shown.canVote]).to.deep.equal([true, false]);
    expect(numbersVisible(shown), 'numbers after voting').to.be.true;
    // S is not touched: the screen is computed from it, never written into it.
    expect(counts(s)).to.deep.equal([[3, [2, 1]], [4, [3, 2, 0]], [2, [2]]]);
  });

  it('a change moves only the picks that changed; respondents move only when a question gains its first or loses its last pick', () => {
    const s = poll([
      question('1', 3, [answer('a', 2, true), answer('b', 1)]),
      question('2', 4, [answer('c', 3, true), answer('d', 2, true), answer('e', 0)], true),
      question('3', 2, [answer('f', 2, true)]),
      question('4', 1, [answer('g', 1)]),
    ]);
    const shown = projectPending(s, vote({ 1: ['b'], 2: ['d', 'e'], 4: ['g'] }));
    expect(counts(shown)).to.deep.equal([[3, [1, 2]], [4, [2, 2, 1]], [1, [1]], [2, [2]]]);
    expect(shown.voters, 'a change keeps the counter').to.equal(10);
    expect(mine(shown)).to.deep.equal([['b'], ['d', 'e'], [], ['g']]);
  });

  it('a withdrawal subtracts the old picks, their questions’ respondents and the counter', () => {
    const s = poll([
      question('1', 3, [answer('a', 2, true), answer('b', 1)]),
      question('2', 4, [answer('c', 3, true), answer('d', 2, true)], true),
      question('3', 2, [answer('f', 2)]),
    ]);
    const shown = projectPending(s, recall);
    expect(counts(shown)).to.deep.equal([[2, [1, 1]], [3, [2, 1]], [2, [2]]]);
    expect(shown.voters).to.equal(9);
    expect(mine(shown)).to.deep.equal([[], [], []]);
    expect([shown.isVoted, shown.canVote]).to.deep.equal([false, true]);
  });

  it('changes nothing on a poll that already holds the write (a read that came after the portal stored it)', () => {
    const stored = poll([question('1', 3, [answer('a', 2, true), answer('b', 1)])]);
    const again = projectPending(stored, vote({ 1: ['a'] }));
    expect([counts(again), again.voters, mine(again)]).to.deep.equal([counts(stored), stored.voters, mine(stored)]);
    const withdrawn = poll([question('1', 2, [answer('a', 1), answer('b', 1)])], { voters: 9 });
    const gone = projectPending(withdrawn, recall);
    expect([counts(gone), gone.voters]).to.deep.equal([counts(withdrawn), 9]);
  });

  it('invents no faces: a new pick gets none, and none shows beyond the count', () => {
    const s = poll([question('1', 3, [answer('a', 1, true, 1), answer('b', 2, false, 2)])]);
    const shown = projectPending(s, vote({ 1: ['b'] }));
    expect(shown.questions[0]!.answers.map((a) => a.faces?.length)).to.deep.equal([0, 2]);
  });

  it('draws percents with the element’s rounding, from the counts', () => {
    const s = poll([question('1', 2, [answer('a', 1), answer('b', 1), answer('c', 0)])]);
    const shown = projectPending(s, vote({ 1: ['c'] }));
    expect(displayPercents(shown.questions[0]!)).to.deep.equal([33, 33, 33]);
  });

  it('on a hide-results poll the voter still may not read; its author may', () => {
    const q = question('1', 3, [answer('a', 2), answer('b', 1)]);
    expect(numbersVisible(projectPending(poll([q], { resultsHidden: true }), vote({ 1: ['a'] })))).to.be.false;
    expect(numbersVisible(projectPending(poll([q], { resultsHidden: true, canEdit: true }), vote({ 1: ['a'] })))).to.be.true;
  });
});
