// Faces (issue 11, item 5): loads read getWithVoted with pageSize 3, public polls show up to three avatars per
// answer (initials where there is no image or it fails), hide-voters turns them off, a portal without
// getWithVoted gets get (remembered per transport), and a write costs exactly one more read for the faces.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { B24Error } from '../../src/transport/b24-error.js';
import { initialsOf } from '../../src/views/faces.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import type { B24Envelope, B24Transport } from '../../src/transport/types.js';
import { $, $$, button, renderPoll, requests, resetPortal, settled, webhook } from './support.js';

/** The faces of the answer with this ID (the `face` parts inside its `faces` part). */
function facesOf(el: B24AttachedVote, answerId: string): HTMLElement[] {
  return $$(el, `[data-answer="${answerId}"] [part~="faces"] [part~="face"]`);
}

/** An element on a given transport, loaded. */
async function withTransport(transport: B24Transport, attachId: number, attrs: Record<string, string> = {}): Promise<B24AttachedVote> {
  const el = await fixture<B24AttachedVote>(html`<b24-attached-vote></b24-attached-vote>`);
  const done = Promise.race([oneEvent(el, 'vote-load'), oneEvent(el, 'vote-error')]);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.transport = transport;
  el.attachId = attachId;
  await done;
  await el.updateComplete;
  return el;
}

/** The emulator over fetch, with each answer's envelope passed through `edit` first. */
function editing(userId: number, edit: (method: string, envelope: B24Envelope) => void): B24Transport {
  const inner = createFetchTransport({ webhookUrl: webhook(userId), rateLimit: false });
  return {
    origin: inner.origin,
    async call(method, params, options) {
      const envelope = await inner.call(method, params, options);
      edit(method, envelope);
      return envelope;
    },
  };
}

/**
 * A portal without `vote.AttachedVote.getWithVoted` (an older Bitrix24): the emulator over fetch, except that the
 * method answers 404 `ERROR_METHOD_NOT_FOUND`, alone or as a `batch` sub-call, as a real portal answers it.
 */
