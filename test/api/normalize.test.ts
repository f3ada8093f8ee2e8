/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { normalizeAttach } from '../../src/api/normalize.js';
import type { RawAnswer, RawAttach, RawQuestion } from '../../src/api/types.js';
import { isB24Error } from '../../src/transport/b24-error.js';
import { seedAttach } from './fixtures/seed-attach.js';

/** Asserts that `fn` throws a B24Error BAD_RESPONSE whose description matches `pattern`. */
function expectBad(fn: () => unknown, pattern: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isB24Error(caught), `expected a B24Error, got ${String(caught)}`).to.equal(true);
  const e = caught as { code: string; description: string };
  expect(e.code).to.equal('BAD_RESPONSE');
  expect(e.description).to.match(pattern);
}

function answer(id: number | string, sort: number | string, extra: Partial<RawAnswer> = {}): RawAnswer {
  return { ID: String(id), C_SORT: String(sort), ACTIVE: 'Y', MESSAGE: `A${id}`, MESSAGE_TYPE: 'text', COUNTER: '0', ...extra };
}

function question(id: number | string, sort: number | string, answers: RawAnswer[], extra: Partial<RawQuestion> = {}): RawQuestion {
  const map: Record<string, RawAnswer> = {};
  for (const a of answers) map[String(a.ID)] = a;
  return { ID: String(id), C_SORT: String(sort), ACTIVE: 'Y', QUESTION: `Q${id}`, QUESTION_TYPE: 'text', FIELD_TYPE: '0', REQUIRED: 'N', COUNTER: '0', ANSWERS: map, ...extra };
}

function attach(questions: RawQuestion[], extra: Partial<RawAttach> = {}): RawAttach {
  const map: Record<string, RawQuestion> = {};
  for (const q of questions) map[String(q.ID)] = q;
  return { ID: 9, VOTE_ID: 7, COUNTER: 0, QUESTIONS: map, ANONYMITY: 1, OPTIONS: 1, userAnswerMap: [], ...extra };
}

describe('normalizeAttach: the documented example', () => {
  it('turns the seed attach into the documented model', () => {
    const poll = normalizeAttach(seedAttach());
    expect(poll).to.deep.equal({
      id: '1',
      voteId: '1',
      entityId: '13',
      voters: 1,
      anonymous: false,
      public: true,
      revoteAllowed: true,
      resultsHidden: false,
      canVote: false,
      canRevote: true,
      canEdit: true,
      isVoted: true,
      isFinished: false,
      signedAttachId: '1.52280488561bf567f33cf03b5ce353e154a9c3552b51b2ffb67be3bb7f26f986',
      resultUrl: '/vote-result/me7hn922bm011mbf',
      downloadUrl:
        '/bitrix/services/main/ajax.php?action=vote.AttachedVote.download&SITE_ID=s1&signedAttachId=1.52280488561bf567f33cf03b5ce353e154a9c3552b51b2ffb67be3bb7f26f986',
      questions: [
        {
          id: '1',
          text: 'How are you?',
          html: false,
          multiple: false,
          required: false,
          voters: 1,
          image: null,
          answers: [
            { id: '1', text: 'Great!', html: false, votes: 1, percent: 100, mine: true },
            { id: '3', text: 'The best!', html: false, votes: 0, percent: 0, mine: false },
            { id: '5', text: "What's up??", html: false, votes: 0, percent: 0, mine: false },
          ],
        },
      ],
    });
  });

  it('does not change the raw attach it was given', () => {
    const raw = seedAttach();
    const copy = JSON.parse(JSON.stringify(raw));
    normalizeAttach(raw);
    expect(raw).to.deep.equal(copy);
  });
});

