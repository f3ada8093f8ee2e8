import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24VoteComposer, ComposeErrorDetail } from '../../src/composer.js';
import type { B24AttachedVote } from '../../src/element.js';
import {
  $, addFaults, answerTexts, clearDrafts, renderComposer, requests, resetPortal, settledCompose, webhook, writePoll,
} from './support.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SEND = 'vote.Integration.Im.send';

interface PortalState {
  polls: Array<{ attachId: number; voteId: number; entityId: number; anonymity: number; options: number }>;
  orphanVotes: Array<{ voteId: number }>;
}

async function portalState(): Promise<PortalState> {
  return (await fetch('/__portal/state')).json() as Promise<PortalState>;
}

function templateIds(sent: Array<{ params: Record<string, unknown> }>): unknown[] {
  return sent.map((r) => r.params.templateId);
}

/** Posts a ready poll and waits for the outcome. */
async function post(el: B24VoteComposer): Promise<boolean> {
  const result = el.submit();
  await settledCompose(el);
  return result;
}

function shownText(el: B24VoteComposer): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

describe('<b24-vote-composer> sending', () => {
  beforeEach(async () => {
    clearDrafts();
    await resetPortal();
  });

  it('posts one poll, fires its events, then shows it with <b24-attached-vote> from one read and offers another', async () => {
    const el = await renderComposer({ 'chat-id': '7' }, 2);
    await writePoll(el, 'Team lunch?', ['Pizza', '', 'Sushi']);
    $<HTMLInputElement>(el, 'input[name="multiple"]').click();
    $<HTMLInputElement>(el, 'input[name="anonymous"]').click();
    await el.updateComplete;
    const submitted = oneEvent(el, 'compose-submit');
    const succeeded = oneEvent(el, 'compose-success');
    const posting = el.submit();
    const submit = await submitted;
    expect(submit.cancelable).to.be.true;
    expect(submit.detail.chatId).to.equal(7);
    expect(Object.isFrozen(submit.detail.data)).to.be.true;
    const success = await succeeded;
    expect(await posting).to.be.true;
    const [sent] = await requests(SEND);
    expect(sent!.params.chatId).to.equal('7');
    expect(sent!.params.templateId).to.match(UUID_V4);
    expect(sent!.params.IM_MESSAGE_VOTE_DATA).to.deep.equal({
      QUESTIONS: [{ QUESTION: 'Team lunch?', FIELD_TYPE: '1', ANSWERS: [{ MESSAGE: 'Pizza' }, { MESSAGE: 'Sushi' }] }],
      ANONYMITY: '2',
      OPTIONS: '1',
    });
    const { polls } = await portalState();
    const made = polls.find((p) => p.entityId === success.detail.messageId)!;
    expect(success.detail).to.deep.equal({ chatId: 7, messageId: made.entityId, voteId: made.voteId });
    expect([made.anonymity, made.options]).to.deep.equal([2, 1]);
    await el.updateComplete;
    const voter = $<B24AttachedVote>(el, 'b24-attached-vote');
    expect(voter.getAttribute('entity-id')).to.equal(String(success.detail.messageId));
    expect(voter.getAttribute('module-id')).to.equal('im');
    await waitUntil(() => voter.status === 'ready', 'the posted poll did not load');
    const reads = (await requests()).filter((r) => r.method.startsWith('vote.attachedvote.get'));
    expect(reads).to.have.length(1);
    expect(voter.poll!.questions[0]!.answers.map((a) => a.text)).to.deep.equal(['Pizza', 'Sushi']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('posted-note');
    $<HTMLButtonElement>(el, '[part~="another-button"]').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#question').value).to.equal('');
    expect(answerTexts(el)).to.deep.equal(['', '']);
    await writePoll(el, 'Again?', ['Yes', 'No']);
    await post(el);
    const both = await requests(SEND);
    expect(both).to.have.length(2);
    expect(both[1]!.params.templateId).to.match(UUID_V4).and.not.equal(both[0]!.params.templateId);
  });

  it('posts nothing when compose-submit is cancelled, and keeps the draft', async () => {
    const el = await renderComposer();
    await writePoll(el, 'Cancel me?', ['Yes', 'No']);
    el.addEventListener('compose-submit', (e) => e.preventDefault(), { once: true });
    expect(await el.submit()).to.be.false;
    expect(await requests(SEND)).to.have.length(0);
    expect($<HTMLInputElement>(el, '#question').value).to.equal('Cancel me?');
  });

  it('sends a lost answer once more with the same templateId: one message, the vote ID read from the poll', async () => {
    await addFaults({ kind: 'drop-after', method: SEND, times: 1 });
    const el = await renderComposer({ 'chat-id': '7' }, 3);
    await writePoll(el, 'Lost?', ['Yes', 'No']);
    const succeeded = oneEvent(el, 'compose-success');
    expect(await el.submit()).to.be.true;
    const { detail } = await succeeded;
    const sent = await requests(SEND);
    expect(sent).to.have.length(2);
    expect(templateIds(sent)[0]).to.match(UUID_V4).and.equal(templateIds(sent)[1]);
    const state = await portalState();
    const made = state.polls.filter((p) => p.entityId === detail.messageId);
    expect(made).to.have.length(1);
    expect(detail.voteId).to.equal(made[0]!.voteId);
    // The repeat's own answer named an orphan vote; the event names the poll's.
    expect(state.orphanVotes.map((o) => o.voteId)).to.not.include(detail.voteId);
    expect(state.orphanVotes).to.have.length(1);
    expect((await requests('vote.AttachedVote.get'))[0]!.params.entityId).to.equal(String(detail.messageId));
  });

  it('waits and sends again when the portal says "message failed" while the first call still runs', async function () {
    this.timeout(20000);
    await addFaults({ kind: 'latency', method: SEND, ms: 1200, times: 1 }, { kind: 'drop-early', method: SEND, times: 1 });
    const el = await renderComposer({ 'chat-id': '7' }, 4);
    await writePoll(el, 'Slow?', ['Yes', 'No']);
    const posting = el.submit();
    await waitUntil(() => shownText(el).includes('Bitrix24 is still posting the poll.'), 'no waiting note', { timeout: 5000 });
    expect(await posting).to.be.true;
    const sent = await requests(SEND);
    expect(sent.map((r) => r.status)).to.deep.equal([0, 400, 200]);
    expect(new Set(templateIds(sent)).size).to.equal(1);
    const state = await portalState();
    expect(state.polls.filter((p) => p.entityId > 1000)).to.have.length(1);
    expect(shownText(el)).to.not.include('failed');
  });

  it('says the poll may have been posted when a send cannot be settled, and posting again later uses the same key', async function () {
    this.timeout(20000);
    await addFaults({ kind: 'drop-after', method: SEND, times: 2 });
    const el = await renderComposer({ 'chat-id': '7' }, 5);
    await writePoll(el, 'Unsettled?', ['Yes', 'No']);
    const failed = oneEvent(el, 'compose-error');
    expect(await el.submit()).to.be.false;
    const { detail } = await failed as CustomEvent<ComposeErrorDetail>;
    expect(detail).to.deep.include({ code: 'NETWORK_ERROR', source: 'element', mayBePosted: true });
    await el.updateComplete;
    const box = $(el, '[part~="error"]');
    expect(box.textContent).to.include('The poll may have been posted. Look in the chat');
    expect(box.textContent).to.not.match(/fail/i);
    // A reload: the draft comes back with its key and knows an earlier send may have arrived.
    el.remove();
    const again = await renderComposer({ 'chat-id': '7' }, 5);
    expect(answerTexts(again)).to.deep.equal(['Yes', 'No']);
    const succeeded = oneEvent(again, 'compose-success');
    expect(await again.submit()).to.be.true;
    const posted = await succeeded;
    const sent = await requests(SEND);
    expect(sent).to.have.length(3);
    expect(new Set(templateIds(sent)).size).to.equal(1);
    const state = await portalState();
    const made = state.polls.filter((p) => p.entityId > 1000);
    expect(made).to.have.length(1);
    expect(posted.detail.voteId).to.equal(made[0]!.voteId);
  });

  it('resends once after a 502 page from a proxy (the call may have been processed)', async () => {
    await addFaults({ kind: 'html-502', method: SEND, times: 1 });
    const el = await renderComposer({ 'chat-id': '7' }, 6);
    await writePoll(el, 'Proxy?', ['Yes', 'No']);
    expect(await post(el)).to.be.true;
    expect((await requests(SEND)).map((r) => r.status)).to.deep.equal([502, 200]);
  });

  it('resolves dialog-id with im.dialog.get once; chat-id wins when both are set', async () => {
    const el = await renderComposer({ 'dialog-id': '3' }, 2);
    await writePoll(el, 'Private?', ['Yes', 'No']);
    expect(await post(el)).to.be.true;
    expect((await requests('im.dialog.get')).map((r) => r.params.DIALOG_ID)).to.deep.equal(['3']);
    expect((await requests(SEND))[0]!.params.chatId).to.equal('123');
    const both = await renderComposer({ 'dialog-id': 'chat9', 'chat-id': '7' }, 2);
    await writePoll(both, 'Both?', ['Yes', 'No']);
    expect(await post(both)).to.be.true;
    expect(await requests('im.dialog.get')).to.have.length(1);
    expect((await requests(SEND))[1]!.params.chatId).to.equal('7');
  });
});

describe('<b24-vote-composer> errors', () => {
  beforeEach(async () => {
    clearDrafts();
    await resetPortal();
  });

  async function failWith(attrs: Record<string, string>, userId = 2): Promise<{ el: B24VoteComposer; detail: ComposeErrorDetail; text: string }> {
    const el = await renderComposer(attrs, userId);
    await writePoll(el, 'Which way?', ['Left', 'Right']);
    const failed = oneEvent(el, 'compose-error');
    expect(await el.submit()).to.be.false;
    const { detail } = (await failed) as CustomEvent<ComposeErrorDetail>;
    await el.updateComplete;
    const text = $(el, '[part~="error"]').textContent!.trim();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="error"]'));
    // The user's poll is still there to fix or send again.
    expect(answerTexts(el)).to.deep.equal(['Left', 'Right']);
    return { el, detail, text };
  }

  const cases: Array<{ name: string; attrs: Record<string, string>; user?: number; faults?: Array<Record<string, unknown>>; code: string; text: string }> = [
    { name: 'no transport', attrs: { 'chat-id': '7', 'webhook-url': '' }, code: 'NO_TRANSPORT', text: 'This poll cannot connect to Bitrix24: no connection is configured.' },
    { name: 'no chat', attrs: {}, code: 'INVALID_CONFIG', text: 'This poll is not set up correctly: set chat-id or dialog-id' },
    { name: 'a chat-id that is no number', attrs: { 'chat-id': 'general' }, code: 'INVALID_CONFIG', text: 'This poll is not set up correctly: chat-id must be a positive integer' },
    { name: 'a chat the user is not in', attrs: { 'chat-id': '13' }, code: '0', text: 'Bitrix24 did not post the poll. Check that you may write in this chat, then try again.' },
    { name: 'a chat the user may not write in', attrs: { 'chat-id': '11' }, user: 3, code: '0', text: 'Bitrix24 did not post the poll. Check that you may write in this chat, then try again.' },
    { name: 'a dialog the user is not in', attrs: { 'dialog-id': 'chat13' }, code: 'ACCESS_ERROR', text: 'This chat was not found, or you are not a member of it.' },
    { name: 'no im scope for dialog-id', attrs: { 'dialog-id': 'chat7' }, faults: [{ kind: 'insufficient-scope', method: 'im.dialog.get' }], code: 'insufficient_scope', text: 'This integration cannot look up chats (the “im” scope is missing). Add the scope, or set chat-id instead of dialog-id.' },
    { name: 'no vote scope', attrs: { 'chat-id': '7' }, faults: [{ kind: 'insufficient-scope', method: SEND }], code: 'insufficient_scope', text: 'This integration is not allowed to use polls (the “vote” scope is missing).' },
    { name: 'an expired token', attrs: { 'chat-id': '7' }, faults: [{ kind: 'expired-token', method: SEND }], code: 'expired_token', text: 'Your Bitrix24 session has expired. Please sign in again.' },
    { name: 'a webhook the portal does not know', attrs: { 'chat-id': '7', 'webhook-url': `${location.origin}/rest/2/nope/` }, code: 'NO_AUTH_FOUND', text: 'Bitrix24 did not accept the credentials of this page.' },
    { name: 'a portal code nobody knows, with words of its own', attrs: { 'chat-id': '7', 'webhook-url': `${location.origin}/rest/2/hostile-SURVEY_BROKEN/` }, code: 'SURVEY_BROKEN', text: 'Something went wrong. Please try again.' },
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.code}, said in the composer's words`, async () => {
      if (c.faults) await addFaults(...c.faults);
      const { el, detail, text } = await failWith(c.attrs, c.user);
      expect(text).to.equal(c.text);
      expect(detail.code).to.equal(c.code);
      expect(detail.mayBePosted).to.be.false;
      expect(shownText(el)).to.not.include('Portal says');
      expect(shownText(el)).to.not.include('Insufficient rights');
      expect(JSON.stringify(detail)).to.not.include('/demo/');
    });
  }

  it('says it in the page language (de, pl, ru, uk)', async () => {
    const expected: Record<string, string> = {
      de: 'Dieser Chat wurde nicht gefunden, oder Sie sind kein Mitglied.',
      pl: 'Nie znaleziono tego czatu albo nie jesteś jego uczestnikiem.',
      ru: 'Этот чат не найден, или вы не его участник.',
      uk: 'Цей чат не знайдено, або ви не його учасник.',
    };
    for (const [lang, text] of Object.entries(expected)) {
      const el = await renderComposer({ 'dialog-id': 'chat13', lang }, 2);
      await waitUntil(() => !$(el, '#question').getAttribute('placeholder')!.startsWith('Ask'), `${lang} did not load`);
      await writePoll(el, 'Q', ['A', 'B']);
      await el.submit();
      await el.updateComplete;
      expect($(el, '[part~="error"]').textContent!.trim()).to.equal(text);
    }
  });

  it('never shows or emits the webhook code', async () => {
    const url = webhook(2).replace('/demo/', '/hostile-ACCESS_ERROR/');
    const { el, detail } = await failWith({ 'chat-id': '7', 'webhook-url': url });
    expect(shownText(el)).to.not.include('hostile');
    expect(JSON.stringify(detail)).to.not.include('hostile');
  });
});
