import { expect } from '@open-wc/testing';
import { de as deData } from '../../src/i18n/de.js';
import { en as enData } from '../../src/i18n/en.js';
import { pl as plData } from '../../src/i18n/pl.js';
import { ru as ruData } from '../../src/i18n/ru.js';
import { decodeMessages } from '../../src/i18n/decode.js';
import type { VoteMessages } from '../../src/i18n/types.js';
import { uk as ukData } from '../../src/i18n/uk.js';

// Mocha's globals, provided by Web Test Runner in the browser (the project ships no @types/mocha).
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => void | Promise<void>): void;

// Each language is data: decoded here as the element decodes it on first use.
const en = decodeMessages('en', enData);
const translations: Record<string, VoteMessages> = Object.fromEntries(
  Object.entries({ ru: ruData, de: deData, uk: ukData, pl: plData }).map(([lang, data]) => [lang, decodeMessages(lang, data)]),
);
const { ru, de, uk, pl } = translations as Record<'ru' | 'de' | 'uk' | 'pl', VoteMessages>;
const languages: Record<string, VoteMessages> = { en, ...translations };
const enKeys = Object.keys(en).sort() as (keyof VoteMessages)[];
/** Messages that take a count. */
const countFunctions: (keyof VoteMessages)[] = ['votes', 'voters', 'questionVoters', 'andMore'];
/** Messages that take a piece of text (answer, question, detail) rather than a count. */
const textFunctions = enKeys.filter((key) => typeof en[key] === 'function' && !countFunctions.includes(key));
/**
 * The texts the element layer relies on by name (the visibility notes, "N voted", the faces, the busy message):
 * each must exist in every language, so that none can be dropped from English and from the key check with it.
 */
const reliedOn: (keyof VoteMessages)[] = [
  'questionVoters', 'resultsAuthorOnly', 'resultsHiddenUntilClosed', 'facesOf', 'andMore',
  'unnamedVoter', 'rateLimitWaiting', 'votes', 'voters', 'cannotVote',
];
/** The quotes each language wraps a quoted question in. */
const quotes: Record<string, [string, string]> = { ru: ['«', '»'], uk: ['«', '»'], de: ['„', '“'], pl: ['„', '”'] };

const call = (message: unknown, arg: string | number): string => (message as (value: string | number) => string)(arg);

