import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { $, $$, addFaults, button, pick, portalState, renderPoll, requests, resetPortal, settled, text } from './support.js';

describe('<b24-attached-vote> voting', () => {
  beforeEach(resetPortal);

  it('sends exactly the picked ballot and shows the results with the pick marked', async () => {
    const el = await renderPoll({ 'attach-id': '1' });
    const question = el.poll!.questions[0];
    const answer = question.answers[1];
    pick(el, answer.text);
    await el.updateComplete;
    const voteButton = $<HTMLButtonElement>(el, '[part~="vote-button"]');
    expect(voteButton.disabled).to.be.false;
    const success = oneEvent(el, 'vote-success');
    voteButton.click();
    await el.updateComplete;
    expect(el.status).to.equal('submitting');
    const { detail } = await success;
    expect(detail.ballot).to.deep.equal({ [question.id]: [answer.id] });
    expect(detail.attach.isVoted).to.be.true;
    const votes = await requests('vote.attachedvote.vote');
    expect(votes).to.have.length(1);
    expect(votes[0].params.ballot).to.deep.equal({ [question.id]: [answer.id] });
    await settled(el);
    expect($$(el, 'input').length).to.equal(0);
    const mine = $(el, `[data-answer="${answer.id}"]`);
    expect(mine.classList.contains('mine')).to.be.true;
    expect(mine.textContent).to.contain('your choice');
    expect(text(el)).to.contain('Change vote');
    await expect(el).to.be.accessible();
  });

  it('sends several answers of a multiple-choice question', async () => {
    const el = await renderPoll({ 'attach-id': '2' });
    const [q] = el.poll!.questions;
    pick(el, q.answers[0].text);
    pick(el, q.answers[2].text);
    await el.updateComplete;
    const success = oneEvent(el, 'vote-success');
    $<HTMLButtonElement>(el, '[part~="vote-button"]').click();
    const { detail } = await success;
    expect(detail.ballot).to.deep.equal({ [q.id]: [q.answers[0].id, q.answers[2].id] });
  });

  it('lets the host cancel through vote-submit, and then sends nothing', async () => {
    const el = await renderPoll({ 'attach-id': '1' });
    el.addEventListener('vote-submit', (e) => e.preventDefault());
    pick(el, el.poll!.questions[0].answers[0].text);
    expect(await el.vote()).to.be.false;
    expect(await requests('vote.attachedvote.vote')).to.have.length(0);
    expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(1);
  });

  it('sends one request for a double click', async () => {
    await addFaults({ kind: 'latency', ms: 300, method: 'vote.AttachedVote.vote' });
    const el = await renderPoll({ 'attach-id': '1' });
    pick(el, el.poll!.questions[0].answers[0].text);
    await el.updateComplete;
    const voteButton = $<HTMLButtonElement>(el, '[part~="vote-button"]');
    voteButton.click();
    voteButton.click();
    const results = await Promise.all([el.vote(), el.vote()]);
    expect(results).to.deep.equal([true, true]);
    expect(await requests('vote.attachedvote.vote')).to.have.length(1);
  });

  it('changes a vote (vote again replaces the ballot) and withdraws it', async () => {
    const el = await renderPoll({ 'attach-id': '1' }, 11);
    const [q] = el.poll!.questions;
    await el.vote({ [q.id]: [q.answers[0].id] });
    await settled(el);
    button(el, 'Change vote').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, `input[value="${q.answers[0].id}"]`).checked, 'old pick preselected').to.be.true;
    pick(el, q.answers[3].text);
    await el.updateComplete;
    const success = oneEvent(el, 'vote-success');
    $<HTMLButtonElement>(el, '[part~="vote-button"]').click();
    expect((await success).detail.ballot).to.deep.equal({ [q.id]: [q.answers[3].id] });
    await settled(el);
    const stored = (await portalState()).polls.find((p) => p.attachId === 1)!;
    expect(stored.ballots['11']).to.deep.equal({ [q.id]: [q.answers[3].id] });

    const recalled = oneEvent(el, 'vote-recall');
    button(el, 'Withdraw vote').click();
    expect((await recalled).detail.attach.isVoted).to.be.false;
    await settled(el);
    expect($$(el, 'input[type="radio"]').length).to.equal(q.answers.length);
    expect((await portalState()).polls.find((p) => p.attachId === 1)!.ballots['11']).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('offers no change or withdraw when revote is off', async () => {
    const el = await renderPoll({ 'attach-id': '6' });
    await el.vote({ [el.poll!.questions[0].id]: [el.poll!.questions[0].answers[0].id] });
    await settled(el);
    expect(text(el)).not.to.contain('Change vote');
    expect(text(el)).not.to.contain('Withdraw vote');
    expect(text(el)).to.contain('Votes cannot be changed in this poll.');
  });

  it('hides the numbers after voting when the poll hides results', async () => {
    const el = await renderPoll({ 'attach-id': '7' });
    await el.vote({ [el.poll!.questions[0].id]: [el.poll!.questions[0].answers[0].id] });
    await settled(el);
    expect($$(el, '[part~="percent"]').length).to.equal(0);
    expect(text(el)).to.contain('Only the poll’s author can see the results.');
    expect(text(el), 'no total either').not.to.match(/people voted|person voted/);
    await expect(el).to.be.accessible();
    const author = await renderPoll({ 'attach-id': '7' }, 1);
    await author.vote({ [author.poll!.questions[0].id]: [author.poll!.questions[0].answers[1].id] });
    await settled(author);
    expect($$(author, '[part~="percent"]').length, 'the author sees numbers').to.be.greaterThan(0);
  });

  it('refuses a ballot without the required answer, naming the question, and sends nothing', async () => {
    const el = await renderPoll({ 'module-id': 'blog', 'entity-id': '201' });
    const required = el.poll!.questions.find((q) => q.required)!;
    const other = el.poll!.questions.find((q) => !q.required)!;
    const error = oneEvent(el, 'vote-error');
    const sent = el.vote({ [other.id]: [other.answers[0].id] });
    const { detail } = await error;
    expect(await sent).to.be.false;
    expect(detail).to.include({ action: 'vote', code: 'INVALID_BALLOT', questionId: required.id });
    expect(await requests('vote.attachedvote.vote')).to.have.length(0);
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '[part~="vote-button"]').disabled).to.be.true;
  });

  it('keeps the selection after a failed vote and sends it again with Retry', async () => {
    await addFaults({ kind: 'internal-error', method: 'vote.AttachedVote.vote', times: 1 });
    const el = await renderPoll({ 'attach-id': '2' });
    const [q] = el.poll!.questions;
    pick(el, q.answers[1].text);
    await el.updateComplete;
    const error = oneEvent(el, 'vote-error');
    $<HTMLButtonElement>(el, '[part~="vote-button"]').click();
    const { detail } = await error;
    expect(detail).to.include({ action: 'vote', code: 'INTERNAL_SERVER_ERROR', status: 500 });
    await settled(el);
    expect($<HTMLInputElement>(el, `input[value="${q.answers[1].id}"]`).checked).to.be.true;
    expect(text(el)).to.contain('Your selection is kept.');
    await expect(el).to.be.accessible();
    const success = oneEvent(el, 'vote-success');
    button(el, 'Try again').click();
    expect((await success).detail.ballot).to.deep.equal({ [q.id]: [q.answers[1].id] });
    await settled(el);
    expect($$(el, '[part="error"]')).to.have.length(0);
  });

  it('re-reads the poll when the answer to a vote is lost, and shows the truth', async () => {
    await addFaults({ kind: 'drop-after', method: 'vote.AttachedVote.vote', times: 1 });
    const el = await renderPoll({ 'attach-id': '1' });
    const [q] = el.poll!.questions;
    const success = oneEvent(el, 'vote-success');
    const result = await el.vote({ [q.id]: [q.answers[2].id] });
    expect(result).to.be.true;
    await success;
    expect(await requests('vote.attachedvote.vote')).to.have.length(1);
    expect(el.poll!.isVoted).to.be.true;
  });

  it('says the poll is closed when voting on an inactive poll', async () => {
    const el = await renderPoll({ 'attach-id': '1' });
    const [q] = el.poll!.questions;
    await fetch('/rest/1/demo/vote.AttachedVote.stop', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"attachId":1}' });
    const error = oneEvent(el, 'vote-error');
    el.vote({ [q.id]: [q.answers[0].id] });
    expect((await error).detail.code).to.equal('403');
    await settled(el);
    await waitUntil(() => el.poll!.isFinished, 'the poll was re-read');
    expect(text(el)).to.contain('This poll is closed');
  });
});
