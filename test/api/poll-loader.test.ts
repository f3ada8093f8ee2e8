/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { loadPoll } from '../../src/api/poll-loader.js';
import type { RawAttach } from '../../src/api/types.js';
import { B24Error, isB24Error } from '../../src/transport/b24-error.js';
import { seedAttach } from './fixtures/seed-attach.js';
import { StubTransport } from './support/stub-transport.js';

// The coalescing logic on an in-memory transport: exact control over timing and failures. The same behaviour
// over real HTTP against the emulator is in poll-loader.wire.test.ts.

function attachWithId(id: number): RawAttach {
  const raw = seedAttach();
  raw.ID = id;
  return raw;
}

/** Answers `get` and `batch` of `get` like a portal where attach IDs 1..99 exist and 13 is unreadable. */
function fakePortal() {
  type One = { result: { attach: RawAttach }; error?: undefined } | { error: { error: string; error_description: string }; result?: undefined };
  const one = (params: Record<string, unknown>): One => {
    const id = Number(params.attachId);
    if (id === 13) return { error: { error: '', error_description: 'Attach read access denied' } };
    if (id >= 1 && id < 100) return { result: { attach: attachWithId(id) } };
    return { error: { error: 'ATTACH_NOT_FOUND', error_description: 'Attach not found' } };
  };
  return new StubTransport((method, params) => {
    if (method === 'vote.AttachedVote.getWithVoted') {
      const r = one(params);
      if (r.error) throw new B24Error(r.error.error || '0', r.error.error_description, 400);
      return { result: r.result };
    }
    if (method === 'batch') {
      const result: Record<string, unknown> = {};
      const errors: Record<string, unknown> = {};
      for (const [key, cmd] of Object.entries(params.cmd as Record<string, string>)) {
        const [name, query] = cmd.split('?') as [string, string];
        expect(name).to.equal('vote.AttachedVote.getWithVoted');
        const r = one(Object.fromEntries(new URLSearchParams(query)));
        if (r.error) errors[key] = r.error;
        else result[key] = r.result;
      }
      return { result: { result: Object.keys(result).length ? result : [], result_error: Object.keys(errors).length ? errors : [], result_total: [], result_next: [], result_time: {} } };
    }
    throw new Error(`unexpected ${method}`);
  });
}

async function settled<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await p };
  } catch (error) {
    return { ok: false, error };
  }
}

