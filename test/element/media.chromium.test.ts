// Media features cannot be emulated in Firefox over WebDriver BiDi: this file runs in Chromium only.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { $, renderPoll, resetPortal } from './support.js';

function background(el: Element): string {
  return getComputedStyle(el.shadowRoot!.querySelector('.poll')!).backgroundColor;
}

describe('<b24-attached-vote> media features (Chromium)', () => {
  beforeEach(resetPortal);
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('follows prefers-color-scheme, and the theme attribute forces one', async () => {
    const el = await renderPoll({ 'attach-id': '4' }, 1);
    await emulateMedia({ colorScheme: 'light' });
    expect(background(el)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(el)).to.equal('rgb(31, 35, 41)');
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    expect(background(el)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    el.theme = 'dark';
    await el.updateComplete;
    expect(background(el)).to.equal('rgb(31, 35, 41)');
    await expect(el).to.be.accessible();
  });

  it('does not animate bars when reduced motion is asked for', async () => {
    const el = await renderPoll({ 'attach-id': '4' }, 1);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle($(el, '.fill')).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle($(el, '.fill')).transitionDuration).to.not.equal('0s');
  });

  it('keeps bars visible in forced-colors mode', async () => {
    const el = await renderPoll({ 'attach-id': '4' }, 1);
    await executeServerCommand('emulate-forced-colors', { active: true });
    const fill = getComputedStyle($(el, '.fill'));
    expect(fill.forcedColorAdjust).to.equal('none');
    expect(fill.opacity).to.equal('1');
    await expect(el).to.be.accessible();
  });
});
