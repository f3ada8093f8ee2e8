/**
 * Bad input, from the host and from the portal.
 *   - Attributes: every malformed value gets `INVALID_CONFIG` whose description names the attribute and says why
 *     (and the poll attributes send nothing at all).
 *   - Server answers made with `POST /__portal/polls`: missing and extra fields, wrong types, QUESTIONS as an
 *     array, empty ANSWERS, 10,000-character texts, 100 answers, right-to-left and emoji text, html-type text with
 *     scripts and event handlers. Nothing throws out of the element, nothing executes, the layout holds, and the
 *     unusable ones give BAD_RESPONSE and a message.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { $$, requests, resetPortal, text, webhook } from './support.js';

/** Uncaught errors and unhandled rejections while a test runs. */
let uncaught: string[] = [];
const onError = (event: ErrorEvent): void => {
  uncaught.push(`error: ${event.message}`);
};
const onRejection = (event: PromiseRejectionEvent): void => {
  uncaught.push(`unhandledrejection: ${String(event.reason)}`);
};

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

beforeEach(() => {
  uncaught = [];
  delete window.__pwned;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(async () => {
  await new Promise((r) => setTimeout(r, 20));
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  expect(uncaught, 'nothing thrown out of the element').to.deep.equal([]);
  expect(window.__pwned, 'no payload executed').to.equal(undefined);
});

interface Outcome {
  el: B24AttachedVote;
  events: Array<{ type: string; detail: Record<string, unknown> }>;
}

/** Mounts an element in a 320 px column with `attrs`, and waits for its first vote-load or vote-error. */
async function mount(attrs: Record<string, string>, userId = 10): Promise<Outcome> {
  const column = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
  const el = document.createElement('b24-attached-vote') as B24AttachedVote;
  const events: Outcome['events'] = [];
  for (const type of ['vote-load', 'vote-error']) {
    el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  }
  if (!('webhook-url' in attrs)) el.setAttribute('webhook-url', webhook(userId));
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  column.append(el);
  await waitUntil(() => events.length > 0, 'the element settled', { timeout: 5000 });
  await el.updateComplete;
  return { el, events };
}

/** The element fits its 320 px column and nothing inside scrolls sideways. */
function expectLayoutHolds(el: B24AttachedVote): void {
  const column = el.parentElement!;
  expect(el.getBoundingClientRect().width, 'element width').to.be.at.most(column.getBoundingClientRect().width + 0.5);
  const box = el.shadowRoot!.querySelector<HTMLElement>('[part="poll"]')!;
  expect(box.scrollWidth, 'no horizontal overflow inside').to.be.at.most(box.clientWidth + 1);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const rect = node.getBoundingClientRect();
    if (rect.width === 0) continue;
    expect(rect.right, `<${node.localName} part="${node.getAttribute('part') ?? ''}"> stays inside`).to.be.at.most(column.getBoundingClientRect().right + 1);
  }
}

// ---- attributes -----------------------------------------------------------------------------------------------

/** Attribute sets that name no usable poll or transport: an error state, no request. */
const BLOCKING: Array<{ attrs: Record<string, string>; attribute: string; why: RegExp }> = [
  { attrs: { 'attach-id': 'abc' }, attribute: 'attach-id', why: /not a number/ },
  { attrs: { 'attach-id': '0' }, attribute: 'attach-id', why: /not positive/ },
  { attrs: { 'attach-id': '-4' }, attribute: 'attach-id', why: /not positive/ },
  { attrs: { 'attach-id': '1.5' }, attribute: 'attach-id', why: /not a whole number/ },
  { attrs: { 'attach-id': '1e3' }, attribute: 'attach-id', why: /not a number/ },
  { attrs: { 'attach-id': '0x10' }, attribute: 'attach-id', why: /not a number/ },
  { attrs: { 'attach-id': '9007199254740993' }, attribute: 'attach-id', why: /too large/ },
  { attrs: { 'module-id': 'i m', 'entity-id': '101' }, attribute: 'module-id', why: /not a module ID/ },
  { attrs: { 'module-id': 'im', 'entity-id': 'first' }, attribute: 'entity-id', why: /not a number/ },
  { attrs: { 'signed-attach-id': 'abc def' }, attribute: 'signed-attach-id', why: /whitespace/ },
  { attrs: { 'signed-attach-id': 'x'.repeat(1001) }, attribute: 'signed-attach-id', why: /longer than/ },
  { attrs: { 'attach-id': '1', 'webhook-url': 'not a url' }, attribute: 'webhook-url', why: /not an absolute URL/ },
  { attrs: { 'attach-id': '1', 'webhook-url': 'ftp://portal.example/rest/1/abc/' }, attribute: 'webhook-url', why: /https/ },
  { attrs: { 'attach-id': '1', 'webhook-url': 'http://portal.example/rest/1/abc/' }, attribute: 'webhook-url', why: /https/ },
  { attrs: { 'attach-id': '1', 'webhook-url': 'https://portal.example/rest/abc/def/' }, attribute: 'webhook-url', why: /numeric user ID/ },
  { attrs: { 'attach-id': '1', 'webhook-url': 'https://portal.example/rest/1/' }, attribute: 'webhook-url', why: /must look like/ },
  { attrs: { 'attach-id': '1', 'webhook-url': 'https://portal.example/rest/1/abc/?x=1' }, attribute: 'webhook-url', why: /query string/ },
  { attrs: { 'attach-id': '1', 'webhook-url': 'https://me:pw@portal.example/rest/1/abc/' }, attribute: 'webhook-url', why: /user name or password/ },
];

/** Incomplete sets (a piece may still be on its way): held back for the grace period, then `INVALID_CONFIG`. */
const INCOMPLETE: Array<{ attrs: Record<string, string>; attribute: string }> = [
  { attrs: { 'entity-id': '101' }, attribute: 'module-id' },
  { attrs: { 'module-id': 'im' }, attribute: 'entity-id' },
  { attrs: { 'module-id': 'tasks', 'entity-id': '5' }, attribute: 'entity-type' },
];

/** Option attributes with a bad value: reported, the default is used, and the poll still loads. */
const OPTIONS: Array<{ attrs: Record<string, string>; attribute: string; why: RegExp }> = [
  { attrs: { 'refresh-interval': 'often' }, attribute: 'refresh-interval', why: /number of seconds/ },
  { attrs: { 'refresh-interval': '-5' }, attribute: 'refresh-interval', why: /number of seconds/ },
  { attrs: { loading: 'soon' }, attribute: 'loading', why: /"eager" or "lazy"/ },
  { attrs: { theme: 'blue' }, attribute: 'theme', why: /"light" or "dark"/ },
  { attrs: { appearance: 'bitrix' }, attribute: 'appearance', why: /"neutral" or "bitrix24"; the neutral look/ },
];

describe('<b24-attached-vote> bad input', () => {
  beforeEach(resetPortal);

  describe('malformed attributes', () => {
    for (const { attrs, attribute, why } of BLOCKING) {
      it(`${JSON.stringify(attrs).slice(0, 90)}: INVALID_CONFIG naming ${attribute}, nothing sent`, async () => {
        const { el, events } = await mount(attrs);
        expect(events).to.have.length(1);
        const [error] = events;
        expect(error!.type).to.equal('vote-error');
        expect(error!.detail).to.include({ action: 'load', code: 'INVALID_CONFIG', status: 0 });
        const description = String(error!.detail.description);
        expect(description, 'names the attribute').to.match(new RegExp(`^${attribute}\\b`));
        expect(description, 'says why').to.match(why);
        expect(text(el)).to.contain(`This poll is not set up correctly: ${description}`);
        expect(el.status).to.equal('error');
        expect(await requests(), 'no request').to.have.length(0);
      });
    }

    it('incomplete sets show the placeholder for 2 s, then INVALID_CONFIG naming the missing attribute', async () => {
      const mounted = await Promise.all(INCOMPLETE.map(async ({ attrs }) => {
        const el = document.createElement('b24-attached-vote');
        const events: Event[] = [];
        el.addEventListener('vote-error', (e) => events.push(e));
        el.setAttribute('webhook-url', webhook());
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        await fixture(el);
        return { el, events };
      }));
      await new Promise((r) => setTimeout(r, 1000));
      for (const { el, events } of mounted) {
        expect(events, 'nothing reported within the grace period').to.have.length(0);
        expect(el.status).to.equal('loading');
        expect($$(el, '[part="skeleton"]')).to.have.length(1);
      }
      await waitUntil(() => mounted.every(({ events }) => events.length === 1), 'reported after the grace', { timeout: 2500 });
      for (const [i, { el, events }] of mounted.entries()) {
        const detail = (events[0] as CustomEvent).detail;
        expect(detail).to.include({ action: 'load', code: 'INVALID_CONFIG' });
        expect(String(detail.description)).to.match(new RegExp(`^${INCOMPLETE[i]!.attribute}\\b`));
        await el.updateComplete;
        expect(el.status).to.equal('error');
      }
      expect(await requests(), 'no request').to.have.length(0);
    });

    for (const { attrs, attribute, why } of OPTIONS) {
      it(`${JSON.stringify(attrs)}: INVALID_CONFIG naming ${attribute}, the default is used and the poll loads`, async () => {
        const { el, events } = await mount({ 'attach-id': '1', ...attrs });
        await waitUntil(() => events.some((e) => e.type === 'vote-load'), 'the poll loads anyway', { timeout: 5000 });
        const errors = events.filter((e) => e.type === 'vote-error');
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail).to.include({ action: 'load', code: 'INVALID_CONFIG', status: 0 });
        const description = String(errors[0]!.detail.description);
        expect(description).to.match(new RegExp(`^${attribute}\\b`));
        expect(description).to.match(why);
        expect(el.poll!.id).to.equal('1');
        expect(el.status).to.equal('ready');
      });
    }

    it('a malformed attribute fixed later loads the poll', async () => {
      const { el } = await mount({ 'attach-id': 'abc' });
      const loaded = oneEvent(el, 'vote-load');
      el.setAttribute('attach-id', '2');
      await loaded;
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect($$(el, '[part="error"]')).to.have.length(0);
    });
  });

  describe('nasty server answers', () => {
    /** Creates a poll on the same-origin emulator; returns its attach ID. */
    async function createPoll(body: Record<string, unknown>): Promise<number> {
      const response = await fetch('/__portal/polls', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status, await response.clone().text()).to.equal(200);
      return ((await response.json()) as { attachId: number }).attachId;
    }

    /** A raw portal question row (strings, as the portal sends them). */
    function row(id: number, question: string, answers: Array<[number, string]>, extra: Record<string, unknown> = {}) {
      return {
        ID: String(id),
        ACTIVE: 'Y',
        C_SORT: '10',
        COUNTER: '0',
        QUESTION: question,
        QUESTION_TYPE: 'text',
        REQUIRED: 'N',
        FIELD_TYPE: '0',
        ANSWERS: Object.fromEntries(
          answers.map(([aid, message], i) => [
            String(aid),
            { ID: String(aid), ACTIVE: 'Y', QUESTION_ID: String(id), C_SORT: String((i + 1) * 10), MESSAGE: message, MESSAGE_TYPE: 'text', COUNTER: '0', PERCENT: 0 },
          ]),
        ),
        ...extra,
      };
    }

    async function show(body: Record<string, unknown>): Promise<Outcome> {
      return mount({ 'attach-id': String(await createPoll(body)) });
    }

    async function expectBroken(body: Record<string, unknown>): Promise<Outcome> {
      const outcome = await show(body);
      const [first] = outcome.events;
      expect(first!.type, JSON.stringify(first!.detail)).to.equal('vote-error');
      expect(first!.detail).to.include({ action: 'load', code: 'BAD_RESPONSE' });
      expect(text(outcome.el)).to.contain('Bitrix24 sent an answer that could not be read.');
      expect(outcome.el.poll).to.equal(null);
      expectLayoutHolds(outcome.el);
      return outcome;
    }

    async function expectShown(body: Record<string, unknown>): Promise<Outcome> {
      const outcome = await show(body);
      const [first] = outcome.events;
      expect(first!.type, JSON.stringify(first!.detail)).to.equal('vote-load');
      expect(outcome.el.status).to.equal('ready');
      expectLayoutHolds(outcome.el);
      expect(text(outcome.el)).not.to.match(/NaN|undefined|\[object Object\]/);
      return outcome;
    }

    it('missing QUESTIONS: BAD_RESPONSE and a message', async () => {
      await expectBroken({ build: true, QUESTIONS: [{ QUESTION: 'Q', ANSWERS: [{ MESSAGE: 'a' }, { MESSAGE: 'b' }] }], omit: ['QUESTIONS'] });
    });

    it('missing VOTE_ID: BAD_RESPONSE', async () => {
      await expectBroken({ build: true, QUESTIONS: [{ QUESTION: 'Q', ANSWERS: [{ MESSAGE: 'a' }, { MESSAGE: 'b' }] }], omit: ['VOTE_ID'] });
    });

    it('an ID that is not a number: BAD_RESPONSE', async () => {
      await expectBroken({ build: true, QUESTIONS: [{ QUESTION: 'Q', ANSWERS: [{ MESSAGE: 'a' }, { MESSAGE: 'b' }] }], attach: { ID: 'first' } });
    });

    it('QUESTIONS that is a string: BAD_RESPONSE', async () => {
      await expectBroken({ QUESTIONS: 'none' });
    });

    it('empty QUESTIONS: BAD_RESPONSE', async () => {
      await expectBroken({ QUESTIONS: {} });
    });

    it('a question with empty ANSWERS: BAD_RESPONSE (it could never be answered)', async () => {
      await expectBroken({ QUESTIONS: { 5101: row(5101, 'Nothing to pick', []) } });
    });

    it('answers that are not objects or have no ID: BAD_RESPONSE', async () => {
      const broken = row(5111, 'Broken', [[5112, 'ok']]);
      (broken.ANSWERS as Record<string, unknown>)['5113'] = 'just a string';
      await expectBroken({ QUESTIONS: { 5111: broken } });
      await resetPortal();
      const noId = row(5121, 'No ID', [[5122, 'ok']]);
      (noId.ANSWERS as Record<string, Record<string, unknown>>)['5122']!.ID = null;
      await expectBroken({ QUESTIONS: { 5121: noId } });
    });

    it('missing optional fields: shown with defaults', async () => {
      const { el } = await expectShown({
        QUESTIONS: { 5201: { ID: '5201', QUESTION: 'Bare', ANSWERS: { 5202: { ID: '5202', MESSAGE: 'one' }, 5203: { ID: '5203' } } } },
        omit: ['OPTIONS', 'ANONYMITY', 'COUNTER', 'resultUrl', 'downloadUrl', 'signedAttachId', 'userAnswerMap'],
      });
      expect($$(el, 'input')).to.have.length(2);
      expect(text(el)).to.contain('Bare');
    });

    it('extra fields everywhere: ignored', async () => {
      const extra = row(5301, 'With extras', [[5302, 'a'], [5303, 'b']], { SURPRISE: { deep: [1, 2, 3] }, QUESTION_EXTRA: '<b>x</b>' });
      const { el } = await expectShown({ QUESTIONS: { 5301: extra }, attach: { NEW_FIELD: 'x', nested: { a: [1] }, signature: 'abc' } });
      expect($$(el, 'input')).to.have.length(2);
      expect(text(el)).not.to.contain('SURPRISE');
    });

    it('wrong types: numbers as words, objects for flags, arrays for counters', async () => {
      const odd = row(5401, 'Odd types', [[5402, 'a'], [5403, 'b']], { COUNTER: { n: 3 }, FIELD_TYPE: [], REQUIRED: 42, C_SORT: 'first' });
      const answers = odd.ANSWERS as Record<string, Record<string, unknown>>;
      answers['5402']!.COUNTER = 'lots';
      answers['5402']!.PERCENT = 'NaN';
      answers['5403']!.COUNTER = -7;
      answers['5403']!.MESSAGE = 12345;
      const { el } = await expectShown({
        QUESTIONS: { 5401: odd },
        attach: { COUNTER: 'many', ANONYMITY: { a: 1 }, OPTIONS: 'x', isVoted: 'maybe', canVote: 'Y', canRevote: [], isFinished: null, userAnswerMap: 'none' },
      });
      expect($$(el, 'input')).to.have.length(2);
      expect(text(el)).to.contain('12345');
    });

    it('QUESTIONS as an array: shown', async () => {
      const { el } = await expectShown({ QUESTIONS: [row(5501, 'Array question', [[5502, 'yes'], [5503, 'no']])] });
      expect($$(el, 'input')).to.have.length(2);
      expect(text(el)).to.contain('Array question');
    });

    it('10,000-character texts, with and without spaces: shown in full, the layout holds', async () => {
      const word = 'W'.repeat(10_000);
      const prose = 'lorem ipsum '.repeat(834).slice(0, 10_000);
      const { el } = await expectShown({
        build: true,
        QUESTIONS: [{ QUESTION: word, ANSWERS: [{ MESSAGE: prose }, { MESSAGE: word }, { MESSAGE: 'short' }] }],
      });
      expect(el.poll!.questions[0]!.text).to.have.length(10_000);
      expect(text(el)).to.contain(word);
    });

    it('100 answers: all shown, the layout holds', async () => {
      const answers = Array.from({ length: 100 }, (_, i) => ({ MESSAGE: `Answer number ${i + 1}` }));
      const { el } = await expectShown({ build: true, QUESTIONS: [{ QUESTION: 'Pick some', FIELD_TYPE: 1, ANSWERS: answers }] });
      expect($$(el, 'input[type="checkbox"]')).to.have.length(100);
      expect(text(el)).to.contain('Answer number 100');
    });

    it('right-to-left and emoji text: shown exactly, the layout holds', async () => {
      const question = 'ما هو أفضل يوم للاجتماع؟ 🗓️';
      const answers = ['יום ראשון', 'الأربعاء 👍🏽', '👨‍👩‍👧‍👦 family day', 'mixed עברית and English 🇺🇦'];
      const { el } = await expectShown({ build: true, QUESTIONS: [{ QUESTION: question, ANSWERS: answers.map((MESSAGE) => ({ MESSAGE })) }] });
      expect(text(el)).to.contain(question);
      for (const answer of answers) expect(text(el)).to.contain(answer);
    });

    it('html-type text with scripts and event handlers: shown as text, nothing executes', async () => {
      const payloads = [
        '<img src=x onerror="window.__pwned=1">',
        '<script>window.__pwned=2</script>',
        '<svg onload="window.__pwned=3"></svg>',
        '<a href="javascript:window.__pwned=4">click</a>',
        '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
        '<style>*{display:none!important}</style>',
      ];
      const { el } = await expectShown({
        build: true,
        QUESTIONS: [
          { QUESTION: `<b>Bold?</b> ${payloads[0]}${payloads[1]}`, QUESTION_TYPE: 'html', ANSWERS: payloads.map((MESSAGE) => ({ MESSAGE, MESSAGE_TYPE: 'html' })) },
        ],
        attach: { resultUrl: 'javascript:window.__pwned=6', downloadUrl: 'data:text/html,<script>parent.__pwned=7</script>' },
      });
      await new Promise((r) => setTimeout(r, 300));
      const shadow = el.shadowRoot!;
      expect(shadow.querySelectorAll('script, iframe, svg, b, style:not([data-lit]), a[href^="javascript:"], a[href^="data:"]').length).to.equal(0);
      expect(shadow.querySelectorAll('img:not([part~="image"])').length).to.equal(0);
      for (const node of shadow.querySelectorAll('*')) {
        for (const attr of node.getAttributeNames()) expect(attr, `no event handler on <${node.localName}>`).not.to.match(/^on/);
      }
      // html-type text is read for its words; markup with no words is shown as written, inert.
      expect(text(el)).to.contain('Bold?').and.not.to.contain('<b>');
      const labels = [...shadow.querySelectorAll('.answer-text')].map((a) => a.textContent!.trim());
      expect(labels).to.deep.equal(payloads.map((p) => (p.includes('>click<') ? 'click' : p)));
      expect(window.__pwned).to.equal(undefined);
      // Answering such a poll works like any other.
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
      input.click();
      expect(await el.vote()).to.equal(true);
      await el.updateComplete;
      expect(window.__pwned).to.equal(undefined);
      expect(text(el)).to.contain(payloads[0]!);
    });

    it('an image whose SRC is a javascript: URL is left out', async () => {
      const question = row(5601, 'With image', [[5602, 'a'], [5603, 'b']], { IMAGE: { SRC: 'javascript:window.__pwned=8' } });
      const { el } = await expectShown({ QUESTIONS: { 5601: question } });
      expect($$(el, 'img')).to.have.length(0);
    });
  });
});
