// appearance="bitrix24" against the neutral look: contrast measured from computed styles (axe cannot judge text over
// a partial fill), axe in every state, the kit's variables followed or ignored, the chat layout of results.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { background, color, contrast, textContrasts } from '../support/contrast.js';
import { $, $$, addFaults, button, renderPoll, resetPortal, settled, webhook } from './support.js';

/** Each result row's text on its fill and on the unfilled row, and each fill against its row. */
function rowContrasts(el: B24AttachedVote): Array<{ what: string; ratio: number; min: number }> {
  return $$(el, '.result').flatMap((row) => {
    const track = background(row.querySelector('.bar')!);
    const fill = background(row.querySelector('.fill')!);
    const mine = row.classList.contains('mine') ? ' (mine)' : '';
    const texts = [...row.querySelector('.result-head')!.querySelectorAll<HTMLElement>('.answer-text, .mine-mark, .percent, .percent-sign')];
    return [
      { what: `fill${mine} on row`, ratio: contrast(fill, track), min: 3 },
      ...texts.flatMap((t) => [
        { what: `${t.className}${mine} on fill`, ratio: contrast(color(t), fill), min: 4.5 },
        { what: `${t.className}${mine} on row`, ratio: contrast(color(t), track), min: 4.5 },
      ]),
    ];
  });
}

/** Every text outside the result rows (measured apart) at 4.5:1 or more on what is behind it. */
function expectContrast(el: B24AttachedVote): void {
  const measured = textContrasts(el.shadowRoot!, '.result-head');
  expect(measured.length, 'texts measured').to.be.greaterThan(0);
  for (const { text, ratio } of measured) expect(ratio, `"${text}"`).to.be.at.least(4.5);
}

async function look(attrs: Record<string, string>, userId: number): Promise<B24AttachedVote> {
  return renderPoll({ appearance: 'bitrix24', ...attrs }, userId);
}