describe('i18n messages', () => {
  it('each language\'s data has one text per key, and a value with $ patterns is inserted as written', () => {
    for (const [lang, data] of Object.entries({ en: enData, ru: ruData, de: deData, uk: ukData, pl: plData })) {
      expect(data.split('\n').length - 1, lang).to.equal(enKeys.length);
    }
    expect(en.showVoters('$& $1 $$')).to.equal('Show who voted for $& $1 $$');
  });

  it('no language lacks a key the element uses', () => {
    for (const [lang, messages] of Object.entries(languages)) {
      for (const key of reliedOn) {
        expect(messages, `${lang} ${key}`).to.have.property(key);
        const value = typeof messages[key] === 'function' ? call(messages[key], 2) : messages[key];
        expect(String(value).trim(), `${lang} ${key}`).to.not.equal('');
      }
    }
  });

  for (const [lang, messages] of Object.entries(translations)) {
    describe(lang, () => {
      it('has exactly the keys of English', () => {
        expect(Object.keys(messages).sort()).to.deep.equal(enKeys);
      });

      it('gives every key the same type as English', () => {
        for (const key of enKeys) {
          expect(typeof messages[key], key).to.equal(typeof en[key]);
        }
      });

      it('translates every message (none empty, none left in English)', () => {
        for (const key of enKeys) {
          const value = typeof messages[key] === 'function' ? call(messages[key], 'X') : (messages[key] as string);
          const english = typeof en[key] === 'function' ? call(en[key], 'X') : (en[key] as string);
          expect(value.trim(), key).to.not.equal('');
          expect(value, key).to.not.equal(english);
        }
      });

      it('interpolates the argument of every function message', () => {
        for (const key of textFunctions) {
          expect(call(messages[key], 'Вариант Ä “42”'), key).to.include('Вариант Ä “42”');
        }
        for (const key of countFunctions) {
          expect(call(messages[key], 7), key).to.match(/(^|\D)7(\D|$)/);
        }
        expect(messages.votes(7)).to.match(/^7\D/);
        expect(messages.voters(7)).to.match(/^7\D/);
        expect(messages.questionVoters(7)).to.match(/^7\D/);
      });

      it('quotes question titles with the language’s own quotes', () => {
        const [open, close] = quotes[lang];
        expect(messages.errorRequired('Q')).to.include(`${open}Q${close}`);
        expect(messages.errorInvalidBallot('Q')).to.include(`${open}Q${close}`);
        expect(messages.errorScope).to.include(`${open}vote${close}`);
      });
    });
  }

  describe('plurals', () => {
    it('English: one / other', () => {
      expect(en.votes(1)).to.equal('1 vote');
      expect(en.votes(2)).to.equal('2 votes');
      expect(en.questionVoters(1)).to.equal('1 voted');
      expect(en.questionVoters(1234)).to.equal('1,234 voted');
      expect(en.andMore(2)).to.equal('and 2 more');
    });

    it('"N voted" per question in every language', () => {
      expect(ru.questionVoters(1)).to.equal('1 проголосовал');
      expect(ru.questionVoters(21)).to.equal('21 проголосовал');
      expect(ru.questionVoters(3)).to.equal('3 проголосовали');
      expect(ru.questionVoters(11)).to.equal('11 проголосовали');
      expect(uk.questionVoters(1)).to.equal('1 проголосував');
      expect(uk.questionVoters(5)).to.equal('5 проголосували');
      expect(pl.questionVoters(1)).to.equal('1 osoba zagłosowała');
      expect(pl.questionVoters(3)).to.equal('3 osoby zagłosowały');
      expect(pl.questionVoters(12)).to.equal('12 osób zagłosowało');
      expect(de.questionVoters(1)).to.equal('1 hat abgestimmt');
      expect(de.questionVoters(4)).to.equal('4 haben abgestimmt');
      expect(de.andMore(1)).to.equal('und 1 weitere Person');
      expect(de.andMore(2)).to.equal('und 2 weitere Personen');
      expect(ru.andMore(1234)).to.equal(`и ещё ${new Intl.NumberFormat('ru').format(1234)}`);
    });

    it('Russian: one / few / many / other', () => {
      expect(ru.votes(1)).to.equal('1 голос');
      expect(ru.votes(2)).to.equal('2 голоса');
      expect(ru.votes(5)).to.equal('5 голосов');
      expect(ru.votes(11)).to.equal('11 голосов');
      expect(ru.votes(21)).to.equal('21 голос');
      expect(ru.votes(22)).to.equal('22 голоса');
      expect(ru.votes(1.5)).to.equal('1,5 голоса');
      expect(ru.voters(1)).to.equal('1 человек проголосовал');
      expect(ru.voters(3)).to.equal('3 человека проголосовали');
      expect(ru.voters(5)).to.equal('5 человек проголосовали');
    });

    it('Ukrainian: one / few / many / other', () => {
      expect(uk.votes(1)).to.equal('1 голос');
      expect(uk.votes(3)).to.equal('3 голоси');
      expect(uk.votes(5)).to.equal('5 голосів');
      expect(uk.votes(12)).to.equal('12 голосів');
      expect(uk.votes(21)).to.equal('21 голос');
      expect(uk.votes(1.5)).to.equal('1,5 голосу');
      expect(uk.voters(1)).to.equal('1 людина проголосувала');
      expect(uk.voters(2)).to.equal('2 людини проголосували');
      expect(uk.voters(5)).to.equal('5 людей проголосували');
    });

    it('Polish: one / few / many / other', () => {
      expect(pl.votes(1)).to.equal('1 głos');
      expect(pl.votes(2)).to.equal('2 głosy');
      expect(pl.votes(5)).to.equal('5 głosów');
      expect(pl.votes(12)).to.equal('12 głosów');
      expect(pl.votes(21)).to.equal('21 głosów');
      expect(pl.votes(22)).to.equal('22 głosy');
      expect(pl.votes(1.5)).to.equal('1,5 głosu');
      expect(pl.voters(1)).to.equal('1 osoba zagłosowała');
      expect(pl.voters(2)).to.equal('2 osoby zagłosowały');
      expect(pl.voters(5)).to.equal('5 osób zagłosowało');
    });

    it('German: one / other', () => {
      expect(de.votes(1)).to.equal('1 Stimme');
      expect(de.votes(2)).to.equal('2 Stimmen');
      expect(de.votes(0)).to.equal('0 Stimmen');
      expect(de.voters(1)).to.equal('1 Person hat abgestimmt');
      expect(de.voters(2)).to.equal('2 Personen haben abgestimmt');
    });
  });
});