function withoutGetWithVoted(userId: number): B24Transport & { calls: string[] } {
  const inner = createFetchTransport({ webhookUrl: webhook(userId), rateLimit: false });
  const missing = { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' };
  const isMissing = (name: string) => name.toLowerCase() === 'vote.attachedvote.getwithvoted';
  const calls: string[] = [];
  return {
    calls,
    origin: inner.origin,
    async call(method, params, options) {
      // Every call as the element made it: `batch(a,b)` for a batch of sub-calls a and b.
      const subCalls = method === 'batch' ? Object.values(params.cmd as Record<string, string>).map((c) => c.split('?')[0]) : [];
      calls.push(method === 'batch' ? `batch(${subCalls.join(',')})` : method);
      if (isMissing(method)) throw new B24Error(missing.error, missing.error_description, 404, { source: 'portal' });
      if (method !== 'batch') return inner.call(method, params, options);
      const cmd = params.cmd as Record<string, string>;
      const kept = Object.fromEntries(Object.entries(cmd).filter(([, c]) => !isMissing(c.split('?')[0]!)));
      const refused = Object.keys(cmd).filter((k) => !(k in kept));
      const answer = Object.keys(kept).length
        ? ((await inner.call('batch', { ...params, cmd: kept }, options)).result as Record<string, unknown>)
        : { result: [], result_error: [] };
      const errors = { ...(answer.result_error as object), ...Object.fromEntries(refused.map((k) => [k, missing])) };
      return { result: { ...answer, result_error: errors } };
    },
  };
}

describe('faces', () => {
  beforeEach(resetPortal);

  it('loads with getWithVoted, pageSize 3', async () => {
    await renderPoll({ 'attach-id': '1' }, 2);
    const log = await requests();
    expect(log.map((r) => r.method)).to.deep.equal(['vote.attachedvote.getwithvoted']);
    expect(String(log[0]!.params.pageSize)).to.equal('3');
  });

  it('shows up to three sized, lazy, referrer-less avatars per answer, named by alt', async () => {
    // Poll 1: Sushi bar (42) has users 2, 3 and 6; the Vegan café (43) user 4; the Burger joint (44) nobody.
    const el = await renderPoll({ 'attach-id': '1' }, 2);
    const sushi = facesOf(el, '42') as HTMLImageElement[];
    expect(sushi.map((f) => f.tagName)).to.deep.equal(['IMG', 'IMG', 'IMG']);
    expect(sushi.map((f) => f.alt)).to.deep.equal(['Maria Ivanova', 'John Carter', 'Fatima Khan']);
    for (const img of sushi) {
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['24', '24']);
      expect(new URL(img.src).origin).to.equal(location.origin);
    }
    expect(facesOf(el, '43')).to.have.length(1);
    expect($$(el, '[data-answer="44"] [part~="faces"]')).to.have.length(0);
    expect($(el, '[data-answer="42"] [part~="faces"]').getAttribute('aria-label')).to.equal('Some of those who voted for Sushi bar');
    // The images really load (an emulator path that 404s would swap them for initials).
    await waitUntil(() => sushi.every((img) => img.complete && img.naturalWidth > 0), 'avatars load');
  });

  it('spells initials from the first and last words, whole characters, upper case', () => {
    expect(initialsOf('carlos garcía')).to.equal('CG');
    expect(initialsOf('  Ann  ')).to.equal('A');
    expect(initialsOf('maría del\u00a0carmen\tlópez ')).to.equal('ML');
    expect(initialsOf('😀smile 𝒜lpha')).to.equal('😀𝒜');
    expect(initialsOf(' \n\t')).to.equal('?');
    expect(initialsOf('')).to.equal('?');
  });

  it('shows initials on a colour when IMAGE is null', async () => {
    // Poll 2, Monday (45): users 2 and 7; user 7 (Carlos García) has no avatar.
    const el = await renderPoll({ 'attach-id': '2' }, 2);
    const faces = facesOf(el, '45');
    expect(faces).to.have.length(2);
    const carlos = faces[1]!;
    expect(carlos.tagName).to.equal('SPAN');
    expect(carlos.textContent!.trim()).to.equal('CG');
    expect(carlos.getAttribute('role')).to.equal('img');
    expect(carlos.getAttribute('aria-label')).to.equal('Carlos García');
    expect(getComputedStyle(carlos).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(carlos).width).to.equal('24px');
  });

  it('swaps an avatar that fails to load for initials', async () => {
    const transport = editing(2, (method, envelope) => {
      if (method !== 'vote.AttachedVote.getWithVoted') return;
      const voted = (envelope.result as { voted: Record<string, Array<{ ID: number; IMAGE: string | null }>> }).voted;
      for (const row of voted['42'] ?? []) if (row.ID === 3) row.IMAGE = '/upload/resize_cache/main/avatar/64_64_2/missing.png';
    });
    const el = await withTransport(transport, 1);
    expect(facesOf(el, '42')[1]!.tagName).to.equal('IMG');
    await waitUntil(() => facesOf(el, '42')[1]!.tagName === 'SPAN', 'the broken image gives way to initials');
    const john = facesOf(el, '42')[1]!;
    expect(john.textContent!.trim()).to.equal('JC');
    expect(john.getAttribute('aria-label')).to.equal('John Carter');
    expect(facesOf(el, '42').map((f) => f.tagName)).to.deep.equal(['IMG', 'SPAN', 'IMG']);
  });

  it('shows none with hide-voters, and hideVoters toggles them', async () => {
    const el = await renderPoll({ 'attach-id': '1', 'hide-voters': '' }, 2);
    expect(el.hideVoters).to.be.true;
    expect($$(el, '[part~="faces"]')).to.have.length(0);
    expect($$(el, '[part~="voters-button"]')).to.have.length(0);
    el.hideVoters = false;
    await el.updateComplete;
    expect(facesOf(el, '42')).to.have.length(3);
    expect($$(el, '[part~="voters-button"]').length).to.be.greaterThan(0);
  });

  it('shows none on an anonymous poll (ANONYMITY 2)', async () => {
    const el = await renderPoll({ 'attach-id': '5' }, 2);
    expect($$(el, '[part~="percent"]').length, 'numbers are shown').to.be.greaterThan(0);
    expect($$(el, '[part~="faces"]')).to.have.length(0);
  });

  it('shows none while numbers are hidden (hide-results, and before voting)', async () => {
    const hidden = await renderPoll({ 'attach-id': '7' }, 2);
    expect($$(hidden, '[part~="percent"]')).to.have.length(0);
    expect($$(hidden, '[part~="faces"], [part~="face"]')).to.have.length(0);
    const before = await renderPoll({ 'attach-id': '1' }, 10);
    expect($$(before, 'form input').length).to.be.greaterThan(0);
    expect($$(before, '[part~="faces"], [part~="face"]')).to.have.length(0);
  });

  it('shows avatars in the voter lists, with an empty alt beside the name', async () => {
    const el = await renderPoll({ 'attach-id': '2' }, 2);
    $<HTMLButtonElement>(el, '[data-answer="45"] [part~="voters-button"]').click();
    await waitUntil(() => $$(el, '[part~="voter"]').length === 2, 'the list loads');
    const [maria, carlos] = $$(el, '[part~="voter"]');
    const img = maria!.querySelector<HTMLImageElement>('img[part~="face"]')!;
    expect(img.alt).to.equal('');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['32', '32']);
    const initials = carlos!.querySelector('[part~="face"]')!;
    expect(initials.textContent!.trim()).to.equal('CG');
    expect(initials.getAttribute('aria-hidden')).to.equal('true');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is axe-clean with faces and initials, in the results and a voter list (${theme})`, async () => {
      const el = await renderPoll({ 'attach-id': '2', theme }, 2);
      expect($$(el, 'span[part~="face"]').length, 'initials present').to.be.greaterThan(0);
      expect($$(el, 'img[part~="face"]').length, 'images present').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[data-answer="45"] [part~="voters-button"]').click();
      await waitUntil(() => $$(el, '[part~="voter"]').length === 2, 'the list loads');
      await expect(el).to.be.accessible();
    });
  }

  it('falls back to get on ERROR_METHOD_NOT_FOUND and remembers it for the transport', async () => {
    const transport = withoutGetWithVoted(2);
    const first = await withTransport(transport, 1);
    expect(first.poll?.id).to.equal('1');
    expect($$(first, '[part~="percent"]').length).to.be.greaterThan(0);
    expect($$(first, '[part~="faces"]')).to.have.length(0);
    expect(transport.calls).to.deep.equal(['vote.AttachedVote.getWithVoted', 'vote.AttachedVote.get']);
    expect((await requests()).map((r) => r.method)).to.deep.equal(['vote.attachedvote.get']);
    // Remembered: the next loads on this transport, alone or batched, go straight to get.
    await withTransport(transport, 2);
    await Promise.all([withTransport(transport, 3), withTransport(transport, 4)]);
    expect(transport.calls.slice(2)).to.deep.equal([
      'vote.AttachedVote.get', 'batch(vote.AttachedVote.get,vote.AttachedVote.get)',
    ]);
    // Another transport asks for getWithVoted again: the memory is per transport.
    await renderPoll({ 'attach-id': '1' }, 2);
    expect((await requests()).at(-1)!.method).to.equal('vote.attachedvote.getwithvoted');
  });

  it('falls back inside a batch: the refused sub-calls are asked again with get', async () => {
    const transport = withoutGetWithVoted(2);
    const els = await Promise.all([withTransport(transport, 1), withTransport(transport, 2)]);
    expect(els.map((el) => el.poll?.id)).to.deep.equal(['1', '2']);
    expect(transport.calls).to.deep.equal([
      'batch(vote.AttachedVote.getWithVoted,vote.AttachedVote.getWithVoted)',
      'batch(vote.AttachedVote.get,vote.AttachedVote.get)',
    ]);
    await withTransport(transport, 3);
    expect(transport.calls.at(-1)).to.equal('vote.AttachedVote.get');
  });

  it('a missing poll is no reason to fall back', async () => {
    const transport = createFetchTransport({ webhookUrl: webhook(2), rateLimit: false });
    const missing = await withTransport(transport, 999);
    expect(missing.status).to.equal('error');
    await withTransport(transport, 1);
    expect((await requests()).map((r) => r.method)).to.deep.equal(Array(2).fill('vote.attachedvote.getwithvoted'));
  });

  it('after a write renders its attach at once, then reads the faces exactly once', async () => {
    const el = await renderPoll({ 'attach-id': '1' }, 2);
    const before = (await requests()).length;
    button(el, 'Change vote').click();
    await el.updateComplete;
    const events: string[] = [];
    for (const type of ['vote-success', 'vote-load', 'vote-error']) el.addEventListener(type, () => events.push(type));
    const loaded = oneEvent(el, 'vote-load');
    expect(await el.vote({ '21': ['44'] })).to.be.true;
    // At once: the write's own attach (it has no voters), the new count already on screen.
    expect(el.poll!.questions[0]!.answers.find((a) => a.id === '44')!.votes).to.equal(1);
    await loaded;
    await el.updateComplete;
    expect(facesOf(el, '44').map((f) => (f as HTMLImageElement).alt)).to.deep.equal(['Maria Ivanova']);
    expect(facesOf(el, '42')).to.have.length(2);
    await new Promise((r) => setTimeout(r, 300));
    const after = (await requests()).slice(before).map((r) => r.method);
    expect(after).to.deep.equal(['vote.attachedvote.vote', 'vote.attachedvote.getwithvoted']);
    expect(events).to.deep.equal(['vote-success', 'vote-load']);
  });

  it('the faces read after a write reports no failure of its own', async () => {
    const el = await renderPoll({ 'attach-id': '1' }, 2);
    button(el, 'Change vote').click();
    const errors: Event[] = [];
    el.addEventListener('vote-error', (e) => errors.push(e));
    await fetch('/__portal/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ faults: [{ kind: 'insufficient-scope', method: 'vote.AttachedVote.getWithVoted', times: 1 }] }),
    });
    expect(await el.vote({ '21': ['44'] })).to.be.true;
    await waitUntil(async () => (await requests('vote.attachedvote.getwithvoted')).length === 2, 'the faces read went out');
    await new Promise((r) => setTimeout(r, 200));
    await settled(el);
    expect(errors).to.have.length(0);
    expect(el.status).to.equal('ready');
    expect($$(el, '[part~="error"]')).to.have.length(0);
  });
});