describe('normalizeAttach: numbers, flags and order', () => {
  it('reads numbers and numeric strings alike', () => {
    const asStrings = seedAttach();
    const asNumbers = JSON.parse(JSON.stringify(asStrings), (_k, v) =>
      typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v,
    ) as RawAttach;
    asStrings.ID = '1';
    asStrings.COUNTER = '1';
    asStrings.ANONYMITY = '1';
    asStrings.OPTIONS = '1';
    expect(normalizeAttach(asNumbers)).to.deep.equal(normalizeAttach(asStrings));
  });

  it('sorts questions and answers by Number(C_SORT) then Number(ID), never by key order', () => {
    // Integer-like keys iterate ascending in JS; C_SORT says otherwise. "9" < "10" only as numbers.
    const raw = attach([
      question(1, '30', [answer(1, '20'), answer(2, '9'), answer(3, '10')]),
      question(2, '9', [answer(4, 100), answer(5, '100')]),
      question(3, '10', [answer(7, 5), answer(6, 5)]),
    ]);
    const poll = normalizeAttach(raw);
    expect(poll.questions.map((q) => q.id)).to.deep.equal(['2', '3', '1']);
    expect(poll.questions[2]!.answers.map((a) => a.id)).to.deep.equal(['2', '3', '1']);
    // Equal C_SORT: by numeric ID.
    expect(poll.questions[0]!.answers.map((a) => a.id)).to.deep.equal(['4', '5']);
    expect(poll.questions[1]!.answers.map((a) => a.id)).to.deep.equal(['6', '7']);
  });

  it('sorts 10 before 9 correctly as numbers when IDs tie-break (ID "10" after "9")', () => {
    const raw = attach([question(1, 1, [answer(10, 1), answer(9, 1)])]);
    expect(normalizeAttach(raw).questions[0]!.answers.map((a) => a.id)).to.deep.equal(['9', '10']);
  });

  it('accepts QUESTIONS and ANSWERS as arrays', () => {
    const raw = seedAttach();
    const qs = Object.values(raw.QUESTIONS as Record<string, RawQuestion>).map((q) => ({
      ...q,
      ANSWERS: Object.values(q.ANSWERS as Record<string, RawAnswer>).reverse(),
    }));
    raw.QUESTIONS = qs;
    expect(normalizeAttach(raw)).to.deep.equal(normalizeAttach(seedAttach()));
  });

  it('reads Y/N and JSON booleans, and the bitmask and anonymity numbers', () => {
    const q = question(1, 1, [answer(1, 1), answer(2, 2)], { REQUIRED: 'Y', FIELD_TYPE: '1' });
    const poll = normalizeAttach(attach([q], { ANONYMITY: '2', OPTIONS: '2', canVote: true, isFinished: true }));
    expect(poll.anonymous).to.equal(true);
    expect(poll.revoteAllowed).to.equal(false);
    expect(poll.resultsHidden).to.equal(true);
    expect(poll.canVote).to.equal(true);
    expect(poll.isFinished).to.equal(true);
    expect(poll.questions[0]!.required).to.equal(true);
    expect(poll.questions[0]!.multiple).to.equal(true);
    const both = normalizeAttach(attach([q], { OPTIONS: 3, ANONYMITY: 1 }));
    expect([both.revoteAllowed, both.resultsHidden, both.anonymous]).to.deep.equal([true, true, false]);
    // The mobile client's array form of OPTIONS.
    expect(normalizeAttach(attach([q], { OPTIONS: ['1'] as unknown as number })).revoteAllowed).to.equal(true);
    // Only ANONYMITY 2 is anonymous: the server stores ballots of 0 ("undefined") visible, as for 1.
    for (const [anonymity, anonymous] of [[0, false], ['0', false], [1, false], [2, true], ['2', true], [3, false]] as const) {
      const poll = normalizeAttach(attach([q], { ANONYMITY: anonymity }));
      expect([poll.anonymous, poll.public], `ANONYMITY ${JSON.stringify(anonymity)}`).to.deep.equal([anonymous, !anonymous]);
    }
    // Missing or unreadable: public, the server's default.
    expect(normalizeAttach(attach([q], { ANONYMITY: undefined })).public).to.equal(true);
  });

  it('takes multiple choice from FIELD_TYPE 1 or 3, single from 0 or 2', () => {
    const types: Array<[string | number, boolean]> = [['0', false], ['1', true], [2, false], ['3', true]];
    for (const [type, multiple] of types) {
      const poll = normalizeAttach(attach([question(1, 1, [answer(1, 1)], { FIELD_TYPE: type })]));
      expect(poll.questions[0]!.multiple, `FIELD_TYPE ${type}`).to.equal(multiple);
    }
    // 99999 ("compatibility"): the answers' own types decide.
    const compat = question(1, 1, [answer(1, 1, { FIELD_TYPE: '1' }), answer(2, 2, { FIELD_TYPE: '1' })], { FIELD_TYPE: '99999' });
    expect(normalizeAttach(attach([compat])).questions[0]!.multiple).to.equal(true);
  });

  it('takes the image from IMAGE.SRC', () => {
    const q = question(1, 1, [answer(1, 1)], { IMAGE: { SRC: '/upload/vote/a.png', ID: '5' } });
    expect(normalizeAttach(attach([q])).questions[0]!.image).to.equal('/upload/vote/a.png');
    const noSrc = question(1, 1, [answer(1, 1)], { IMAGE: { ID: '5' } });
    expect(normalizeAttach(attach([noSrc])).questions[0]!.image).to.equal(null);
  });
});

