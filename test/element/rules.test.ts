// What the element shows and to whom (the server's read rule, anonymity, per-question counts), and languages
// whose tags Intl refuses.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { $$, renderPoll, resetPortal, text, webhook } from './support.js';

/** Creates a poll on the emulator (see portal/README.md, POST /__portal/polls). */
async function createPoll(body: Record<string, unknown>): Promise<number> {
  const response = await fetch('/__portal/polls', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ build: true, authorId: 1, ...body }) });
  expect(response.status).to.equal(200);
  return ((await response.json()) as { attachId: number }).attachId;
}

async function rest(userId: number, method: string, params: Record<string, unknown>): Promise<void> {
  const response = await fetch(`/rest/${userId}/demo/vote.AttachedVote.${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(params) });
  expect(response.status, method).to.equal(200);
}

const percents = (el: B24AttachedVote) => $$(el, '[part~="percent"]').map((p) => p.textContent!.trim());

describe('<b24-attached-vote> who sees the numbers', () => {
  beforeEach(resetPortal);

  it('hide-results: a finished poll still shows others no numbers, and says so; the author sees them', async () => {
    await rest(1, 'stop', { attachId: 7 });
    const el = await renderPoll({ 'attach-id': '7' }, 10);
    expect(el.poll!.isFinished).to.equal(true);
    expect(percents(el)).to.have.length(0);
    expect($$(el, '[part~="bar"]')).to.have.length(0);
    expect(text(el)).to.contain('Only the poll’s author can see the results.');
    expect(text(el)).not.to.match(/people voted|person voted|No votes yet/);
    await expect(el).to.be.accessible();
    const author = await renderPoll({ 'attach-id': '7' }, 1);
    expect(percents(author).length).to.be.greaterThan(0);
    expect(text(author)).not.to.contain('Only the poll’s author');
  });

  it('hide-results: says so before voting too', async () => {
    const el = await renderPoll({ 'attach-id': '7' }, 10);
    expect(el.poll!.canVote).to.equal(true);
    expect(text(el)).to.contain('Only the poll’s author can see the results.');
  });

  it('an open poll: numbers only after voting for a user who can still vote', async () => {
    const el = await renderPoll({ 'attach-id': '1' }, 10);
    expect(el.poll!.canVote).to.equal(true);
    expect(percents(el)).to.have.length(0);
    expect(text(el)).not.to.match(/people voted|person voted/);
    await el.vote({ [el.poll!.questions[0].id]: [el.poll!.questions[0].answers[0].id] });
    await waitUntil(() => percents(el).length > 0, 'numbers after voting');
  });
});

describe('<b24-attached-vote> anonymity', () => {
  beforeEach(resetPortal);

  for (const [anonymity, lists] of [[0, true], [1, true], [2, false]] as const) {
    it(`ANONYMITY ${anonymity}: ${lists ? 'a public poll with voter lists' : 'an anonymous poll without voter lists'}`, async () => {
      const attachId = await createPoll({ ANONYMITY: anonymity, QUESTIONS: [{ QUESTION: 'Who?', ANSWERS: [{ MESSAGE: 'A' }, { MESSAGE: 'B' }] }] });
      const probe = await renderPoll({ 'attach-id': String(attachId) }, 1);
      const [q] = probe.poll!.questions;
      await rest(2, 'vote', { attachId, ballot: { [q.id]: [q.answers[0].id] } });
      await rest(3, 'vote', { attachId, ballot: { [q.id]: [q.answers[1].id] } });
      await rest(1, 'stop', { attachId });
      const el = await renderPoll({ 'attach-id': String(attachId) }, 10);
      expect([el.poll!.anonymous, el.poll!.public]).to.deep.equal([!lists, lists]);
      expect(text(el)).to.contain(lists ? 'Public poll' : 'Anonymous poll');
      expect($$(el, '[part~="voters-button"]')).to.have.length(lists ? 2 : 0);
    });
  }
});

describe('<b24-attached-vote> per-question "N voted"', () => {
  beforeEach(resetPortal);

  it('shows each question’s own count on a poll with several questions, once numbers show', async () => {
    await rest(1, 'stop', { attachId: 3 });
    const el = await renderPoll({ 'module-id': 'blog', 'entity-id': '201' }, 10);
    const questions = el.poll!.questions;
    expect(questions.length).to.be.greaterThan(1);
    const shown = $$(el, '[part~="question-voters"]').map((p) => p.textContent!.trim());
    expect(shown).to.deep.equal(questions.map((q) => `${q.voters} voted`));
    // The seed gives the questions different counts, so a total in place of each count would fail.
    expect(new Set(shown).size).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('shows none on a single-question poll, nor where numbers are hidden', async () => {
    const single = await renderPoll({ 'attach-id': '4' }, 10);
    expect(percents(single).length).to.be.greaterThan(0);
    expect($$(single, '[part~="question-voters"]')).to.have.length(0);
    await rest(1, 'stop', { attachId: 7 });
    const hidden = await renderPoll({ 'attach-id': '7' }, 10);
    expect($$(hidden, '[part~="question-voters"]')).to.have.length(0);
  });
});

describe('<b24-attached-vote> language tags Intl refuses', () => {
  beforeEach(resetPortal);
  let saved: string;
  beforeEach(() => {
    saved = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = saved;
  });

  async function votedPoll(attrs: Record<string, string>): Promise<B24AttachedVote> {
    await rest(10, 'vote', { attachId: 1, ballot: { '21': ['42'] } });
    const el = await renderPoll({ 'attach-id': '1', ...attrs }, 10);
    expect(el.poll!.isVoted).to.equal(true);
    return el;
  }

  it('lang="en_US": read as en-US, the results render', async () => {
    const el = await votedPoll({ lang: 'en_US' });
    expect(el.status).to.equal('ready');
    expect($$(el, '[part="skeleton"]')).to.have.length(0);
    expect(percents(el)).to.have.length(el.poll!.questions[0].answers.length);
    for (const p of percents(el)) expect(p).to.match(/^\d+%$/);
    expect(text(el)).to.contain('Change vote');
  });

  it('lang="!!": English, the results render', async () => {
    const el = await votedPoll({ lang: '!!' });
    expect(el.status).to.equal('ready');
    expect(percents(el)).to.have.length(el.poll!.questions[0].answers.length);
    expect(text(el)).to.contain('people voted');
  });

  it('<html lang="!!"> and <html lang="de_DE">: the page’s own tag is made safe too', async () => {
    document.documentElement.lang = '!!';
    const el = await votedPoll({});
    expect(percents(el)).to.have.length(el.poll!.questions[0].answers.length);
    expect(text(el)).to.contain('Change vote');
    document.documentElement.lang = 'de_DE';
    const de = await fixture<B24AttachedVote>(html`<b24-attached-vote attach-id="1" webhook-url=${webhook(10)}></b24-attached-vote>`);
    await waitUntil(() => text(de).includes('Stimme ändern'), 'German loaded');
    expect(percents(de).length).to.be.greaterThan(0);
    for (const p of percents(de)) expect(p).to.match(/^\d+\s%$/);
  });
});
