/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { formatCount, formatPercent, numberFormat, pluralCategory, pluralRulesFor, safeLocale } from '../../src/i18n/locale.js';
import { resolveLang, shippedLanguage } from '../../src/i18n/localize.js';

describe('safe language tags', () => {
  const cases: Array<[string | null | undefined, string]> = [
    ['en', 'en'],
    ['en_US', 'en-US'],
    ['EN_us', 'en-US'],
    ['de_DE.UTF-8', 'de-DE'],
    ['de_DE@euro', 'de-DE'],
    ['ru-RU', 'ru-RU'],
    ['zh_Hant_TW', 'zh-Hant-TW'],
    ['  pl  ', 'pl'],
    ['!!', 'en'],
    ['en US', 'en'],
    ['x', 'en'],
    ['12345', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
    ['en-', 'en'],
    ['a'.repeat(300), 'en'],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} -> ${expected}`, () => {
      expect(safeLocale(tag)).to.equal(expected);
    });
  }

  it('gives formatters for any tag without throwing, in the language when it can', () => {
    for (const tag of ['!!', 'en_US', '', 'de_DE', '\u0000', 'ru_RU.KOI8-R']) {
      expect(() => numberFormat(tag).format(1), tag).to.not.throw();
      expect(() => pluralRulesFor(tag).select(1), tag).to.not.throw();
      expect(() => pluralCategory(tag, 2) + formatCount(tag, 2), tag).to.not.throw();
    }
    expect(formatPercent('!!', 33)).to.equal('33%');
    expect(formatPercent('en_US', 50)).to.equal('50%');
    expect(formatPercent('de_DE', 50)).to.equal(new Intl.NumberFormat('de-DE', { style: 'percent' }).format(0.5));
    expect(pluralRulesFor('ru_RU').select(3)).to.equal('few');
    // Options a caller got wrong fall back to plain English digits rather than throwing.
    expect(numberFormat('en', { maximumFractionDigits: -1 }).format(2)).to.equal('2');
  });

  it('hands out the same formatter again (made once per tag and options)', () => {
    expect(numberFormat('en_US')).to.equal(numberFormat('en-US'));
    expect(pluralRulesFor('de')).to.equal(pluralRulesFor('de'));
  });
});

describe('resolveLang', () => {
  let saved: string;
  beforeEach(() => {
    saved = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = saved;
  });

  function host(markup: string): HTMLElement {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = markup;
    document.body.append(wrapper);
    return wrapper.querySelector('#target')!;
  }

  it('repairs what can be repaired and falls back to English for the rest', () => {
    expect(resolveLang(host('<span id="target" lang="en_US"></span>'))).to.equal('en-US');
    expect(resolveLang(host('<span id="target" lang="!!"></span>'))).to.equal('en');
    expect(resolveLang(host('<div lang="ru_RU"><span id="target"></span></div>'))).to.equal('ru-RU');
    expect(shippedLanguage(resolveLang(host('<div lang="uk_UA.UTF-8"><span id="target"></span></div>')))).to.equal('uk');
  });

  it('makes the document’s own tag safe too', () => {
    const el = host('<span id="target"></span>');
    document.documentElement.lang = 'en_US';
    expect(resolveLang(el)).to.equal('en-US');
    document.documentElement.lang = '!!';
    expect(resolveLang(el)).to.equal('en');
    document.documentElement.lang = '';
    expect(resolveLang(el)).to.equal('en');
  });
});
