import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { $, $$, button, renderPoll, requests, resetPortal, settled, text } from './support.js';

describe('<b24-attached-vote> author tools and voters', () => {
  beforeEach(resetPortal);

  it('closes a poll after a confirmation and reopens it', async () => {
    const el = await renderPoll({ 'attach-id': '2' }, 1);
    expect(el.poll!.canEdit).to.be.true;
    button(el, 'Close poll').click();
    await el.updateComplete;
    expect(text(el)).to.contain('Close this poll?');
    expect(await requests('vote.attachedvote.stop')).to.have.length(0);
    await expect(el).to.be.accessible();
    const reloaded = oneEvent(el, 'vote-load');
    button(el, 'Yes, close poll').click();
    expect((await reloaded).detail.attach.isFinished).to.be.true;
    await settled(el);
    expect(text(el)).to.contain('Poll closed');
    expect($$(el, 'input')).to.have.length(0);
    button(el, 'Reopen poll').click();
    await oneEvent(el, 'vote-load');
    await settled(el);
    expect(el.poll!.isFinished).to.be.false;
    expect(await requests('vote.attachedvote.resume')).to.have.length(1);
  });

  it('cancels closing without a request', async () => {
    const el = await renderPoll({ 'attach-id': '2' }, 1);
    button(el, 'Close poll').click();
    await el.updateComplete;
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === $(el, '[part~="close-button"]'), 'focus').to.be.true;
    expect(await requests('vote.attachedvote.stop')).to.have.length(0);
  });

  it('links the full results and, for the author, the download on the portal', async () => {
    const el = await renderPoll({ 'attach-id': '4' }, 1);
    const results = $<HTMLAnchorElement>(el, '[part~="results-link"]');
    expect(results.href).to.equal(new URL(el.poll!.resultUrl, location.origin).href);
    expect($<HTMLAnchorElement>(el, '[part~="download-link"]').href).to.contain('/bitrix/services/main/ajax.php');
    const voter = await renderPoll({ 'attach-id': '4' }, 3);
    expect($$(voter, '[part~="download-link"]')).to.have.length(0);
  });

  it('opens the list of who voted for an answer of a public poll', async () => {
    const el = await renderPoll({ 'attach-id': '4' }, 1);
    const answer = el.poll!.questions[0].answers.find((a) => a.votes > 0)!;
    const toggle = $<HTMLButtonElement>(el, `[data-answer="${answer.id}"] [part~="voters-button"]`);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitUntil(() => $$(el, `#voters-${answer.id} [part~="voter"]`).length === Math.min(answer.votes, 50), 'voters listed');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const calls = await requests('vote.attachedvote.getanswervoted');
    expect(calls).to.have.length(1);
    expect(String(calls[0].params.answerId)).to.equal(answer.id);
    await expect(el).to.be.accessible();
  });

  it('has no voter lists in an anonymous poll', async () => {
    const el = await renderPoll({ 'attach-id': '5' }, 1);
    expect(text(el)).to.contain('Anonymous poll');
    expect($$(el, '[part~="voters-button"]')).to.have.length(0);
  });
});
