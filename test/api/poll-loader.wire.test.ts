/// <reference types="mocha" />
// Coalesced loading over real HTTP against the portal emulator: what actually goes over the wire.
import { expect } from '@open-wc/testing';
import { loadPoll } from '../../src/api/poll-loader.js';
import { BLOG_CONNECTOR, IM_CONNECTOR } from '../../src/api/poll-ref.js';
import type { PollRef } from '../../src/api/types.js';
import type { PollResult } from '../../src/api/vote-api.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import type { B24Transport } from '../../src/transport/types.js';
import { portalTransport, resetPortal, restLog, setFaults, webhookUrl, type LoggedRequest } from './support/portal.js';

type Outcome = { ok: true; value: PollResult } | { ok: false; error: { code?: string; name?: string; description?: string; source?: string } };

async function settled(p: Promise<PollResult>): Promise<Outcome> {
  try {
    return { ok: true, value: await p };
  } catch (error) {
    return { ok: false, error: error as { code?: string } };
  }
}

/** The log entries after the first `from`. */
async function since(from: number): Promise<LoggedRequest[]> {
  return (await restLog()).slice(from);
}

async function signedIds(): Promise<string[]> {
  const t = portalTransport(1);
  const all = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((id) => loadPoll(t, { attachId: id })));
  return all.map((r) => r.poll.signedAttachId);
}

const ENTITIES: Array<[number, 'im' | 'blog', number]> = [
  [1, 'im', 101], [2, 'im', 102], [3, 'blog', 201], [4, 'im', 104], [5, 'im', 105], [6, 'im', 106], [7, 'im', 107], [8, 'im', 108],
];

