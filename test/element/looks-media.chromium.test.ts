// appearance="bitrix24" under emulated media (Chromium only: Firefox over WebDriver BiDi cannot emulate them).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { B24AttachedVote } from '../../src/element.js';
import { $, $$, renderPoll, resetPortal, webhook } from './support.js';

const style = (el: B24AttachedVote, selector: string) => getComputedStyle($(el, selector));

describe('<b24-attached-vote appearance="bitrix24"> media features (Chromium)', () => {
  beforeEach(resetPortal);
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('follows prefers-color-scheme without a theme: the Air values of each scheme', async () => {
    const el = await renderPoll({ 'attach-id': '1', appearance: 'bitrix24' }, 2);
    await emulateMedia({ colorScheme: 'light' });
    expect(style(el, '.poll').backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style(el, '.bar').backgroundColor).to.equal('rgb(237, 247, 255)');
    expect(style(el, '.result.mine .fill').backgroundColor).to.equal('rgb(0, 117, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(style(el, '.poll').backgroundColor).to.equal('rgb(38, 38, 38)');
    expect(style(el, '.bar').backgroundColor).to.equal('rgb(23, 23, 23)');
    expect(style(el, '.result.mine .fill').backgroundColor).to.equal('rgb(0, 120, 158)');
    expect(style(el, '.answer-text').color).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('in the dark scheme a kit variable that passes is followed, a replaced one is not', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--ui-color-base-2: rgb(200, 201, 202); --ui-color-accent-soft-blue-3: rgb(26, 42, 51)">
      <b24-attached-vote appearance="bitrix24" attach-id="4" webhook-url=${webhook(10)}></b24-attached-vote></div>`);
    const el = wrapper.querySelector<B24AttachedVote>('b24-attached-vote')!;
    await waitUntil(() => el.poll, 'loaded');
    await el.updateComplete;
    expect(style(el, '.meta').color, 'secondary text: the kit\'s base-2').to.equal('rgb(200, 201, 202)');
    expect(style(el, '.bar').backgroundColor, 'the row: soft-blue-3 fails in dark, not chained').to.equal('rgb(23, 23, 23)');
  });

  it('forced colors: the fill is a system-color bar along the row\'s end edge, not behind its text', async () => {
    const el = await renderPoll({ 'attach-id': '1', appearance: 'bitrix24' }, 2);
    await executeServerCommand('emulate-forced-colors', { active: true });
    for (const row of $$(el, '.result')) {
      const head = row.querySelector('.result-head')!.getBoundingClientRect();
      const bar = row.querySelector('.bar')!.getBoundingClientRect();
      const fill = getComputedStyle(row.querySelector('.fill')!);
      expect(fill.forcedColorAdjust).to.equal('none');
      expect(fill.opacity).to.equal('1');
      expect(fill.backgroundColor, 'a system color, not the look\'s').to.not.be.oneOf(['rgba(0, 0, 0, 0)', 'rgb(24, 138, 230)', 'rgb(0, 117, 255)']);
      expect(bar.height).to.be.within(4, 10);
      expect(Math.round(bar.bottom)).to.equal(Math.round(head.bottom));
    }
    await expect(el).to.be.accessible();
  });
});
