/**
 * Many polls on one page: 200 elements load with at most 4 HTTP requests (REST `batch`, 50 sub-calls each) and
 * each gets its own poll or its own error; a transport without batch support gets one call per poll; lazy polls
 * far down the page load only when scrolled near.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { B24AttachedVote } from '../../src/element.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import type { B24CallOptions, B24Transport } from '../../src/transport/types.js';
import { requests, resetPortal, webhook } from './support.js';

/** Creates `count` polls on the same-origin emulator, each with its own question; returns their attach IDs. */
async function createPolls(count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < count; start += 25) {
    const chunk = Array.from({ length: Math.min(25, count - start) }, (_, i) => start + i + 1);
    const created = await Promise.all(
      chunk.map(async (n) => {
        const response = await fetch('/__portal/polls', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ build: true, QUESTIONS: [{ QUESTION: `Question of poll #${n}`, ANSWERS: [{ MESSAGE: `yes #${n}` }, { MESSAGE: `no #${n}` }] }] }),
        });
        return ((await response.json()) as { attachId: number }).attachId;
      }),
    );
    ids.push(...created);
  }
  return ids;
}

interface Seen {
  el: B24AttachedVote;
  loads: number[];
  errors: Array<{ code: string; action: string }>;
}

function watch(el: B24AttachedVote): Seen {
  const seen: Seen = { el, loads: [], errors: [] };
  el.addEventListener('vote-load', (e) => seen.loads.push(Number(e.detail.attach.ID)));
  el.addEventListener('vote-error', (e) => seen.errors.push({ code: e.detail.code, action: e.detail.action }));
  return seen;
}

function text(el: B24AttachedVote): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/** A transport that says it cannot batch, around a real fetch transport; counts its calls. */
function noBatch(inner: B24Transport): B24Transport & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    origin: inner.origin,
    supportsBatch: false,
    call(method: string, params: Record<string, unknown>, options?: B24CallOptions) {
      calls.push(method);
      return inner.call(method, params, options);
    },
  };
}

