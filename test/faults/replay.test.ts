// A browser may send a POST twice on its own when a reused keep-alive connection closes before any answer: one
// fetch(), two requests at the portal (seen in Chromium for a dropped vote). The element never re-sends by itself,
// but whatever the replay leaves behind must end in the truth on screen (issue 12, item 7). The emulator's
// `replay` fault processes one request twice and answers the second copy.
import { expect, oneEvent } from '@open-wc/testing';
import { $$, addFaults, button, pick, portalState, renderPoll, requests, resetPortal, settled, text } from '../element/support.js';

describe('a vote the browser sent twice (replay)', () => {
  beforeEach(resetPortal);

  it('on a poll without revote: the second copy answers 32, the re-read shows the vote counted', async () => {
    const el = await renderPoll({ 'attach-id': '6' }, 10);
    const [answer] = el.poll!.questions[0]!.answers;
    await addFaults({ kind: 'replay', method: 'vote.AttachedVote.vote', times: 1 });
    const errors: unknown[] = [];
    el.addEventListener('vote-error', (e) => errors.push(e.detail));
    pick(el, answer!.text);
    await el.updateComplete;
    const succeeded = oneEvent(el, 'vote-success');
    button(el, 'Vote').click();
    expect((await succeeded).detail.ballot).to.deep.equal({ 29: [answer!.id] });
    await settled(el);
    expect(errors, 'no error for a vote that was stored').to.deep.equal([]);
    expect(el.poll!.isVoted).to.be.true;
    expect(el.poll!.questions[0]!.answers.find((a) => a.mine)?.id).to.equal(answer!.id);
    expect($$(el, '[part~="mine-mark"]')).to.have.length(1);
    const votes = await requests('vote.AttachedVote.vote');
    expect(votes.map((r) => r.status), 'two copies at the portal, the first unanswered').to.deep.equal([0, 400]);
    const poll = (await portalState()).polls.find((p) => p.attachId === 6)!;
    expect(poll.ballots['10']).to.deep.equal({ 29: [answer!.id] });
  });

  it('on a revote poll: the same ballot stored twice shows once, with the portal\'s own counts', async () => {
    const el = await renderPoll({ 'attach-id': '1' }, 2);
    expect(el.poll!.isVoted).to.be.true;
    button(el, 'Change vote').click();
    await el.updateComplete;
    const target = el.poll!.questions[0]!.answers.find((a) => !a.mine)!;
    pick(el, target.text);
    await el.updateComplete;
    await addFaults({ kind: 'replay', method: 'vote.AttachedVote.vote', times: 1 });
    const succeeded = oneEvent(el, 'vote-success');
    button(el, 'Vote').click();
    await succeeded;
    await settled(el);
    const poll = (await portalState()).polls.find((p) => p.attachId === 1)!;
    expect(poll.ballots['2']).to.deep.equal({ 21: [target.id] });
    expect(el.poll!.voters, 'the count on screen is the portal\'s').to.equal(poll.counter);
    expect(el.poll!.questions[0]!.answers.find((a) => a.mine)?.id).to.equal(target.id);
    expect(text(el)).to.contain(`${poll.counter} people voted`);
    expect((await requests('vote.AttachedVote.vote')).length).to.equal(2);
  });
});
