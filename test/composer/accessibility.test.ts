import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import {
  $, addFaults, clearDrafts, fill, renderComposer, resetPortal, sendButton, settledCompose, webhook, writePoll,
} from './support.js';

describe('<b24-vote-composer> accessibility and looks', () => {
  beforeEach(async () => {
    clearDrafts();
    await resetPortal();
  });

  it('is axe-clean empty, with problems pointed out, while posting, after an error and once posted', async () => {
    const el = await renderComposer({ 'chat-id': '7' }, 2);
    await expect(el).to.be.accessible();
    await writePoll(el, 'q'.repeat(230), ['Same', 'same', '']);
    await expect(el).to.be.accessible();
    await fill(el, $<HTMLInputElement>(el, '[part~="answer-input"]'), 'Other');
    await addFaults({ kind: 'latency', method: 'vote.Integration.Im.send', ms: 500, times: 1 });
    const posting = el.submit();
    await el.updateComplete;
    expect(sendButton(el).textContent!.trim()).to.equal('Posting…');
    expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await posting;
    await settledCompose(el);
    const voter = $<B24AttachedVote>(el, 'b24-attached-vote');
    await waitUntil(() => voter.status === 'ready', 'the posted poll did not load');
    await expect(el).to.be.accessible();
    const failing = await renderComposer({ 'chat-id': '13' }, 2);
    await writePoll(failing, 'Q', ['A', 'B']);
    await failing.submit();
    await failing.updateComplete;
    expect($(failing, '[part~="error"]').getAttribute('role')).to.equal('alert');
    await expect(failing).to.be.accessible();
  });

  it('labels every field and button in words, and names the answers by position', async () => {
    const el = await renderComposer();
    expect($(el, 'label[for="question"]').textContent).to.equal('Question');
    const [first, second] = [...el.shadowRoot!.querySelectorAll('[part~="answer-input"]')];
    expect([first!.getAttribute('aria-label'), second!.getAttribute('aria-label')]).to.deep.equal(['Answer 1', 'Answer 2']);
    const labels = [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim());
    expect(labels).to.include.members(['Move answer 1 down', 'Remove answer 2', '+ Add answer', 'Post poll']);
  });

  it('passes theme and appearance on to the posted poll, and lays out right to left', async () => {
    const el = await fixture(html`<div dir="rtl" lang="en"><b24-vote-composer chat-id="7" theme="dark" appearance="bitrix24" webhook-url=${webhook(2)}></b24-vote-composer></div>`);
    const composer = el.querySelector('b24-vote-composer')!;
    await composer.updateComplete;
    const row = $(composer, '.row-line');
    const input = row.querySelector('input')!;
    const buttons = row.querySelector('button')!;
    // Right to left: the field starts on the right, its buttons follow on its left.
    expect(input.getBoundingClientRect().right).to.be.greaterThan(buttons.getBoundingClientRect().right);
    expect(getComputedStyle(composer).colorScheme).to.equal('dark');
    await writePoll(composer, 'Dark?', ['Yes', 'No']);
    await composer.submit();
    await settledCompose(composer);
    const voter = $<B24AttachedVote>(composer, 'b24-attached-vote');
    expect([voter.getAttribute('theme'), voter.getAttribute('appearance')]).to.deep.equal(['dark', 'bitrix24']);
    await expect(composer).to.be.accessible();
  });

  it('takes the page colours through the shared --b24-vote-* properties, form and preview alike', async () => {
    const el = await fixture(html`<b24-vote-composer chat-id="7" webhook-url=${webhook(2)} style="--b24-vote-accent: rgb(1, 2, 3); --b24-vote-border-color: rgb(4, 5, 6)"></b24-vote-composer>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(getComputedStyle(sendButton(el as never)).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '[part~="answer-input"]')).borderTopColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle($(el, '.preview .poll')).borderTopColor).to.equal('rgb(4, 5, 6)');
  });
});
