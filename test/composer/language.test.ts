/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24VoteComposer } from '../../src/composer.js';
import { de } from '../../src/composer/i18n/de.js';
import { en } from '../../src/composer/i18n/en.js';
import { pl } from '../../src/composer/i18n/pl.js';
import { ru } from '../../src/composer/i18n/ru.js';
import { uk } from '../../src/composer/i18n/uk.js';
import { composerMessages } from '../../src/composer/i18n/catalog.js';
import type { ComposerMessages } from '../../src/composer/i18n/types.js';
import { $, clearDrafts, renderComposer, resetPortal, webhook, writePoll } from './support.js';

const data: Record<string, string> = { en, de, pl, ru, uk };
const other = ['de', 'pl', 'ru', 'uk'] as const;
const call = (message: unknown, ...args: Array<string | number>): string => (message as (...values: Array<string | number>) => string)(...args);

describe('<b24-vote-composer> languages', () => {
  before(() => Promise.all(other.map((lang) => composerMessages.load(lang))));

  it('each language has one text per key, every one translated, with its values and plurals', () => {
    const english = composerMessages.get('en')!;
    for (const [lang, text] of Object.entries(data)) expect(text.split('\n').length - 1, lang).to.equal(composerMessages.keys.length);
    for (const lang of other) {
      const messages = composerMessages.get(lang)!;
      for (const key of composerMessages.keys as Array<keyof ComposerMessages>) {
        expect(typeof messages[key], `${lang} ${key}`).to.equal(typeof english[key]);
        const said = typeof messages[key] === 'function' ? call(messages[key], 7, 9) : (messages[key] as string);
        expect(said.trim(), `${lang} ${key}`).to.not.equal('');
        if (typeof messages[key] === 'function') expect(said, `${lang} ${key}`).to.match(/(^|\D)7(\D|$)/);
        const inEnglish = typeof english[key] === 'function' ? call(english[key], 7, 9) : english[key];
        expect(said, `${lang} ${key}`).to.not.equal(inEnglish);
      }
      // What it says as the voter would, in the same language.
      expect(messages.errorNetwork, lang).to.not.equal(english.errorNetwork);
    }
  });

  it('says counts with the language’s plurals, and positions as given', () => {
    const m = (lang: 'en' | 'de' | 'pl' | 'ru' | 'uk') => composerMessages.get(lang)!;
    expect(m('en').charactersLeft(1)).to.equal('1 character left');
    expect(m('en').charactersLeft(1234)).to.equal('1,234 characters left');
    expect(m('en').moved(2, 5)).to.equal('Moved to position 2 of 5.');
    expect(m('de').charactersLeft(1)).to.equal('Noch 1 Zeichen');
    expect(m('de').charactersLeft(2)).to.equal('Noch 2 Zeichen');
    expect(m('ru').charactersLeft(1)).to.equal('Остался 1 символ');
    expect(m('ru').charactersLeft(3)).to.equal('Осталось 3 символа');
    expect(m('ru').charactersLeft(5)).to.equal('Осталось 5 символов');
    expect(m('ru').charactersLeft(21)).to.equal('Остался 21 символ');
    expect(m('uk').pasteDropped(12)).to.equal('12 рядків не додано: в опитуванні може бути не більше 10 відповідей.');
    expect(m('pl').charactersLeft(22)).to.equal('Pozostały 22 znaki');
    expect(m('pl').charactersLeft(25)).to.equal('Pozostało 25 znaków');
    expect(m('pl').moved(3, 4)).to.equal('Przeniesiono na pozycję 3 z 4.');
  });
});

describe('<b24-vote-composer> lang and overrides', () => {
  beforeEach(async () => {
    clearDrafts();
    await resetPortal();
  });

  it('follows the nearest lang as it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><b24-vote-composer chat-id="7" webhook-url=${webhook(2)}></b24-vote-composer></div>`);
    const el = wrapper.querySelector<B24VoteComposer>('b24-vote-composer')!;
    await waitUntil(() => $(el, '#question').getAttribute('placeholder') === 'Stellen Sie eine Frage', 'German');
    wrapper.lang = 'uk_UA';
    await waitUntil(() => $(el, '#question').getAttribute('placeholder') === 'Поставте питання', 'Ukrainian');
    el.lang = 'xx';
    await waitUntil(() => $(el, '#question').getAttribute('placeholder') === 'Ask a question', 'English');
  });

  it('applies the host’s overrides over any language, and only to the composer’s own messages', async () => {
    const el = await renderComposer({ 'chat-id': '7', 'webhook-url': '', lang: 'ru' });
    await waitUntil(() => $(el, '#question').getAttribute('placeholder') === 'Задайте вопрос', 'Russian');
    el.messages = { send: 'Go!', answerLabel: 'Option', errorNoTransport: 'never used' } as B24VoteComposer['messages'];
    await el.updateComplete;
    expect($(el, '#send').textContent!.trim()).to.equal('Go!');
    expect($(el, '[part~="answer-input"]').getAttribute('aria-label')).to.equal('Option');
    await writePoll(el, 'Q', ['A', 'B']);
    const failed = oneEvent(el, 'compose-error');
    await el.submit();
    await failed;
    await el.updateComplete;
    // The voter's words, in the page's language (no transport), which a composer override of it does not replace.
    expect($(el, '[part~="error"]').textContent!.trim()).to.equal('Опрос не может подключиться к Битрикс24: подключение не настроено.');
  });
});
