// A lazy chunk that cannot be fetched (the network went away after the page loaded): the user hears about it like
// a failure only a reload can mend, keeps the selection, and nothing goes to the portal. The test server fails the next
// request for a module once (POST /__test/break-module, web-test-runner.config.js). Its own file: a module that
// failed to load may stay failed for the rest of the page.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { $, $$, pick, renderPoll, requests, resetPortal, text } from './support.js';

async function breakModule(path: string): Promise<void> {
  const response = await fetch(`/__test/break-module?path=${encodeURIComponent(path)}`, { method: 'POST' });
  expect(response.ok).to.be.true;
}

describe('<b24-attached-vote> with a chunk that cannot be fetched', () => {
  beforeEach(resetPortal);

  it('a vote whose code cannot load says so, keeps the selection and sends nothing', async () => {
    await breakModule('/src/features/writes.ts');
    const el = await renderPoll({ 'attach-id': '1' });
    const answer = el.poll!.questions[0]!.answers[1]!;
    pick(el, answer.text);
    await el.updateComplete;
    const failed = oneEvent(el, 'vote-error');
    $<HTMLButtonElement>(el, '[part~="vote-button"]').click();
    const { detail } = await failed;
    expect(detail).to.include({ action: 'vote', code: 'MODULE_UNAVAILABLE' });
    expect(detail.ballot).to.deep.equal({ [el.poll!.questions[0]!.id]: [answer.id] });
    expect(String(detail.description)).to.not.match(/rest\/\d+\//);
    await el.updateComplete;
    expect(text(el)).to.contain('Part of this poll could not be loaded. Please reload the page.');
    expect($$<HTMLInputElement>(el, 'input:checked').map((i) => i.value)).to.deep.equal([answer.id]);
    expect(el.status).to.equal('error');
    expect(await requests('vote.attachedvote.vote'), 'no vote request').to.have.length(0);
    await expect(el).to.be.accessible();
    expect($$(el, '[part~="retry-button"]'), 'no Retry: a failed module fetch stays failed').to.have.length(0);
  });

  it('voter lists whose code cannot load ask for a reload instead of showing a list', async () => {
    await breakModule('/src/features/voter-lists.ts');
    const el = await renderPoll({ 'attach-id': '1' }, 2);
    const count = $<HTMLButtonElement>(el, '[part~="voters-button"]');
    const failed = oneEvent(el, 'vote-error');
    count.click();
    expect((await failed).detail).to.include({ action: 'voters', code: 'MODULE_UNAVAILABLE' });
    await el.updateComplete;
    expect($$(el, '[part~="voters"]')).to.have.length(0);
    expect(text(el)).to.contain('Please reload the page.');
    expect($$(el, '[part~="retry-button"]')).to.have.length(0);
    expect(await requests('vote.attachedvote.getanswervoted')).to.have.length(0);
  });

  it('the author still sees the poll when the tools cannot load', async () => {
    await breakModule('/src/features/author-tools.ts');
    const el = await renderPoll({ 'attach-id': '1' }, 1);
    await waitUntil(() => el.status === 'ready');
    expect(el.poll!.canEdit).to.be.true;
    expect($$(el, '[part~="author-tools"]')).to.have.length(0);
    expect($$(el, '[part~="question"]').length).to.be.greaterThan(0);
  });
});
