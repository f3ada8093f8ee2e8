import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { $, $$, addFaults, renderPoll, requests, resetPortal, text, webhook } from './support.js';

describe('<b24-attached-vote> states', () => {
  beforeEach(resetPortal);

  it('shows a skeleton while loading, then the poll as a form with native radios', async () => {
    await addFaults({ kind: 'latency', ms: 400, method: 'vote.AttachedVote.getWithVoted' });
    const el = await fixture<B24AttachedVote>(html`<b24-attached-vote attach-id="1" webhook-url=${webhook()}></b24-attached-vote>`);
    const loading = oneEvent(el, 'vote-load');
    expect(el.status).to.equal('loading');
    expect($(el, '[part="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    const loaded = await loading;
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(loaded.detail.attach.ID).to.equal(1);
    const fieldset = $(el, 'fieldset');
    expect(fieldset.querySelector('legend')!.textContent).to.contain(el.poll!.questions[0].text);
    const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios.map((r) => r.value)).to.deep.equal(el.poll!.questions[0].answers.map((a) => a.id));
    expect($<HTMLButtonElement>(el, '[part~="vote-button"]').disabled).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('renders checkboxes for a multiple-choice poll and marks required questions', async () => {
    const multi = await renderPoll({ 'module-id': 'IM', 'entity-id': '102' });
    expect($$(multi, 'input[type="checkbox"]').length).to.equal(multi.poll!.questions[0].answers.length);
    await expect(multi).to.be.accessible();
    const feed = await renderPoll({ 'module-id': 'blog', 'entity-id': '201' });
    expect($$(feed, 'fieldset').length).to.equal(feed.poll!.questions.length);
    const required = feed.poll!.questions.find((q) => q.required)!;
    expect($(feed, `[data-question="${required.id}"] legend`).textContent).to.contain('*');
    await expect(feed).to.be.accessible();
  });

  it('loads by signed attach ID', async () => {
    const first = await renderPoll({ 'attach-id': '2' });
    const signed = first.poll!.signedAttachId;
    const el = await renderPoll({ 'signed-attach-id': signed });
    expect(el.poll!.id).to.equal('2');
    const gets = await requests('vote.attachedvote.getwithvoted');
    expect(gets.at(-1)!.params).to.deep.include({ signedAttachId: signed });
  });

  it('shows results without controls for a finished poll', async () => {
    const el = await renderPoll({ 'attach-id': '4' });
    expect(el.poll!.isFinished).to.be.true;
    expect($$(el, 'input').length).to.equal(0);
    expect(text(el)).to.contain('Poll closed');
    expect($$(el, '[part~="percent"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows equal single-choice percents for equal counts (1/1/1 is 33/33/33, never 34/33/33)', async () => {
    const created = await fetch('/__portal/polls', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ build: true, authorId: 1, QUESTIONS: [{ QUESTION: 'Split three ways?', ANSWERS: [{ MESSAGE: 'A' }, { MESSAGE: 'B' }, { MESSAGE: 'C' }] }] }),
    }).then((r) => r.json() as Promise<{ attachId: number }>);
    const probe = await renderPoll({ 'attach-id': String(created.attachId) }, 1);
    const [q] = probe.poll!.questions;
    for (const [i, user] of [2, 3, 4].entries()) {
      const response = await fetch(`/rest/${user}/demo/vote.AttachedVote.vote`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ attachId: created.attachId, ballot: { [q.id]: [q.answers[i].id] } }),
      });
      expect(response.status).to.equal(200);
    }
    await fetch('/rest/1/demo/vote.AttachedVote.stop', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ attachId: created.attachId }) });
    const el = await renderPoll({ 'attach-id': String(created.attachId) }, 5);
    const shown = $$(el, `[data-question="${q.id}"] [part~="percent"]`).map((p) => p.textContent!.trim());
    expect(shown).to.deep.equal(['33%', '33%', '33%']);
  });

  it('explains why a user without access cannot see the poll', async () => {
    const el = await renderPoll({ 'attach-id': '8' }, 2);
    expect(el.status).to.equal('error');
    expect($(el, '[part="error"]').getAttribute('role')).to.equal('alert');
    expect(text(el)).to.contain('You do not have access to this poll.');
    await expect(el).to.be.accessible();
  });

  it('says a missing poll was not found, and fires vote-error', async () => {
    const el = await fixture<B24AttachedVote>(html`<b24-attached-vote></b24-attached-vote>`);
    const error = oneEvent(el, 'vote-error');
    el.webhookUrl = webhook();
    el.attachId = 999;
    const { detail } = await error;
    await el.updateComplete;
    expect(detail).to.include({ action: 'load', code: 'ATTACH_NOT_FOUND' });
    expect(text(el)).to.contain('This poll was not found.');
  });

  for (const [attrs, attribute] of [
    [{ 'attach-id': 'abc' }, 'attach-id'],
    [{ 'attach-id': '-4' }, 'attach-id'],
  ] as const) {
    it(`rejects ${JSON.stringify(attrs)} with INVALID_CONFIG naming ${attribute}, without a request`, async () => {
      const el = document.createElement('b24-attached-vote');
      el.setAttribute('webhook-url', webhook());
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      const error = oneEvent(el, 'vote-error');
      await fixture(el);
      const { detail } = await error;
      expect(detail.code).to.equal('INVALID_CONFIG');
      expect(detail.description).to.contain(attribute);
      await el.updateComplete;
      expect(text(el)).to.contain('This poll is not set up correctly');
      expect(await requests()).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  it('reports NO_TRANSPORT when there is no way to reach Bitrix24', async () => {
    const el = await fixture<B24AttachedVote>(html`<b24-attached-vote></b24-attached-vote>`);
    const error = oneEvent(el, 'vote-error');
    el.attachId = 1;
    const { detail } = await error;
    expect(detail).to.include({ action: 'load', code: 'NO_TRANSPORT' });
    await el.updateComplete;
    expect(text(el)).to.contain('no connection is configured');
  });

  it('loads the new poll when the attribute changes mid-request and shows only the newest answer', async () => {
    await addFaults({ kind: 'latency', ms: 500, method: 'vote.AttachedVote.getWithVoted', times: 1 });
    const el = await fixture<B24AttachedVote>(html`<b24-attached-vote attach-id="1" webhook-url=${webhook()}></b24-attached-vote>`);
    const loads: string[] = [];
    el.addEventListener('vote-load', (e) => loads.push(String(e.detail.attach.ID)));
    await waitUntil(async () => (await requests('vote.attachedvote.getwithvoted')).length === 1, 'the first load is on the wire');
    el.setAttribute('attach-id', '2');
    await waitUntil(() => el.poll?.id === '2', 'the new poll shows');
    // The slow answer for poll 1 arrives after the switch; it must never reach the screen or the host.
    await waitUntil(async () => (await requests('vote.attachedvote.getwithvoted')).every((r) => r.status !== null), 'both answers are in');
    await el.updateComplete;
    expect(loads).to.deep.equal(['2']);
    expect(el.poll!.id).to.equal('2');
  });

  it('renders html-type text as inert text', async () => {
    const el = await renderPoll({ 'module-id': 'blog', 'entity-id': '201' });
    const htmlQuestion = el.poll!.questions.find((q) => q.html || q.answers.some((a) => a.html))!;
    expect(htmlQuestion, 'seed has an html-type question').to.exist;
    expect($$(el, 'img:not([part~="image"])').length, 'no image from text').to.equal(0);
    expect($$(el, 'b, script, iframe').length).to.equal(0);
    // Markup is read as text: tags and script bodies never reach the screen, the words do.
    const raw = htmlQuestion.html ? htmlQuestion.text : htmlQuestion.answers.find((a) => a.html)!.text;
    expect(raw).to.match(/<[a-z]/i);
    expect(text(el)).not.to.match(/<\/?(b|i|img|script)\b/i);
    expect(text(el)).not.to.contain('alert(');
    const words = new DOMParser().parseFromString(raw, 'text/html').body.textContent!.trim().split(/\s+/)[0];
    expect(text(el)).to.contain(words);
  });
});

describe('<b24-attached-vote> view only', () => {
  beforeEach(resetPortal);

  it('shows the results of an open poll, and why voting is unavailable, to a reader who may not vote', async () => {
    const created = await fetch('/__portal/polls', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        build: true,
        active: false,
        QUESTIONS: [{ QUESTION: 'Not open yet?', ANSWERS: [{ MESSAGE: 'Yes' }, { MESSAGE: 'No' }] }],
      }),
    }).then((r) => r.json() as Promise<{ attachId: number }>);
    const el = await renderPoll({ 'attach-id': String(created.attachId) }, 3);
    expect(el.poll!.canVote).to.be.false;
    expect($$(el, 'input')).to.have.length(0);
    // The server's canReadResult: only a user who can still vote waits for their own vote to see numbers.
    expect($$(el, '[part~="percent"]'), 'a reader sees the numbers').to.have.length(2);
    expect(text(el)).to.contain('Yes');
    expect(text(el)).to.contain('You cannot vote in this poll.');
    await expect(el).to.be.accessible();
  });
});
