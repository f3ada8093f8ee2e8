/**
 * `refresh-interval` (issue 12 item 1): 0 off; between 0 and 5 -> 5 s; above 86400 -> 86400 s; NaN or negative ->
 * off. Each adjustment is one `INVALID_CONFIG` `vote-error` that is not shown, and nothing polls faster than every
 * 5 s (`1e9` and `2147484` used to overflow setInterval into a tight loop).
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { $$, requests, resetPortal, webhook } from './support.js';

const reads = async (): Promise<number> => (await requests()).filter((r) => r.method.startsWith('vote.attachedvote.get')).length;

async function mount(interval: string): Promise<{ el: B24AttachedVote; errors: CustomEvent[] }> {
  const el = document.createElement('b24-attached-vote');
  const errors: CustomEvent[] = [];
  el.addEventListener('vote-error', (e) => errors.push(e));
  el.setAttribute('webhook-url', webhook());
  el.setAttribute('refresh-interval', interval);
  el.setAttribute('attach-id', '1');
  const loaded = oneEvent(el, 'vote-load');
  await fixture(el);
  await loaded;
  await el.updateComplete;
  return { el, errors };
}

describe('<b24-attached-vote> refresh-interval bounds', () => {
  beforeEach(resetPortal);

  for (const [value, why] of [
    ['1e9', /^refresh-interval: "1e9" is more than 86400 seconds.*86400 is used/],
    ['2147484', /^refresh-interval: "2147484" is more than 86400 seconds/],
    ['2', /^refresh-interval: "2" is less than 5 seconds; 5 is used/],
    ['0.001', /^refresh-interval: "0.001" is less than 5 seconds/],
  ] as const) {
    it(`${value}: one unseen INVALID_CONFIG, and no extra read within a second`, async () => {
      const { el, errors } = await mount(value);
      const before = await reads();
      expect(before).to.equal(1);
      await new Promise((r) => setTimeout(r, 1100));
      expect(await reads(), 'no read scheduled faster than every 5 s').to.equal(before);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.include({ action: 'load', code: 'INVALID_CONFIG' });
      expect(String(errors[0]!.detail.description)).to.match(why);
      expect($$(el, '[part="error"]'), 'not shown').to.have.length(0);
      expect(el.status).to.equal('ready');
    });
  }

  for (const value of ['-1', 'soon']) {
    it(`${value}: off, reported once`, async () => {
      const { errors } = await mount(value);
      await new Promise((r) => setTimeout(r, 300));
      expect(errors).to.have.length(1);
      expect(String(errors[0]!.detail.description)).to.match(/refreshing is off/);
      expect(await reads()).to.equal(1);
    });
  }

  it('a value within bounds is used as given and reported by nobody', async () => {
    const { el, errors } = await mount('5');
    el.refreshInterval = 86400;
    await el.updateComplete;
    expect(errors).to.have.length(0);
  });
});