describe('normalizeAttach: the user\'s picks', () => {
  it('treats userAnswerMap [] as no picks', () => {
    const raw = seedAttach();
    raw.userAnswerMap = [];
    raw.isVoted = false;
    const poll = normalizeAttach(raw);
    expect(poll.questions[0]!.answers.map((a) => a.mine)).to.deep.equal([false, false, false]);
    expect(poll.isVoted).to.equal(false);
  });

  it('marks every picked answer of every question', () => {
    const raw = attach(
      [question(1, 1, [answer(1, 1), answer(2, 2), answer(3, 3)], { FIELD_TYPE: 1 }), question(2, 2, [answer(4, 1), answer(5, 2)])],
      { userAnswerMap: { '1': { '1': { ANSWER_ID: '1' }, '3': { ANSWER_ID: '3' } }, '2': { '5': {} } } },
    );
    const poll = normalizeAttach(raw);
    expect(poll.questions[0]!.answers.map((a) => a.mine)).to.deep.equal([true, false, true]);
    expect(poll.questions[1]!.answers.map((a) => a.mine)).to.deep.equal([false, true]);
    // Without isVoted, the picks tell.
    expect(poll.isVoted).to.equal(true);
  });

  it('ignores odd userAnswerMap shapes', () => {
    for (const odd of [null, 'x', 5, { '1': 'x' }, { abc: { '1': {} } }]) {
      const raw = seedAttach();
      raw.userAnswerMap = odd as never;
      delete raw.isVoted;
      const poll = normalizeAttach(raw);
      expect(poll.questions[0]!.answers.some((a) => a.mine), JSON.stringify(odd)).to.equal(false);
      expect(poll.isVoted).to.equal(false);
    }
  });
});

describe('normalizeAttach: inactive items', () => {
  it('leaves out inactive questions and answers', () => {
    const raw = attach([
      question(1, 1, [answer(1, 1), answer(2, 2, { ACTIVE: 'N' }), answer(3, 3)]),
      question(2, 2, [answer(4, 1)], { ACTIVE: 'N' }),
      question(3, 3, [answer(5, 1)]),
    ]);
    const poll = normalizeAttach(raw);
    expect(poll.questions.map((q) => q.id)).to.deep.equal(['1', '3']);
    expect(poll.questions[0]!.answers.map((a) => a.id)).to.deep.equal(['1', '3']);
  });

  it('ignores an inactive question even when it is broken', () => {
    const raw = attach([question(1, 1, [answer(1, 1)]), question(2, 2, [], { ACTIVE: 'N' })]);
    expect(normalizeAttach(raw).questions).to.have.length(1);
  });
});

