import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { $, clearDrafts, renderComposer, resetPortal, sendButton, writePoll } from './support.js';

describe('<b24-vote-composer> media features (Chromium)', () => {
  beforeEach(async () => {
    clearDrafts();
    await resetPortal();
  });
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('follows the color scheme when no theme is set', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await renderComposer();
    expect(getComputedStyle($(el, '[part~="question-input"]')).backgroundColor).to.equal('rgb(31, 35, 41)');
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle($(el, '[part~="question-input"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('keeps fields, buttons and the disabled state visible in forced colors', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    const el = await renderComposer();
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const field = getComputedStyle($(el, '[part~="question-input"]'));
    expect(field.borderTopStyle).to.equal('solid');
    expect(field.borderTopWidth).to.equal('1px');
    expect(sendButton(el).getAttribute('aria-disabled')).to.equal('true');
    const grey = getComputedStyle(sendButton(el)).color;
    await writePoll(el, 'Q', ['A', 'B']);
    expect(getComputedStyle(sendButton(el)).color).to.not.equal(grey);
    await expect(el).to.be.accessible();
  });
});
