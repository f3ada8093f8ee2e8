// The demo page itself: its markup and script, run against the emulator on the test server's origin.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import type { B24VoteComposer } from '../../src/composer.js';
import { resetPortal } from '../element/support.js';

describe('demo page', () => {
  before(async () => {
    await resetPortal();
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    page.querySelectorAll('script').forEach((s) => s.remove());
    document.body.replaceChildren(...[...page.body.childNodes].map((n) => document.importNode(n, true)));
    await import('../../demo/demo.js');
  });

  it('shows a gallery of polls that load from the embedded portal', async () => {
    const polls = [...document.querySelectorAll<B24AttachedVote>('b24-attached-vote')];
    expect(polls.length).to.be.greaterThanOrEqual(8);
    await waitUntil(() => polls.every((p) => p.status === 'ready' || p.status === 'error'), 'all polls settled', { timeout: 8000 });
    expect(polls.filter((p) => p.status === 'ready').length).to.be.greaterThanOrEqual(7);
  });

  it('votes through the demo and logs the events the host receives', async () => {
    const first = document.querySelector<B24AttachedVote>('b24-attached-vote')!;
    const [q] = first.poll!.questions;
    const success = oneEvent(first, 'vote-success');
    first.shadowRoot!.querySelectorAll<HTMLLabelElement>('label.answer')[0].click();
    await first.updateComplete;
    first.shadowRoot!.querySelector<HTMLButtonElement>('[part~="vote-button"]')!.click();
    expect((await success).detail.ballot).to.deep.equal({ [q.id]: [q.answers[0].id] });
    await waitUntil(() => document.querySelector('#log')!.textContent!.includes('vote-success'), 'event logged');
  });

  it('switches the user', async () => {
    const select = document.querySelector<HTMLSelectElement>('#user')!;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    const first = document.querySelector<B24AttachedVote>('b24-attached-vote')!;
    expect(first.getAttribute('webhook-url')).to.equal(`${location.origin}/rest/1/demo/`);
    await oneEvent(first, 'vote-load');
    expect(first.poll!.canEdit).to.be.true;
  });

  it('switches the theme and the language', async () => {
    const theme = document.querySelector<HTMLSelectElement>('#theme')!;
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change'));
    const polls = [...document.querySelectorAll<B24AttachedVote>('b24-attached-vote')];
    expect(polls.every((p) => p.getAttribute('theme') === 'dark')).to.be.true;
    expect(document.documentElement.dataset.theme).to.equal('dark');
    const lang = document.querySelector<HTMLSelectElement>('#lang')!;
    lang.value = 'ru';
    lang.dispatchEvent(new Event('change'));
    expect(document.documentElement.lang).to.equal('ru');
    await waitUntil(() => polls[0].shadowRoot!.textContent!.includes('Проголосовать') || polls[0].shadowRoot!.textContent!.includes('голос'), 'Russian');
    document.documentElement.lang = 'en';
  });

  it('shows voters\' avatars to a user who voted, and none on the hide-voters and anonymous cards', async () => {
    const select = document.querySelector<HTMLSelectElement>('#user')!;
    select.value = '2';
    select.dispatchEvent(new Event('change'));
    const polls = [...document.querySelectorAll<B24AttachedVote>('b24-attached-vote')];
    await waitUntil(() => polls.every((p) => p.status === 'ready' || p.status === 'error'), 'all polls settled', { timeout: 8000 });
    const card = (title: string) => [...document.querySelectorAll('.card')].find((c) => c.querySelector('h2')!.textContent === title)!
      .querySelector<B24AttachedVote>('b24-attached-vote')!;
    const faces = (el: B24AttachedVote) => el.shadowRoot!.querySelectorAll('[part~="face"]').length;
    expect(faces(card('Chat poll, single choice'))).to.be.greaterThan(0);
    expect(faces(card('Chat poll, multiple choice'))).to.be.greaterThan(0);
    expect(card('Who voted hidden').hasAttribute('hide-voters')).to.be.true;
    expect(faces(card('Who voted hidden'))).to.equal(0);
    expect(faces(card('Anonymous poll'))).to.equal(0);
  });

  it('creates a poll with the composer, then another user votes in it', async () => {
    sessionStorage.clear();
    const select = document.querySelector<HTMLSelectElement>('#user')!;
    select.value = '10';
    select.dispatchEvent(new Event('change'));
    const composer = document.querySelector<B24VoteComposer>('#compose b24-vote-composer')!;
    expect(composer.getAttribute('chat-id')).to.equal('7');
    await composer.updateComplete;
    const type = async (input: HTMLInputElement, text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await composer.updateComplete;
    };
    const fields = () => [...composer.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="answer-input"]')];
    await type(composer.shadowRoot!.querySelector<HTMLInputElement>('#question')!, 'Demo poll?');
    await type(fields()[0]!, 'Yes');
    await type(fields()[1]!, 'No');
    const posted = oneEvent(composer, 'compose-success');
    composer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-button"]')!.click();
    const { detail } = await posted;
    await waitUntil(() => document.querySelector('#log')!.textContent!.includes('compose-success'), 'event logged');
    select.value = '11';
    select.dispatchEvent(new Event('change'));
    const card = [...document.querySelectorAll('.card')].find((c) => c.querySelector('h2')!.textContent === 'Your new poll')!;
    const poll = card.querySelector<B24AttachedVote>('b24-attached-vote')!;
    expect(poll.getAttribute('entity-id')).to.equal(String(detail.messageId));
    expect(poll.getAttribute('webhook-url')).to.equal(`${location.origin}/rest/11/demo/`);
    await waitUntil(() => poll.status === 'ready', 'the new poll loaded');
    const [q] = poll.poll!.questions;
    expect(await poll.vote({ [q!.id]: [q!.answers[1]!.id] })).to.be.true;
    expect(poll.poll!.questions[0]!.answers[1]!.votes).to.equal(1);
  });
});