describe('normalizeAttach: defaults for missing or odd fields', () => {
  it('fills in sensible defaults', () => {
    const raw = { ID: '4', VOTE_ID: '3', QUESTIONS: { '1': { ID: 1, ANSWERS: { '2': { ID: 2 } } } } };
    expect(normalizeAttach(raw)).to.deep.equal({
      id: '4',
      voteId: '3',
      entityId: '',
      voters: 0,
      anonymous: false,
      public: true,
      revoteAllowed: false,
      resultsHidden: false,
      canVote: false,
      canRevote: false,
      canEdit: false,
      isVoted: false,
      isFinished: false,
      signedAttachId: '',
      resultUrl: '',
      downloadUrl: '',
      questions: [
        {
          id: '1',
          text: '',
          html: false,
          multiple: false,
          required: false,
          voters: 0,
          image: null,
          answers: [{ id: '2', text: '', html: false, votes: 0, percent: 0, mine: false }],
        },
      ],
    });
  });

  it('survives wrong types everywhere but the IDs', () => {
    const raw = {
      ID: 4,
      VOTE_ID: 3,
      COUNTER: 'many',
      ANONYMITY: { x: 1 },
      OPTIONS: 'abc',
      canVote: 'maybe',
      isFinished: null,
      signedAttachId: 17,
      resultUrl: { a: 1 },
      entityId: -5,
      QUESTIONS: [
        {
          ID: '1',
          QUESTION: 42,
          QUESTION_TYPE: null,
          REQUIRED: 7,
          FIELD_TYPE: 'checkbox',
          COUNTER: -3,
          IMAGE: 12,
          C_SORT: 'first',
          ANSWERS: [{ ID: '2', MESSAGE: ['x'], COUNTER: '2.7', PERCENT: 'lots', C_SORT: null }],
        },
      ],
    };
    const poll = normalizeAttach(raw);
    expect(poll.voters).to.equal(0);
    expect(poll.anonymous).to.equal(false);
    expect(poll.revoteAllowed).to.equal(false);
    expect(poll.canVote).to.equal(false);
    expect(poll.signedAttachId).to.equal('17');
    expect(poll.resultUrl).to.equal('');
    expect(poll.entityId).to.equal('');
    const q = poll.questions[0]!;
    expect(q.text).to.equal('42');
    expect(q.required).to.equal(true);
    expect(q.multiple).to.equal(false);
    expect(q.image).to.equal(null);
    // A negative counter is noise: fall back to what the answers say.
    expect(q.voters).to.equal(2);
    expect(q.answers[0]).to.deep.equal({ id: '2', text: '', html: false, votes: 2, percent: 100, mine: false });
  });

  it('computes PERCENT from the counters when it is missing', () => {
    const q = question(1, 1, [answer(1, 1, { COUNTER: '1' }), answer(2, 2, { COUNTER: '2' })], { COUNTER: '3' });
    const poll = normalizeAttach(attach([q]));
    expect(poll.questions[0]!.answers.map((a) => a.percent)).to.deep.equal([33.33, 66.67]);
  });

  it('uses PERCENT as sent (two decimals) when present', () => {
    const q = question(1, 1, [answer(1, 1, { COUNTER: '1', PERCENT: 33.33 }), answer(2, 2, { COUNTER: '2', PERCENT: '66.67' })], { COUNTER: 3 });
    expect(normalizeAttach(attach([q])).questions[0]!.answers.map((a) => a.percent)).to.deep.equal([33.33, 66.67]);
  });
});

describe('normalizeAttach: hard content', () => {
  it('keeps html-type text verbatim, flagged html', () => {
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>bold</b>';
    const q = question(1, 1, [answer(1, 1, { MESSAGE: evil, MESSAGE_TYPE: 'html' })], { QUESTION: evil, QUESTION_TYPE: 'html' });
    const poll = normalizeAttach(attach([q]));
    expect(poll.questions[0]!.text).to.equal(evil);
    expect(poll.questions[0]!.html).to.equal(true);
    expect(poll.questions[0]!.answers[0]!.text).to.equal(evil);
    expect(poll.questions[0]!.answers[0]!.html).to.equal(true);
  });

  it('keeps 10,000-character texts, RTL and emoji exactly', () => {
    const long = 'x'.repeat(10_000);
    const rtl = 'ما رأيك؟ \u200Fשלום 👍🏽 👨‍👩‍👧 \u202Eevil';
    const q = question(1, 1, [answer(1, 1, { MESSAGE: rtl }), answer(2, 2, { MESSAGE: long })], { QUESTION: long + rtl });
    const poll = normalizeAttach(attach([q]));
    expect(poll.questions[0]!.text).to.equal(long + rtl);
    expect(poll.questions[0]!.answers[0]!.text).to.equal(rtl);
    expect(poll.questions[0]!.answers[1]!.text).to.have.length(10_000);
  });

  it('handles 100 answers in C_SORT order', () => {
    const answers = Array.from({ length: 100 }, (_, i) => answer(i + 1, 1000 - i * 10, { COUNTER: String(i) }));
    const poll = normalizeAttach(attach([question(1, 1, answers, { COUNTER: String(99 * 50) })]));
    const ids = poll.questions[0]!.answers.map((a) => a.id);
    expect(ids).to.have.length(100);
    expect(ids[0]).to.equal('100');
    expect(ids[99]).to.equal('1');
  });
});

