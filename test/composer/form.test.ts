import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { B24VoteComposer } from '../../src/composer.js';
import {
  $, $$, answerInputs, answerTexts, clearDrafts, fill, focused, paste, pasteEvent, renderComposer, resetPortal, sendButton, webhook, writePoll,
} from './support.js';

async function altArrow(key: 'ArrowUp' | 'ArrowDown'): Promise<void> {
  await sendKeys({ down: 'Alt' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Alt' });
}

function reason(el: B24VoteComposer): string {
  return el.shadowRoot!.querySelector('[part~="reason"]')?.textContent?.trim() ?? '';
}

describe('<b24-vote-composer> form', () => {
  beforeEach(async () => {
    clearDrafts();
    await resetPortal();
  });

  it('starts with a question and two answers; the send button says why it cannot post yet', async () => {
    const el = await renderComposer();
    expect(answerInputs(el)).to.have.length(2);
    expect(sendButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(reason(el)).to.equal('Write a question to post the poll.');
    expect(sendButton(el).getAttribute('aria-describedby')).to.equal('reason');
    await fill(el, $<HTMLInputElement>(el, '#question'), 'Lunch?');
    expect(reason(el)).to.equal('Write at least two answers to post the poll.');
    await fill(el, answerInputs(el)[0]!, 'Pizza');
    await fill(el, answerInputs(el)[1]!, ' pizza ');
    expect(reason(el)).to.equal('Two answers are the same. Change one of them to post the poll.');
    expect(answerInputs(el)[1]!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#dup-${answerInputs(el)[1]!.dataset.key}`).textContent!.trim()).to.equal('The same as answer 1.');
    // Pressing the button while it cannot post moves to what is missing and sends nothing.
    sendButton(el).click();
    await el.updateComplete;
    expect(focused(el)).to.equal(answerInputs(el)[1]);
    await fill(el, answerInputs(el)[1]!, 'Sushi');
    expect(reason(el)).to.equal('');
    expect(sendButton(el).getAttribute('aria-disabled')).to.equal('false');
  });

  it('says so on the button when no chat is set, until one is', async () => {
    const el = await renderComposer({});
    await writePoll(el, 'Q', ['A', 'B']);
    expect(reason(el)).to.equal('No chat is set for this poll.');
    sendButton(el).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    el.setAttribute('chat-id', '7');
    await el.updateComplete;
    expect(reason(el)).to.equal('');
  });

  it('holds the limits: 250 and 100 characters with counters near them, at most 10 answers, blank ones left out', async () => {
    const el = await renderComposer();
    const question = $<HTMLInputElement>(el, '#question');
    expect(question.maxLength).to.equal(250);
    expect(answerInputs(el)[0]!.maxLength).to.equal(100);
    await fill(el, question, 'q'.repeat(199));
    expect($$(el, '#q-count')).to.have.length(0);
    await fill(el, question, 'q'.repeat(240));
    expect($(el, '#q-count').textContent!.trim()).to.equal('10 characters left');
    expect(question.getAttribute('aria-describedby')).to.equal('q-count');
    await fill(el, answerInputs(el)[0]!, 'a'.repeat(99));
    expect(el.shadowRoot!.querySelector('[part~="answer-row"] [part~="counter"]')!.textContent!.trim()).to.equal('1 character left');
    await writePoll(el, 'Q', ['1', '', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(answerInputs(el)).to.have.length(10);
    expect($<HTMLButtonElement>(el, '[part~="add-button"]').disabled).to.be.true;
    expect($(el, '#max-note').textContent!.trim()).to.equal('A poll has at most 10 answers.');
    expect(el.shadowRoot!.textContent).to.include('Empty answers are left out.');
    expect($$(el, '.preview .answer-text').map((a) => a.textContent)).to.deep.equal(['1', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('is usable by keyboard alone: Enter moves on and adds answers, Alt+Up/Down reorders, Enter posts', async () => {
    const el = await renderComposer();
    $<HTMLInputElement>(el, '#question').focus();
    await sendKeys({ type: 'Where shall we meet?' });
    await sendKeys({ press: 'Enter' });
    expect(focused(el)).to.equal(answerInputs(el)[0]);
    await sendKeys({ type: 'Office' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Cafe' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(answerInputs(el)).to.have.length(3);
    expect(focused(el)).to.equal(answerInputs(el)[2]);
    await sendKeys({ type: 'Park' });
    await altArrow('ArrowUp');
    await el.updateComplete;
    expect(answerTexts(el)).to.deep.equal(['Office', 'Park', 'Cafe']);
    expect(focused(el)).to.equal(answerInputs(el)[1]);
    expect(el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!.textContent).to.equal('Moved to position 2 of 3.');
    await altArrow('ArrowDown');
    await altArrow('ArrowDown');
    await el.updateComplete;
    expect(answerTexts(el)).to.deep.equal(['Office', 'Cafe', 'Park']);
    const posted = new Promise((resolve) => el.addEventListener('compose-success', resolve, { once: true }));
    // Tab through the row's buttons and the settings to the send button.
    let guard = 0;
    while (focused(el) !== sendButton(el) && guard++ < 20) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(sendButton(el));
    await sendKeys({ press: 'Enter' });
    await posted;
  });

  it('turns a pasted list into answers and says what did not fit past the tenth', async () => {
    const el = await renderComposer();
    await fill(el, answerInputs(el)[0]!, 'Kept');
    await paste(el, answerInputs(el)[1]!, 'Red\r\n\n  Green  \nBlue\n');
    expect(answerTexts(el)).to.deep.equal(['Kept', 'Red', 'Green', 'Blue']);
    expect(focused(el)).to.equal(answerInputs(el)[3]);
    const lines = Array.from({ length: 9 }, (_, i) => `Line ${i + 1}`).join('\n');
    await paste(el, answerInputs(el)[3]!, lines);
    expect(answerInputs(el)).to.have.length(10);
    expect(answerTexts(el).slice(3)).to.deep.equal(['Blue', 'Line 1', 'Line 2', 'Line 3', 'Line 4', 'Line 5', 'Line 6']);
    expect($(el, '[part~="paste-note"]').textContent!.trim()).to.equal('3 lines were not added: a poll has at most 10 answers.');
    // One line is an ordinary paste, left to the browser.
    const event = pasteEvent('just one');
    answerInputs(el)[0]!.dispatchEvent(event);
    expect(event.defaultPrevented).to.be.false;
  });

  it('reorders and removes with buttons (touch), keeping at least two answers', async () => {
    const el = await renderComposer();
    await writePoll(el, 'Q', ['A', 'B', 'C']);
    const rows = () => $$<HTMLElement>(el, '[part~="answer-row"]');
    expect($<HTMLButtonElement>(el, '[part~="move-up"]').disabled).to.be.true;
    rows()[0]!.querySelector<HTMLButtonElement>('[part~="move-down"]')!.click();
    await el.updateComplete;
    expect(answerTexts(el)).to.deep.equal(['B', 'A', 'C']);
    // Focus follows the answer: the same button in its new row, so a second press moves it on.
    expect(focused(el)).to.equal(rows()[1]!.querySelector('[part~="move-down"]'));
    (focused(el) as HTMLButtonElement).click();
    await el.updateComplete;
    expect(answerTexts(el)).to.deep.equal(['B', 'C', 'A']);
    expect(focused(el)).to.equal(answerInputs(el)[2]);
    rows()[2]!.querySelector<HTMLButtonElement>('[part~="move-up"]')!.click();
    await el.updateComplete;
    expect(answerTexts(el)).to.deep.equal(['B', 'A', 'C']);
    rows()[2]!.querySelector<HTMLButtonElement>('[part~="move-up"]')!.click();
    await el.updateComplete;
    expect(answerTexts(el)).to.deep.equal(['B', 'C', 'A']);
    expect(rows()[1]!.querySelector('[part~="move-up"]')!.getAttribute('aria-label')).to.equal('Move answer 2 up');
    rows()[0]!.querySelector<HTMLButtonElement>('[part~="remove"]')!.click();
    await el.updateComplete;
    expect(answerTexts(el)).to.deep.equal(['C', 'A']);
    expect(focused(el)).to.equal(answerInputs(el)[0]);
    expect($$<HTMLButtonElement>(el, '[part~="remove"]').every((b) => b.disabled)).to.be.true;
  });

  it('keeps the draft and its templateId across a reload, per chat; a new chat starts empty', async () => {
    const el = await renderComposer({ 'chat-id': '7' });
    await writePoll(el, 'Kept?', ['Yes', 'No', 'Maybe']);
    $<HTMLInputElement>(el, 'input[name="anonymous"]').click();
    await el.updateComplete;
    const stored = JSON.parse(sessionStorage.getItem('b24-vote-composer:draft:chat:7')!) as { templateId: string };
    expect(stored.templateId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    el.remove();
    const again = await renderComposer({ 'chat-id': '7' });
    expect($<HTMLInputElement>(again, '#question').value).to.equal('Kept?');
    expect(answerTexts(again)).to.deep.equal(['Yes', 'No', 'Maybe']);
    expect($<HTMLInputElement>(again, 'input[name="anonymous"]').checked).to.be.true;
    expect($<HTMLInputElement>(again, 'input[name="revote"]').checked).to.be.true;
    const other = await renderComposer({ 'chat-id': '9' });
    expect($<HTMLInputElement>(other, '#question').value).to.equal('');
    // Posting clears the draft.
    const posted = new Promise((resolve) => again.addEventListener('compose-success', resolve, { once: true }));
    await again.submit();
    await posted;
    expect(sessionStorage.getItem('b24-vote-composer:draft:chat:7')).to.equal(null);
  });

  it('draws the preview from the form in the voter look, with no request', async () => {
    const el = await fixture<B24VoteComposer>(html`<b24-vote-composer chat-id="7" webhook-url=${webhook(2)}></b24-vote-composer>`);
    await writePoll(el, 'Tea or coffee?', ['Tea', 'Coffee']);
    const preview = $(el, '[part~="preview"]');
    expect(preview.querySelector('.question-text')!.textContent).to.equal('Tea or coffee?');
    expect([...preview.querySelectorAll('input')].map((i) => (i as HTMLInputElement).type)).to.deep.equal(['radio', 'radio']);
    $<HTMLInputElement>(el, 'input[name="multiple"]').click();
    await el.updateComplete;
    expect([...preview.querySelectorAll('input')].map((i) => (i as HTMLInputElement).type)).to.deep.equal(['checkbox', 'checkbox']);
    expect(preview.querySelector('.meta')!.textContent).to.equal('Public poll');
    expect(preview.querySelector('.poll')!.hasAttribute('inert')).to.be.true;
    const log = await (await fetch('/__portal/log')).json() as { requests: unknown[] };
    expect(log.requests).to.have.length(0);
  });
});