describe('<b24-attached-vote> many polls on one page', () => {
  beforeEach(resetPortal);

  it('200 elements load with at most 4 HTTP requests, each with its own poll or its own error', async function () {
    this.timeout(30000);
    const valid = await createPolls(160);
    const missing = Array.from({ length: 30 }, (_, i) => 90001 + i);
    // Poll 8 is readable by user 1 only: ten elements of it share one sub-call and each gets the read denial.
    const denied = Array.from({ length: 10 }, () => 8);
    const ids = [...valid, ...missing, ...denied];
    expect(ids).to.have.length(200);
    // Mixed order, as a chat history would be.
    ids.sort((a, b) => ((a * 7919) % 200) - ((b * 7919) % 200));

    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const url = webhook(10);
    const seen = ids.map((id) => {
      const el = document.createElement('b24-attached-vote') as B24AttachedVote;
      el.setAttribute('webhook-url', url);
      el.setAttribute('attach-id', String(id));
      return watch(el);
    });
    page.append(...seen.map((s) => s.el));
    await waitUntil(() => seen.every((s) => s.loads.length + s.errors.length > 0), 'every element settled', { timeout: 20000, interval: 50 });
    await Promise.all(seen.map((s) => s.el.updateComplete));

    const log = await requests();
    expect(log.length, `HTTP requests (${log.map((r) => r.method).join(', ')})`).to.be.at.most(4);
    expect(log.every((r) => r.method === 'batch')).to.equal(true);
    expect(log.every((r) => (r.batch ?? []).length <= 50)).to.equal(true);

    for (const [i, s] of seen.entries()) {
      const id = ids[i]!;
      const where = `element #${i} (attach ${id})`;
      if (valid.includes(id)) {
        expect(s.errors, where).to.deep.equal([]);
        expect(s.loads, where).to.deep.equal([id]);
        expect(s.el.poll!.id, where).to.equal(String(id));
        const n = valid.indexOf(id) + 1;
        expect(text(s.el), where).to.contain(`Question of poll #${n}`);
        expect(text(s.el), where).to.contain(`yes #${n}`);
      } else if (id === 8) {
        expect(s.loads, where).to.deep.equal([]);
        expect(s.errors, where).to.deep.equal([{ code: '0', action: 'load' }]);
        expect(text(s.el), where).to.contain('You do not have access to this poll.');
      } else {
        expect(s.loads, where).to.deep.equal([]);
        expect(s.errors, where).to.deep.equal([{ code: 'ATTACH_NOT_FOUND', action: 'load' }]);
        expect(text(s.el), where).to.contain('This poll was not found.');
      }
    }
  });

  it('a transport with supportsBatch: false gets one call per poll (duplicates still share one)', async () => {
    const transport = noBatch(createFetchTransport({ webhookUrl: webhook(10), rateLimit: false }));
    const ids = [1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 90001];
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen = ids.map((id) => {
      const el = document.createElement('b24-attached-vote') as B24AttachedVote;
      el.transport = transport;
      el.setAttribute('attach-id', String(id));
      return watch(el);
    });
    page.append(...seen.map((s) => s.el));
    await waitUntil(() => seen.every((s) => s.loads.length + s.errors.length > 0), 'every element settled', { timeout: 8000 });
    expect(transport.calls.filter((m) => m === 'batch')).to.have.length(0);
    expect(transport.calls).to.have.length(8);
    const log = await requests();
    expect(log.map((r) => r.method)).to.deep.equal(Array(8).fill('vote.attachedvote.getwithvoted'));
    expect(log.map((r) => Number(r.params.attachId)).sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 90001]);
    seen.forEach((s, i) => {
      if (ids[i] === 90001) expect(s.errors.map((e) => e.code)).to.deep.equal(['ATTACH_NOT_FOUND']);
      else expect(s.loads).to.deep.equal([ids[i]]);
    });
  });

  it('loading="lazy": polls far below load only when scrolled near, and those near together share a request', async () => {
    const ids = await createPolls(12);
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const url = webhook(10);
    const seen = ids.map((id) => {
      const el = document.createElement('b24-attached-vote') as B24AttachedVote;
      el.setAttribute('webhook-url', url);
      el.setAttribute('attach-id', String(id));
      el.setAttribute('loading', 'lazy');
      el.style.display = 'block';
      el.style.minHeight = '150px';
      return watch(el);
    });
    // Far below the viewport, in three groups of four, each group 3000 px from the next.
    seen.forEach((s, i) => {
      if (i % 4 === 0) {
        const spacer = document.createElement('div');
        spacer.style.height = '3000px';
        page.append(spacer);
      }
      page.append(s.el);
    });
    await new Promise((r) => setTimeout(r, 400));
    expect(await requests(), 'nothing loads while far away').to.have.length(0);
    expect(seen.every((s) => s.el.poll === null)).to.equal(true);

    // Scroll to the second group: it loads, the others stay unloaded.
    seen[4]!.el.scrollIntoView({ block: 'start' });
    await waitUntil(() => seen.slice(4, 8).every((s) => s.loads.length === 1), 'the second group loaded', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.slice(0, 4).every((s) => s.loads.length === 0), 'the first group, now above, never came near').to.equal(true);
    expect(seen.slice(8).every((s) => s.loads.length === 0), 'the third group is still far below').to.equal(true);
    const afterSecond = await requests();
    expect(afterSecond.length, 'the group came in one batch').to.equal(1);
    expect(afterSecond[0]!.method).to.equal('batch');

    seen[11]!.el.scrollIntoView({ block: 'end' });
    await waitUntil(() => seen.slice(8).every((s) => s.loads.length === 1), 'the third group loaded', { timeout: 5000 });
    expect((await requests()).length).to.equal(2);
    window.scrollTo(0, 0);
  });
});