describe('<b24-attached-vote> looks', () => {
  beforeEach(resetPortal);

  for (const theme of ['light', 'dark'] as const) {
    describe(`bitrix24, ${theme}`, () => {
      it('results: text 4.5:1 on both fills and on the row, each fill 3:1 against the row; axe-clean', async () => {
        const el = await look({ 'attach-id': '1', theme }, 2);
        const rows = rowContrasts(el);
        expect(rows.some((r) => r.what.includes('(mine)')), 'a row of the user\'s own pick').to.be.true;
        for (const { what, ratio, min } of rows) expect(ratio, what).to.be.at.least(min);
        expectContrast(el);
        await expect(el).to.be.accessible();
      });

      it('the form, the required note and the voters list: contrast and axe', async () => {
        const form = await look({ 'module-id': 'blog', 'entity-id': '201', theme }, 10);
        expect($$(form, 'label.answer').length).to.be.greaterThan(0);
        expect(background($(form, 'label.answer')), 'answers are rows on the track').to.equal(background($(form, '.poll')) === 'rgb(255, 255, 255)' ? 'rgb(237, 247, 255)' : 'rgb(23, 23, 23)');
        expectContrast(form);
        await expect(form).to.be.accessible();
        form.remove();
        const el = await look({ 'attach-id': '1', theme }, 2);
        $<HTMLButtonElement>(el, '[part~="voters-button"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="voter"]'), 'voters shown');
        await el.updateComplete;
        expectContrast(el);
        await expect(el).to.be.accessible();
      });

      it('author tools, the close confirmation and an error: contrast and axe', async () => {
        const el = await look({ 'attach-id': '4', theme }, 1);
        expect(button(el, 'Reopen poll')).to.exist;
        expectContrast(el);
        await expect(el).to.be.accessible();
        const open = await look({ 'attach-id': '1', theme }, 1);
        button(open, 'Close poll').click();
        await open.updateComplete;
        expectContrast(open);
        await expect(open).to.be.accessible();
        const missing = await look({ 'attach-id': '999', theme }, 10);
        expect($(missing, '[part~="error"]').textContent).to.not.equal('');
        expectContrast(missing);
        await expect(missing).to.be.accessible();
      });

      it('the loading placeholder is the reserved box, busy for assistive technology and axe-clean', async () => {
        // Each look's height of the poll at this width is remembered apart: the neutral one, shown last, does not fit.
        const frames = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const shown = await renderPoll({ 'attach-id': '1', appearance: 'bitrix24', theme }, 10);
        await frames();
        const height = shown.getBoundingClientRect().height;
        shown.remove();
        const neutral = await renderPoll({ 'attach-id': '1', theme }, 10);
        await frames();
        expect(neutral.getBoundingClientRect().height, 'the looks differ in height').to.not.be.closeTo(height, 2);
        neutral.remove();
        await addFaults({ kind: 'latency', ms: 600, method: 'vote.AttachedVote.getWithVoted', times: 1 });
        const el = await fixture<B24AttachedVote>(html`<b24-attached-vote appearance="bitrix24" theme=${theme} attach-id="1" webhook-url=${webhook(10)}></b24-attached-vote>`);
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="skeleton"][aria-busy="true"]'), 'skeleton');
        expect(el.getBoundingClientRect().height, 'the remembered height').to.be.closeTo(height, 0.5);
        await expect(el).to.be.accessible();
        await oneEvent(el, 'vote-load');
      });
    });
  }

  it('neutral: the same measures hold in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await renderPoll({ 'attach-id': '1', theme }, 10);
      expectContrast(el);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('draws results as Bitrix24\'s chat poll: the row fills from its start, the percent at its end, 17 px and 13 px', async () => {
    const el = await look({ 'attach-id': '1', theme: 'light' }, 2);
    const row = $(el, '.result.mine');
    const head = row.querySelector('.result-head')!.getBoundingClientRect();
    const bar = row.querySelector('.bar')!.getBoundingClientRect();
    const fill = row.querySelector('.fill')!.getBoundingClientRect();
    expect([bar.top, bar.height, bar.left, bar.width], 'the row is the bar').to.deep.equal([head.top, head.height, head.left, head.width]);
    expect(fill.left).to.equal(bar.left);
    expect(fill.height).to.equal(bar.height);
    const percent = row.querySelector('.percent')!;
    const box = percent.getBoundingClientRect();
    expect(box.right).to.be.at.most(bar.right).and.above(bar.right - 40);
    expect(getComputedStyle(percent)).to.include({ fontSize: '17px', fontWeight: '600' });
    expect(getComputedStyle(row.querySelector('.percent-sign')!).fontSize).to.equal('13px');
    expect(percent.textContent).to.match(/^\d+%$/);
    expect(row.querySelector('.mine-mark')!.textContent).to.contain('your choice');
    expect(background(row.querySelector('.fill')!), 'the stronger fill').to.equal('rgb(0, 117, 255)');
    expect(background($(el, '.result:not(.mine) .fill'))).to.equal('rgb(24, 138, 230)');
    expect($$(el, 'input'), 'no inputs while results show').to.have.length(0);
  });

  it('results without numbers: rows on the track, the user\'s pick in the stronger fill, text 4.5:1 on both', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await look({ 'attach-id': '7', theme }, theme === 'light' ? 11 : 12);
      const [q] = el.poll!.questions;
      await el.vote({ [q!.id]: [q!.answers[0]!.id] });
      await settled(el);
      expect($$(el, '.bar'), 'no numbers, no fills').to.have.length(0);
      const heads = $$(el, '.result-head');
      expect(heads.length).to.be.greaterThan(1);
      const [mine, other] = [$(el, '.result.mine .result-head'), $(el, '.result:not(.mine) .result-head')];
      expect(background(mine)).to.equal(theme === 'light' ? 'rgb(0, 117, 255)' : 'rgb(0, 120, 158)');
      expect(background(other)).to.equal(theme === 'light' ? 'rgb(237, 247, 255)' : 'rgb(23, 23, 23)');
      for (const head of heads) {
        for (const t of head.querySelectorAll('.answer-text, .mine-mark')) expect(contrast(color(t), background(head)), t.textContent!).to.be.at.least(4.5);
      }
      expect(mine.textContent).to.contain('your choice');
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('right-to-left: the row fills from the right', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 400px"><b24-attached-vote appearance="bitrix24" attach-id="4" webhook-url=${webhook(1)}></b24-attached-vote></div>`);
    const el = wrapper.querySelector<B24AttachedVote>('b24-attached-vote')!;
    await waitUntil(() => el.poll, 'loaded');
    await el.updateComplete;
    const bar = $(el, '.bar').getBoundingClientRect();
    const fill = $(el, '.fill').getBoundingClientRect();
    expect(Math.round(fill.right)).to.equal(Math.round(bar.right));
    expect(fill.width).to.be.below(bar.width);
    const answer = $(el, '.answer-text').getBoundingClientRect();
    expect(answer.left, 'answer on the right, percent on the left').to.be.greaterThan($(el, '.percent').getBoundingClientRect().left);
    await expect(el).to.be.accessible();
  });

  it('follows the kit\'s variables without a theme, ignores them with one; the page\'s own values win over both', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--ui-color-bg-content-primary: rgb(250, 240, 230); --ui-color-base-7: rgb(1, 2, 3)">
      <b24-attached-vote appearance="bitrix24" attach-id="4" webhook-url=${webhook(10)}></b24-attached-vote></div>`);
    const el = wrapper.querySelector<B24AttachedVote>('b24-attached-vote')!;
    await waitUntil(() => el.poll, 'loaded');
    await el.updateComplete;
    const poll = () => getComputedStyle($(el, '.poll'));
    expect(poll()).to.include({ backgroundColor: 'rgb(250, 240, 230)', borderTopColor: 'rgb(1, 2, 3)' });
    el.theme = 'light';
    await el.updateComplete;
    expect(poll()).to.include({ backgroundColor: 'rgb(255, 255, 255)', borderTopColor: 'rgb(237, 238, 240)' });
    el.theme = 'dark';
    await el.updateComplete;
    expect(poll().backgroundColor).to.equal('rgb(38, 38, 38)');
    el.style.setProperty('--b24-vote-background', 'rgb(9, 9, 9)');
    el.style.setProperty('--b24-vote-mine', 'rgb(7, 7, 7)');
    expect(poll().backgroundColor).to.equal('rgb(9, 9, 9)');
    el.removeAttribute('theme');
    expect(poll().backgroundColor).to.equal('rgb(9, 9, 9)');
    el.appearance = 'neutral';
    await el.updateComplete;
    expect(poll().backgroundColor).to.equal('rgb(9, 9, 9)');
  });

  it('an unknown appearance draws the neutral look', async () => {
    const neutral = await renderPoll({ 'attach-id': '4', theme: 'light' }, 10);
    const unknown = await renderPoll({ 'attach-id': '4', theme: 'light', appearance: 'Bitrix24' }, 10); // settles at its INVALID_CONFIG
    await waitUntil(() => unknown.poll, 'loaded anyway');
    await unknown.updateComplete;
    expect(unknown.getAttribute('appearance')).to.equal('Bitrix24');
    for (const part of ['.poll', '.bar', '.fill', '.percent']) {
      const [a, b] = [neutral, unknown].map((el) => getComputedStyle($(el, part)));
      expect([b!.backgroundColor, b!.fontSize, b!.color], part).to.deep.equal([a!.backgroundColor, a!.fontSize, a!.color]);
    }
  });

  it('a vote in the new look ends with the new results drawn as rows', async () => {
    const el = await look({ 'attach-id': '1', theme: 'dark' }, 10);
    const [q] = el.poll!.questions;
    await el.vote({ [q!.id]: [q!.answers[1]!.id] });
    await settled(el);
    const mine = $(el, '.result.mine');
    expect(mine.querySelector('.answer-text')!.textContent).to.equal(q!.answers[1]!.text);
    expect(background(mine.querySelector('.fill')!)).to.equal('rgb(0, 120, 158)');
    for (const { what, ratio, min } of rowContrasts(el)) expect(ratio, what).to.be.at.least(min);
  });
});
