import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, renderPoll, requests, resetPortal, settled } from './support.js';

async function focusFirstRadio(el: HTMLElement & { shadowRoot: ShadowRoot | null }): Promise<HTMLInputElement> {
  const first = el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  first.focus();
  return first;
}

describe('<b24-attached-vote> keyboard', () => {
  beforeEach(resetPortal);

  it('votes with the keyboard only: arrows pick, Tab reaches Vote, Enter sends', async () => {
    const el = await renderPoll({ 'attach-id': '1' });
    const [q] = el.poll!.questions;
    await focusFirstRadio(el);
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input:checked').map((i) => i.value)).to.deep.equal([q.answers[1].id]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === $(el, '[part~="vote-button"]'), 'focus').to.be.true;
    const success = oneEvent(el, 'vote-success');
    await sendKeys({ press: 'Enter' });
    expect((await success).detail.ballot).to.deep.equal({ [q.id]: [q.answers[1].id] });
    await settled(el);
    expect(el.shadowRoot!.activeElement === $(el, '.results'), 'focus moved to the results').to.be.true;
  });

  it('with submit-on-select, arrows only move the selection and Space sends', async () => {
    const el = await renderPoll({ 'attach-id': '1', 'submit-on-select': '' });
    const [q] = el.poll!.questions;
    expect($$(el, '[part~="vote-button"]')).to.have.length(0);
    await focusFirstRadio(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await new Promise((r) => setTimeout(r, 200));
    expect(await requests('vote.attachedvote.vote')).to.have.length(0);
    const success = oneEvent(el, 'vote-success');
    await sendKeys({ press: ' ' });
    const { detail } = await success;
    expect(detail.ballot, 'the answer two arrow presses down').to.deep.equal({ [q.id]: [q.answers[2].id] });
    expect(await requests('vote.attachedvote.vote')).to.have.length(1);
  });

  it('with submit-on-select, Enter sends the answer the arrows moved to', async () => {
    const el = await renderPoll({ 'attach-id': '1', 'submit-on-select': '' });
    const [q] = el.poll!.questions;
    await focusFirstRadio(el);
    await sendKeys({ press: 'ArrowDown' });
    const success = oneEvent(el, 'vote-success');
    await sendKeys({ press: 'Enter' });
    expect((await success).detail.ballot).to.deep.equal({ [q.id]: [q.answers[1].id] });
    expect(await requests('vote.attachedvote.vote')).to.have.length(1);
  });

  it('with submit-on-select, a pointer pick sends at once', async () => {
    const el = await renderPoll({ 'attach-id': '1', 'submit-on-select': '' });
    const [q] = el.poll!.questions;
    const success = oneEvent(el, 'vote-success');
    el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label.answer')[2].click();
    expect((await success).detail.ballot).to.deep.equal({ [q.id]: [q.answers[2].id] });
  });
});