describe('normalizeAttach: garbage is BAD_RESPONSE', () => {
  it('rejects what is not an attach object', () => {
    expectBad(() => normalizeAttach(null), /null/);
    expectBad(() => normalizeAttach(undefined), /undefined/);
    expectBad(() => normalizeAttach('<html>502</html>'), /string/);
    expectBad(() => normalizeAttach([seedAttach()]), /array/);
    expectBad(() => normalizeAttach(42), /number/);
  });

  it('rejects a missing or unusable ID or VOTE_ID', () => {
    for (const bad of [undefined, null, 0, -1, 'abc', '', 1.5, {}]) {
      const raw = seedAttach() as unknown as Record<string, unknown>;
      raw.ID = bad;
      expectBad(() => normalizeAttach(raw), /ID/);
      const raw2 = seedAttach() as unknown as Record<string, unknown>;
      raw2.VOTE_ID = bad;
      expectBad(() => normalizeAttach(raw2), /VOTE_ID/);
    }
  });

  it('rejects missing, odd or empty QUESTIONS', () => {
    for (const bad of [undefined, null, 'x', 5, {}, []]) {
      const raw = seedAttach() as unknown as Record<string, unknown>;
      raw.QUESTIONS = bad;
      expectBad(() => normalizeAttach(raw), /QUESTIONS|no active questions/);
    }
    expectBad(() => normalizeAttach(attach([question(1, 1, [answer(1, 1)], { ACTIVE: 'N' })])), /no active questions/);
  });

  it('rejects broken questions and answers, naming them', () => {
    expectBad(() => normalizeAttach({ ID: 1, VOTE_ID: 1, QUESTIONS: ['q'] }), /question #1 is not an object/);
    expectBad(() => normalizeAttach({ ID: 1, VOTE_ID: 1, QUESTIONS: [{ QUESTION: 'no id', ANSWERS: [{ ID: 1 }] }] }), /question #1 has no valid ID/);
    expectBad(() => normalizeAttach(attach([question(1, 1, [])])), /question 1 has no active answers/);
    expectBad(() => normalizeAttach(attach([question(1, 1, [answer(1, 1, { ACTIVE: 'N' })])])), /question 1 has no active answers/);
    expectBad(() => normalizeAttach({ ID: 1, VOTE_ID: 1, QUESTIONS: [{ ID: 3 }] }), /question 3 has no ANSWERS/);
    expectBad(() => normalizeAttach({ ID: 1, VOTE_ID: 1, QUESTIONS: [{ ID: 3, ANSWERS: [null] }] }), /answer #1 of question 3 is not an object/);
    expectBad(() => normalizeAttach({ ID: 1, VOTE_ID: 1, QUESTIONS: [{ ID: 3, ANSWERS: [{ ID: 'x' }] }] }), /answer #1 of question 3 has no valid ID/);
    expectBad(() => normalizeAttach({ ID: 1, VOTE_ID: 1, QUESTIONS: [{ ID: 3, ANSWERS: [{ ID: 1 }, { ID: '1' }] }] }), /answer 1 appears twice/);
    expectBad(() => normalizeAttach({ ID: 1, VOTE_ID: 1, QUESTIONS: [{ ID: 3, ANSWERS: [{ ID: 1 }] }, { ID: '3', ANSWERS: [{ ID: 2 }] }] }), /question 3 appears twice/);
  });

  it('never throws anything but a B24Error on random garbage', () => {
    const samples: unknown[] = [
      { ID: 1, VOTE_ID: 1, QUESTIONS: { a: { ID: 1, ANSWERS: { b: { ID: 2, COUNTER: { x: 1 } } }, IMAGE: [] } }, userAnswerMap: { 1: [null, 2, { ANSWER_ID: 'x' }] } },
      { ID: 1, VOTE_ID: 1, QUESTIONS: [{ ID: 1, ANSWERS: 'nope' }] },
      { ID: 1, VOTE_ID: 1, QUESTIONS: [{ ID: 1, ANSWERS: [{ ID: 1 }], COUNTER: Infinity }], COUNTER: NaN },
      Object.create(null),
      new Date(),
    ];
    for (const s of samples) {
      try {
        normalizeAttach(s);
      } catch (error) {
        expect(isB24Error(error), String(error)).to.equal(true);
      }
    }
  });
});

describe('normalizeAttach: faces from getWithVoted', () => {
  const origin = 'https://portal.example';
  const q = question(1, 1, [answer(1, 1, { COUNTER: 4 }), answer(2, 2, { COUNTER: 1 }), answer(3, 3, { COUNTER: 0 })], { COUNTER: 5 });
  const voter = (id: number | string, extra: Record<string, unknown> = {}) => ({ ID: id, NAME: `User ${id}`, IMAGE: null, WORK_POSITION: '', ...extra });
  /** A voted poll: numbers visible to the user. */
  const voted = (extra: Partial<RawAttach> = {}) => attach([q], { isVoted: true, canVote: false, ...extra });
  const facesOf = (poll: ReturnType<typeof normalizeAttach>) => poll.questions[0]!.answers.map((a) => a.faces);

  it('gives every answer up to three faces, IDs as strings, images resolved against the portal', () => {
    const poll = normalizeAttach(voted(), {
      origin,
      voted: {
        '1': [voter(5, { IMAGE: '/upload/resize_cache/5.jpg' }), voter('6', { IMAGE: 'https://cdn.example/6.png' }), voter(7), voter(8)],
        '2': [voter(9, { NAME: null })],
      },
    });
    expect(facesOf(poll)).to.deep.equal([
      [
        { id: '5', name: 'User 5', image: 'https://portal.example/upload/resize_cache/5.jpg' },
        { id: '6', name: 'User 6', image: 'https://cdn.example/6.png' },
        { id: '7', name: 'User 7', image: null },
      ],
      [{ id: '9', name: '', image: null }],
      [],
    ]);
  });

  it('keeps only http(s) images; a relative one without an origin is null', () => {
    const images = ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'ftp://portal.example/a.png', '', '   ', 42, 'http://portal.example/ok.png'];
    const rows = images.map((IMAGE, i) => voter(i + 1, { IMAGE }));
    const chunked = { '1': rows.slice(0, 3), '2': rows.slice(3, 4) };
    const poll = normalizeAttach(attach([question(1, 1, [answer(1, 1, { COUNTER: 9 }), answer(2, 2, { COUNTER: 9 }), answer(3, 3, { COUNTER: 9 })])], { isVoted: true }), {
      origin,
      voted: { ...chunked, '3': rows.slice(4) },
    });
    const all = poll.questions[0]!.answers.flatMap((a) => a.faces!.map((f) => f.image));
    expect(all).to.deep.equal([null, null, null, null, null, null, 'http://portal.example/ok.png']);
    const noOrigin = normalizeAttach(voted(), { voted: { '1': [voter(1, { IMAGE: '/upload/1.jpg' }), voter(2, { IMAGE: 'https://cdn.example/2.jpg' })] } });
    expect(facesOf(noOrigin)[0]!.map((f) => f.image)).to.deep.equal([null, 'https://cdn.example/2.jpg']);
  });

  it('drops unusable rows and repeats, and never shows more faces than votes', () => {
    const poll = normalizeAttach(voted(), {
      origin,
      voted: {
        '1': [null, 'x', { NAME: 'no id' }, voter(0), voter(-3), voter(1.5), voter(4), voter('4'), voter(5)],
        '2': [voter(1), voter(2), voter(3)],
        '3': [voter(1)],
        nonsense: [voter(1)],
        '2.5': [voter(1)],
      },
    });
    expect(facesOf(poll).map((faces) => faces!.map((f) => f.id))).to.deep.equal([['4', '5'], ['1'], []]);
  });

  it('reads PHP’s empty map `[]` and odd shapes as nobody listed', () => {
    for (const value of [[], null, 'x', 3, { '1': 'not a list' }]) {
      expect(facesOf(normalizeAttach(voted(), { origin, voted: value })), JSON.stringify(value)).to.deep.equal([[], [], []]);
    }
  });

  it('has no faces at all when the poll was read without its voters', () => {
    for (const extras of [undefined, {}, { origin }, { origin, voted: undefined }]) {
      const poll = normalizeAttach(voted(), extras);
      expect(poll.questions[0]!.answers.every((a) => !('faces' in a)), JSON.stringify(extras)).to.equal(true);
    }
  });

  it('has no faces where who voted must not show: anonymous polls and hidden numbers', () => {
    const list = { '1': [voter(1)] };
    const cases: Array<[string, Partial<RawAttach>, boolean]> = [
      ['anonymous (ANONYMITY 2)', { ANONYMITY: 2 }, false],
      ['ANONYMITY 0 is public', { ANONYMITY: 0 }, true],
      ['hide-results, voted', { OPTIONS: 2 }, false],
      ['hide-results, finished', { OPTIONS: 2, isFinished: true, isVoted: false }, false],
      ['hide-results, the author', { OPTIONS: 2, canEdit: true }, true],
      ['open, may still vote', { isVoted: false, canVote: true }, false],
      ['open, may not vote (a reader)', { isVoted: false, canVote: false }, true],
      ['finished, never voted', { isVoted: false, canVote: false, isFinished: true }, true],
    ];
    for (const [name, extra, shown] of cases) {
      const answers = normalizeAttach(voted(extra), { origin, voted: list }).questions[0]!.answers;
      expect(answers.every((a) => 'faces' in a), name).to.equal(shown);
      if (shown) expect(answers[0]!.faces, name).to.deep.equal([{ id: '1', name: 'User 1', image: null }]);
    }
  });
});