describe('loadPoll over HTTP', () => {
  beforeEach(resetPortal);

  it('loads 200 polls with at most 4 requests, each caller with its own result or error', async () => {
    const signed = await signedIds();
    const refs: Array<{ ref: PollRef; expectId: string | null }> = [];
    for (const [attachId, moduleId, entityId] of ENTITIES) {
      refs.push({ ref: { attachId }, expectId: String(attachId) });
      refs.push({ ref: { moduleId, entityType: moduleId === 'im' ? IM_CONNECTOR : BLOG_CONNECTOR, entityId }, expectId: String(attachId) });
      refs.push({ ref: { signedAttachId: signed[attachId - 1]! }, expectId: String(attachId) });
    }
    // The rest: polls that do not exist (a deleted message, a wrong ID): each must fail alone.
    for (let n = 0; refs.length < 200; n++) {
      refs.push(n % 2 ? { ref: { attachId: 5000 + n }, expectId: null } : { ref: { moduleId: 'im', entityType: IM_CONNECTOR, entityId: 9000 + n }, expectId: null });
    }
    const from = (await restLog()).length;
    // The standard plan's client-side rate limit stays on here: 4 requests fit in its burst.
    const t = createFetchTransport({ webhookUrl: webhookUrl(1) });
    const outcomes = await Promise.all(refs.map(({ ref }) => settled(loadPoll(t, ref))));

    outcomes.forEach((o, i) => {
      const { expectId, ref } = refs[i]!;
      if (expectId) expect(o.ok && o.value.poll.id, JSON.stringify(ref)).to.equal(expectId);
      else expect(!o.ok && o.error.code, JSON.stringify(ref)).to.equal('ATTACH_NOT_FOUND');
    });
    const wire = await since(from);
    // 200 distinct refs: exactly 4 batches of 50 get sub-calls (the target is at most 4 requests).
    expect(wire.map((r) => [r.method.toLowerCase(), r.status])).to.deep.equal(Array(4).fill(['batch', 200]));
    for (const r of wire) expect(r.batch).to.deep.equal(Array(50).fill('vote.attachedvote.getwithvoted'));
  });

  it('sends one plain get for a lone poll and for duplicates of one ref', async () => {
    const t = portalTransport(1);
    const from = (await restLog()).length;
    const all = await Promise.all(Array.from({ length: 5 }, () => loadPoll(t, { moduleId: 'im', entityType: IM_CONNECTOR, entityId: 101 })));
    expect(all.map((r) => r.poll.id)).to.deep.equal(['1', '1', '1', '1', '1']);
    const wire = await since(from);
    expect(wire.map((r) => r.method.toLowerCase())).to.deep.equal(['vote.attachedvote.getwithvoted']);
    expect(wire[0]!.params).to.include({ moduleId: 'im', entityType: IM_CONNECTOR });
  });

  it('fails only the caller whose poll is missing or unreadable', async () => {
    const t = portalTransport(2);
    const from = (await restLog()).length;
    const [a, missing, denied, b] = await Promise.all([
      settled(loadPoll(t, { attachId: 1 })),
      settled(loadPoll(t, { attachId: 777 })),
      settled(loadPoll(t, { attachId: 8 })),
      settled(loadPoll(t, { moduleId: 'blog', entityType: BLOG_CONNECTOR, entityId: 201 })),
    ]);
    expect(a.ok && a.value.poll.id).to.equal('1');
    expect(b.ok && b.value.poll.id).to.equal('3');
    // User 2's own picks travel with the batched answer too.
    expect(a.ok && a.value.poll.isVoted).to.equal(true);
    expect(!missing.ok && missing.error.code).to.equal('ATTACH_NOT_FOUND');
    expect(!denied.ok && denied.error.code).to.equal('0');
    expect(!denied.ok && denied.error.description).to.match(/read access denied/i);
    // Made by the transport layer's parser, so marked as the portal's words (never shown raw).
    expect(!missing.ok && missing.error.source).to.equal('portal');
    expect(!denied.ok && denied.error.source).to.equal('portal');
    const wire = await since(from);
    expect(wire).to.have.length(1);
    expect(wire[0]!.method.toLowerCase()).to.equal('batch');
    expect(wire[0]!.batch).to.have.length(4);
  });

  it('sends one get per poll through a transport without batch', async () => {
    const real = portalTransport(1);
    const noBatch: B24Transport = { call: (m, p, o) => real.call(m, p, o), origin: real.origin, supportsBatch: false };
    const from = (await restLog()).length;
    const all = await Promise.all([1, 2, 3, 2].map((attachId) => loadPoll(noBatch, { attachId })));
    expect(all.map((r) => r.poll.id)).to.deep.equal(['1', '2', '3', '2']);
    const wire = await since(from);
    expect(wire.map((r) => r.method.toLowerCase())).to.deep.equal(Array(3).fill('vote.attachedvote.getwithvoted'));
  });

  it('lets an aborted caller drop out while the others load', async () => {
    const t = portalTransport(1);
    const ac = new AbortController();
    const from = (await restLog()).length;
    const a = settled(loadPoll(t, { attachId: 1 }, { signal: ac.signal }));
    const b = settled(loadPoll(t, { attachId: 2 }));
    const c = settled(loadPoll(t, { attachId: 3 }));
    ac.abort();
    const [ra, rb, rc] = await Promise.all([a, b, c]);
    expect(!ra.ok && ra.error.name).to.equal('AbortError');
    expect(rb.ok && rb.value.poll.id).to.equal('2');
    expect(rc.ok && rc.value.poll.id).to.equal('3');
    const wire = await since(from);
    expect(wire).to.have.length(1);
    expect(wire[0]!.method.toLowerCase()).to.equal('batch');
    // Poll 1's only caller left before the flush: only 2 and 3 were asked for.
    expect(wire[0]!.batch).to.have.length(2);
  });

  it('sends nothing when every caller aborted first', async () => {
    const t = portalTransport(1);
    const ac = new AbortController();
    const from = (await restLog()).length;
    const all = Promise.all([1, 2, 3].map((attachId) => settled(loadPoll(t, { attachId }, { signal: ac.signal }))));
    ac.abort();
    expect((await all).every((o) => !o.ok && o.error.name === 'AbortError')).to.equal(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(await since(from)).to.have.length(0);
  });

  it('fails every caller of a batch whose answer is unreadable, with BAD_RESPONSE', async () => {
    await setFaults({ kind: 'malformed-json', method: 'batch' });
    const t = portalTransport(1);
    const all = await Promise.all([1, 2, 3].map((attachId) => settled(loadPoll(t, { attachId }))));
    expect(all.map((o) => !o.ok && o.error.code)).to.deep.equal(['BAD_RESPONSE', 'BAD_RESPONSE', 'BAD_RESPONSE']);
  });

  it('fails only the sub-call the portal failed inside a batch', async () => {
    await setFaults({ kind: 'insufficient-scope', method: 'vote.attachedvote.getwithvoted', times: 1 });
    const t = portalTransport(1);
    const all = await Promise.all([1, 2, 3].map((attachId) => settled(loadPoll(t, { attachId }))));
    const failed = all.filter((o) => !o.ok);
    expect(failed).to.have.length(1);
    expect(!failed[0]!.ok && failed[0]!.error.code).to.equal('insufficient_scope');
    expect(all.filter((o) => o.ok)).to.have.length(2);
  });
});
