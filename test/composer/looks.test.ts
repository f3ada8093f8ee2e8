// The composer in appearance="bitrix24": the voter's token table and layout, so its form and preview take the
// Air values; text contrast measured from computed styles, axe in both schemes.
import { expect } from '@open-wc/testing';
import { background, textContrasts } from '../support/contrast.js';
import { $, renderComposer, resetPortal, writePoll } from './support.js';

describe('<b24-vote-composer appearance="bitrix24">', () => {
  beforeEach(resetPortal);

  for (const [theme, bg, track, accent] of [
    ['light', 'rgb(255, 255, 255)', 'rgb(237, 247, 255)', 'rgb(0, 105, 230)'],
    ['dark', 'rgb(38, 38, 38)', 'rgb(23, 23, 23)', 'rgb(42, 148, 255)'],
  ] as const) {
    it(`${theme}: the Air values in the form and the preview; text 4.5:1; axe-clean`, async () => {
      const el = await renderComposer({ 'chat-id': '7', appearance: 'bitrix24', theme });
      await writePoll(el, 'Lunch?', ['Soup', 'Salad']);
      expect(background($(el, '.poll'))).to.equal(bg);
      expect(background($(el, '.preview .answer')), 'the preview\'s answers are rows on the track').to.equal(track);
      expect(background($(el, '[part~="send-button"]'))).to.equal(accent);
      const measured = textContrasts(el.shadowRoot!, '.never');
      expect(measured.length).to.be.greaterThan(3);
      for (const { text, ratio } of measured) expect(ratio, `"${text}"`).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    });
  }
});