describe('loadPoll (in memory)', () => {
  it('sends a single load as a plain get', async () => {
    const t = fakePortal();
    const { poll, attach } = await loadPoll(t, { attachId: 5 });
    expect(poll.id).to.equal('5');
    expect(attach.ID).to.equal(5);
    expect(t.calls.map((c) => c.method)).to.deep.equal(['vote.AttachedVote.getWithVoted']);
    expect(t.calls[0]!.params).to.deep.equal({ attachId: 5, pageSize: 3 });
  });

  it('shares one request among duplicates of a ref', async () => {
    const t = fakePortal();
    const results = await Promise.all([
      loadPoll(t, { attachId: 2 }),
      loadPoll(t, { attachId: 2 }),
      loadPoll(t, { attachId: 2 }),
    ]);
    expect(t.calls).to.have.length(1);
    expect(results.map((r) => r.poll.id)).to.deep.equal(['2', '2', '2']);
  });

  it('groups loads of one task into batches of at most 50, each caller getting its own poll', async () => {
    const t = fakePortal();
    const ids = Array.from({ length: 120 }, (_, i) => 1000 + i);
    // 99 loads of polls 1..99 (13 unreadable), 21 of missing ones, and a duplicate of 7.
    const refs = ids.map((n, i) => ({ attachId: i < 99 ? i + 1 : n }));
    const all = await Promise.all([...refs, { attachId: 7 }].map((ref) => settled(loadPoll(t, ref))));
    expect(t.calls.map((c) => c.method)).to.deep.equal(['batch', 'batch', 'batch']);
    expect(t.calls.map((c) => Object.keys(c.params.cmd as object).length)).to.deep.equal([50, 50, 20]);
    expect(t.calls.every((c) => c.params.halt === 0)).to.equal(true);
    all.forEach((r, i) => {
      if (i === 12) expect(!r.ok && isB24Error(r.error) && r.error.code).to.equal('0');
      else if (i < 99) expect(r.ok && r.value.poll.id).to.equal(String(i + 1));
      else if (i < 120) expect(!r.ok && isB24Error(r.error) && r.error.code).to.equal('ATTACH_NOT_FOUND');
      else expect(r.ok && r.value.poll.id).to.equal('7');
    });
  });

  it('fails only the caller whose sub-call failed, mapping an empty code to "0"', async () => {
    const t = fakePortal();
    const [a, b, c] = await Promise.all([settled(loadPoll(t, { attachId: 1 })), settled(loadPoll(t, { attachId: 13 })), settled(loadPoll(t, { attachId: 3 }))]);
    expect(a.ok && b.ok === false && c.ok).to.equal(true);
    const err = (b as { error: { code: string; description: string; name: string } }).error;
    expect(err.name).to.equal('B24Error');
    expect(err.code).to.equal('0');
    expect(err.description).to.equal('Attach read access denied');
  });

  it('encodes signed IDs and the backslashes of entityType in batch sub-calls', async () => {
    const t = fakePortal();
    await Promise.all([
      settled(loadPoll(t, { signedAttachId: '1.a+b/c=d&e' })),
      settled(loadPoll(t, { moduleId: 'im', entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector', entityId: 101 })),
    ]);
    const cmd = Object.values(t.calls[0]!.params.cmd as Record<string, string>);
    expect(cmd).to.deep.equal([
      'vote.AttachedVote.getWithVoted?signedAttachId=1.a%2Bb%2Fc%3Dd%26e&pageSize=3',
      'vote.AttachedVote.getWithVoted?moduleId=im&entityType=Bitrix%5CVote%5CAttachment%5CImMessageConnector&entityId=101&pageSize=3',
    ]);
    // And they decode back to exactly what was meant.
    expect(new URLSearchParams(cmd[0]!.split('?')[1]).get('signedAttachId')).to.equal('1.a+b/c=d&e');
  });

  it('sends one get per poll through a transport without batch', async () => {
    const t = fakePortal();
    t.supportsBatch = false;
    const all = await Promise.all([1, 2, 3, 2].map((id) => loadPoll(t, { attachId: id })));
    expect(t.calls.map((c) => c.method)).to.deep.equal(Array(3).fill('vote.AttachedVote.getWithVoted'));
    expect(all.map((r) => r.poll.id)).to.deep.equal(['1', '2', '3', '2']);
  });

  it('keeps transports apart', async () => {
    const t1 = fakePortal();
    const t2 = fakePortal();
    await Promise.all([loadPoll(t1, { attachId: 1 }), loadPoll(t2, { attachId: 1 })]);
    expect([t1.calls.length, t2.calls.length]).to.deep.equal([1, 1]);
  });

  it('fails every caller of a batch that failed as a whole', async () => {
    const t = new StubTransport(() => {
      throw new B24Error('NETWORK_ERROR', 'down', 0);
    });
    const all = await Promise.all([1, 2].map((id) => settled(loadPoll(t, { attachId: id }))));
    expect(all.map((r) => !r.ok && (r.error as { code: string }).code)).to.deep.equal(['NETWORK_ERROR', 'NETWORK_ERROR']);
  });

  it('gives BAD_RESPONSE to callers whose answer is missing or broken', async () => {
    const t = new StubTransport(() => ({ result: { result: { p0: { attach: { ID: 1 } } }, result_error: [] } }));
    const all = await Promise.all([1, 2].map((id) => settled(loadPoll(t, { attachId: id }))));
    expect(all.map((r) => !r.ok && (r.error as { code: string }).code)).to.deep.equal(['BAD_RESPONSE', 'BAD_RESPONSE']);
    expect((all[1] as { error: { description: string } }).error.description).to.match(/no answer/);
    const garbage = new StubTransport(() => ({ result: '<html>' }));
    const both = await Promise.all([1, 2].map((id) => settled(loadPoll(garbage, { attachId: id }))));
    expect(both.map((r) => !r.ok && (r.error as { code: string }).code)).to.deep.equal(['BAD_RESPONSE', 'BAD_RESPONSE']);
  });

  it('rejects a bad ref and an already aborted signal without a request', async () => {
    const t = fakePortal();
    const bad = await settled(loadPoll(t, { attachId: -1 }));
    expect(!bad.ok && (bad.error as { code: string }).code).to.equal('INVALID_CONFIG');
    const ac = new AbortController();
    ac.abort();
    const aborted = await settled(loadPoll(t, { attachId: 1 }, { signal: ac.signal }));
    expect(!aborted.ok && (aborted.error as Error).name).to.equal('AbortError');
    await new Promise((r) => setTimeout(r, 20));
    expect(t.calls).to.have.length(0);
  });

  it('drops an aborted caller before sending without touching the others', async () => {
    const t = fakePortal();
    const ac = new AbortController();
    const a = settled(loadPoll(t, { attachId: 1 }, { signal: ac.signal }));
    const b = settled(loadPoll(t, { attachId: 1 }));
    const c = settled(loadPoll(t, { attachId: 2 }, { signal: ac.signal }));
    const d = settled(loadPoll(t, { attachId: 3 }));
    ac.abort();
    const [ra, rb, rc, rd] = await Promise.all([a, b, c, d]);
    expect(!ra.ok && (ra.error as Error).name).to.equal('AbortError');
    expect(!rc.ok && (rc.error as Error).name).to.equal('AbortError');
    expect(rb.ok && rb.value.poll.id).to.equal('1');
    expect(rd.ok && rd.value.poll.id).to.equal('3');
    // Poll 2 lost all its callers before the flush: it is not asked for at all.
    expect(Object.values(t.calls[0]!.params.cmd as object)).to.deep.equal(['vote.AttachedVote.getWithVoted?attachId=1&pageSize=3', 'vote.AttachedVote.getWithVoted?attachId=3&pageSize=3']);
  });

  it('sends nothing when every caller aborted before the flush', async () => {
    const t = fakePortal();
    const ac = new AbortController();
    const all = Promise.all([1, 2, 3].map((id) => settled(loadPoll(t, { attachId: id }, { signal: ac.signal }))));
    ac.abort();
    await all;
    await new Promise((r) => setTimeout(r, 20));
    expect(t.calls).to.have.length(0);
  });

  it('aborts the shared request only when every caller it serves aborted', async () => {
    const t = fakePortal();
    const ac1 = new AbortController();
    const ac2 = new AbortController();
    const p1 = settled(loadPoll(t, { attachId: 1 }, { signal: ac1.signal }));
    const p2 = settled(loadPoll(t, { attachId: 2 }, { signal: ac2.signal }));
    await new Promise((r) => setTimeout(r, 1));
    expect(t.calls).to.have.length(1);
    const shared = t.calls[0]!.signal!;
    ac1.abort();
    expect(shared.aborted).to.equal(false);
    ac2.abort();
    expect(shared.aborted).to.equal(true);
    const [r1, r2] = await Promise.all([p1, p2]);
    expect([r1.ok, r2.ok]).to.deep.equal([false, false]);
  });

  it('lets a caller abort after sending while the others still get their poll', async () => {
    const t = fakePortal();
    const ac = new AbortController();
    const p1 = settled(loadPoll(t, { attachId: 1 }, { signal: ac.signal }));
    const p2 = settled(loadPoll(t, { attachId: 1 }));
    await new Promise((r) => setTimeout(r, 1));
    ac.abort();
    const [r1, r2] = await Promise.all([p1, p2]);
    expect(!r1.ok && (r1.error as Error).name).to.equal('AbortError');
    expect(r2.ok && r2.value.poll.id).to.equal('1');
    expect(t.calls[0]!.signal!.aborted).to.equal(false);
  });

  it('sends the first load of a task at its microtask checkpoint, before the task ends', async () => {
    const t = fakePortal();
    const load = loadPoll(t, { attachId: 1 });
    await null;
    await null;
    expect(t.calls, 'sent within the same task').to.have.length(1);
    await load;
  });

  it('coalesces the loads a task asks for after its first window closed into one batch at the end of the task', async () => {
    const t = fakePortal();
    const loads: Array<Promise<unknown>> = [];
    let chain: Promise<unknown> = Promise.resolve();
    for (let i = 1; i <= 10; i++) {
      chain = chain.then(async () => {
        await null;
        await null;
        loads.push(loadPoll(t, { attachId: i }));
      });
    }
    await chain;
    await Promise.all(loads);
    expect(t.calls.map((c) => c.method)).to.deep.equal(['vote.AttachedVote.getWithVoted', 'batch']);
    expect(Object.keys((t.calls[1]!.params as { cmd: object }).cmd)).to.have.length(9);
  });
});
