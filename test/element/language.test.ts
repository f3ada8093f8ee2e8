import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { renderPoll, resetPortal, text, webhook } from './support.js';

describe('<b24-attached-vote> language', () => {
  beforeEach(resetPortal);

  it('speaks the nearest ancestor language with proper plurals', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru"><b24-attached-vote attach-id="4" webhook-url=${webhook(1)}></b24-attached-vote></div>`);
    const el = wrapper.querySelector('b24-attached-vote')!;
    await waitUntil(() => el.poll, 'loaded');
    await waitUntil(() => text(el).includes('Опрос завершён') || text(el).includes('Опрос закрыт'), 'Russian loaded');
    const counts = [...el.shadowRoot!.querySelectorAll('.count')].map((c) => c.textContent!.trim());
    const expected = el.poll!.questions[0].answers.map((a) => `${a.votes} ${a.votes % 10 === 1 && a.votes % 100 !== 11 ? 'голос' : [2, 3, 4].includes(a.votes % 10) ? 'голоса' : 'голосов'}`);
    expect(counts).to.deep.equal(expected);
    expect(counts).to.include('3 голоса');
    expect(counts).to.include('1 голос');
  });

  it('follows its own lang over the document and lets the host override messages', async () => {
    const el = await renderPoll({ 'attach-id': '1', lang: 'de' });
    await waitUntil(() => text(el).includes('Abstimmen'), 'German loaded');
    el.messages = { vote: 'Stimme abgeben!' };
    await el.updateComplete;
    expect(text(el)).to.contain('Stimme abgeben!');
  });

  it('formats percents in the current language', async () => {
    const el = await renderPoll({ 'attach-id': '4', lang: 'de' }, 1);
    await waitUntil(() => text(el).includes('Umfrage'), 'German loaded');
    const percent = el.shadowRoot!.querySelector('[part~="percent"]')!.textContent!;
    expect(percent).to.match(/^\d+\s%$/);
  });

  it('falls back to English for an unknown language', async () => {
    const el = await fixture<B24AttachedVote>(html`<b24-attached-vote lang="xx" attach-id="1" webhook-url=${webhook()}></b24-attached-vote>`);
    await waitUntil(() => el.poll, 'loaded');
    await el.updateComplete;
    expect(text(el)).to.contain('Vote');
  });
});
