/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { KNOWN_FORMATS, knownFormat } from '../../src/i18n/known-formats.js';
import { formatCount, formatPercent, pluralCategory } from '../../src/i18n/locale.js';

// Every count a poll can plausibly show near a grouping or plural boundary, and then some.
const COUNTS = [
  ...Array.from({ length: 130 }, (_, i) => i),
  211, 999, 1000, 1001, 1111, 1234, 9999, 10000, 12345, 99999, 100000, 123456, 1000000, 1234567, 2 ** 31,
  Number.MAX_SAFE_INTEGER,
];

describe('known number formats (the shipped languages without Intl)', () => {
  for (const tag of Object.keys(KNOWN_FORMATS)) {
    it(`${tag}: counts, percents and plural categories are what Intl says`, () => {
      const known = KNOWN_FORMATS[tag]!;
      const counts = new Intl.NumberFormat(tag);
      const percents = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
      const plurals = new Intl.PluralRules(tag);
      for (const n of COUNTS) {
        expect(known.integer(n), `${tag} integer ${n}`).to.equal(counts.format(n));
        expect(known.plural(n), `${tag} plural ${n}`).to.equal(plurals.select(n));
      }
      for (let p = 0; p <= 100; p++) expect(known.percent(p), `${tag} ${p}%`).to.equal(percents.format(p / 100));
    });
  }

  it('answers only for the exact tags it knows, and only for non-negative integers', () => {
    expect(knownFormat('en', 3)).to.equal(KNOWN_FORMATS.en);
    for (const tag of ['de-AT', 'de-CH', 'en-IN', 'fr', 'tr', 'en-u-nu-arab', 'ar']) expect(knownFormat(tag, 3), tag).to.equal(undefined);
    for (const n of [1.5, -1, NaN, Infinity, 2 ** 60]) expect(knownFormat('en', n), String(n)).to.equal(undefined);
  });

  it('leaves every other language, and fractions, to Intl', () => {
    expect(formatPercent('tr', 42)).to.equal(new Intl.NumberFormat('tr', { style: 'percent' }).format(0.42));
    expect(formatPercent('de-CH', 42)).to.equal('42%');
    expect(formatCount('de-AT', 12345)).to.equal(new Intl.NumberFormat('de-AT').format(12345));
    expect(formatCount('en', 1.5)).to.equal('1.5');
    expect(formatCount('ru_RU', 12345)).to.equal('12\u00a0345');
    expect(pluralCategory('fr', 0)).to.equal(new Intl.PluralRules('fr').select(0));
    expect(pluralCategory('ru', 1.5)).to.equal(new Intl.PluralRules('ru').select(1.5));
  });
});
