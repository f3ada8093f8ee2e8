/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import {
  getAnswerVoted,
  getMany,
  getPoll,
  getWithVoted,
  recall,
  resume,
  stop,
  vote,
} from '../../src/api/vote-api.js';
import { IM_CONNECTOR } from '../../src/api/poll-ref.js';
import type { RawAttach } from '../../src/api/types.js';
import { seedAttach } from './fixtures/seed-attach.js';
import { StubTransport } from './support/stub-transport.js';

// Response-shape checks and request building on an in-memory transport (a real portal never sends these
// shapes on demand). Every method over real HTTP is in vote-api.wire.test.ts.

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    return (error as { code?: string }).code ?? `not a B24Error: ${String(error)}`;
  }
  return 'resolved';
}

function attachWithEntity(entityId: number): RawAttach {
  const raw = seedAttach();
  raw.ID = entityId + 1000;
  raw.entityId = entityId;
  return raw;
}

describe('vote-api request building', () => {
  it('sends each ref kind as its parameters', async () => {
    const t = new StubTransport(() => ({ result: { attach: seedAttach() } }));
    await getPoll(t, { attachId: 1 });
    await getPoll(t, { moduleId: 'IM', entityType: IM_CONNECTOR, entityId: 101 });
    await getPoll(t, { signedAttachId: '1.abc' });
    expect(t.calls.map((c) => c.params)).to.deep.equal([
      { attachId: 1 },
      { moduleId: 'im', entityType: IM_CONNECTOR, entityId: 101 },
      { signedAttachId: '1.abc' },
    ]);
  });

  it('sends the ballot with the ref to vote, and nothing else to recall', async () => {
    const t = new StubTransport(() => ({ result: { attach: seedAttach() } }));
    const { poll, attach } = await vote(t, { attachId: 1 }, { '1': ['3'] });
    expect(poll.id).to.equal('1');
    expect(attach.signedAttachId).to.be.a('string');
    await recall(t, { signedAttachId: 'x.y' });
    expect(t.calls.map((c) => [c.method, c.params])).to.deep.equal([
      ['vote.AttachedVote.vote', { attachId: 1, ballot: { '1': ['3'] } }],
      ['vote.AttachedVote.recall', { signedAttachId: 'x.y' }],
    ]);
  });

  it('re-reads the poll after stop and resume (they answer [])', async () => {
    const t = new StubTransport((method) => (method.endsWith('getWithVoted') ? { result: { attach: seedAttach() } } : { result: [] }));
    const stopped = await stop(t, { attachId: 1 });
    const resumed = await resume(t, { attachId: 1 });
    expect(stopped.poll.id).to.equal('1');
    expect(resumed.poll.id).to.equal('1');
    expect(t.calls.map((c) => c.method)).to.deep.equal([
      'vote.AttachedVote.stop',
      'vote.AttachedVote.getWithVoted',
      'vote.AttachedVote.resume',
      'vote.AttachedVote.getWithVoted',
    ]);
  });

  it('splits getMany above 50 IDs, keeps the order, and asks once per distinct ID', async () => {
    const t = new StubTransport((_m, params) => ({
      result: { items: (params.entityIds as number[]).map(attachWithEntity) },
    }));
    const ids = [...Array.from({ length: 120 }, (_, i) => 120 - i), 5, '7'];
    const results = await getMany(t, 'Im', undefined, ids);
    expect(t.calls.map((c) => (c.params.entityIds as number[]).length)).to.deep.equal([50, 50, 20]);
    expect(t.calls[0]!.params.moduleId).to.equal('im');
    expect(t.calls[0]!.params.entityType).to.equal(IM_CONNECTOR);
    expect(results.map((r) => r.poll.entityId)).to.deep.equal(ids.map(String));
    expect(await getMany(t, 'im', null, [])).to.deep.equal([]);
  });

  it('validates getMany IDs like entity-id', async () => {
    const t = new StubTransport(() => ({ result: { items: [] } }));
    expect(await codeOf(getMany(t, 'im', null, [1, 'x']))).to.equal('INVALID_CONFIG');
    expect(await codeOf(getMany(t, 'forum', null, [1]))).to.equal('INVALID_CONFIG');
    expect(t.calls).to.have.length(0);
  });

  it('pages getAnswerVoted by start and reads total/next from the envelope', async () => {
    const t = new StubTransport((_m, params) =>
      params.start === 0
        ? { result: { items: [{ ID: 1, NAME: 'Alex', IMAGE: 'https://x/a.jpg', WORK_POSITION: null }, { ID: '2', NAME: null }] }, total: 52, next: 50 }
        : { result: { items: [{ ID: 3 }, 'junk', { NAME: 'no id' }] }, total: 52 },
    );
    const first = await getAnswerVoted(t, { attachId: 1 }, '5');
    expect(first).to.deep.equal({
      voters: [
        { id: '1', name: 'Alex', image: 'https://x/a.jpg', position: '' },
        { id: '2', name: '', image: null, position: '' },
      ],
      total: 52,
      next: 50,
    });
    const second = await getAnswerVoted(t, { attachId: 1 }, 5, { start: 50 });
    expect(second).to.deep.equal({ voters: [{ id: '3', name: '', image: null, position: '' }], total: 52, next: null });
    expect(t.calls.map((c) => c.params)).to.deep.equal([
      { attachId: 1, answerId: 5, start: 0 },
      { attachId: 1, answerId: 5, start: 50 },
    ]);
    expect(await codeOf(getAnswerVoted(t, { attachId: 1 }, 'abc'))).to.equal('INVALID_CONFIG');
  });

  it('reads getWithVoted, with voted as a map or PHP\'s empty []', async () => {
    let voted: unknown = { '1': [{ ID: 7, NAME: 'Bo' }], '3': 'junk' };
    const t = new StubTransport(() => ({ result: { attach: seedAttach(), voted } }));
    const r = await getWithVoted(t, { attachId: 1 }, { pageSize: 500 });
    expect(r.voted).to.deep.equal({ '1': [{ id: '7', name: 'Bo', image: null, position: '' }] });
    expect(r.poll.id).to.equal('1');
    // The seed poll is public and voted: its answers carry the faces (no origin here, so no image).
    expect(r.poll.questions[0]!.answers.map((a) => a.faces)).to.deep.equal([[{ id: '7', name: 'Bo', image: null }], [], []]);
    expect(t.calls[0]!.params).to.deep.equal({ attachId: 1, pageSize: 50 });
    voted = [];
    expect((await getWithVoted(t, { attachId: 1 })).voted).to.deep.equal({});
    expect((await getWithVoted(t, { attachId: 1 })).poll.questions[0]!.answers.map((a) => a.faces)).to.deep.equal([[], [], []]);
  });
});

describe('vote-api response shapes', () => {
  const shapes: Array<[string, unknown]> = [
    ['no result', { time: {} }],
    ['a string result', { result: 'ok' }],
    ['no attach', { result: {} }],
    ['attach not an object', { result: { attach: [] } }],
    ['a broken attach', { result: { attach: { ID: 1 } } }],
    ['not an envelope', '<html>502</html>'],
  ];
  for (const [name, answer] of shapes) {
    it(`gives BAD_RESPONSE for ${name}`, async () => {
      const t = new StubTransport(() => answer);
      expect(await codeOf(getPoll(t, { attachId: 1 }))).to.equal('BAD_RESPONSE');
      expect(await codeOf(vote(t, { attachId: 1 }, { '1': ['1'] }))).to.equal('BAD_RESPONSE');
      expect(await codeOf(recall(t, { attachId: 1 }))).to.equal('BAD_RESPONSE');
      expect(await codeOf(getWithVoted(t, { attachId: 1 }))).to.equal('BAD_RESPONSE');
      expect(await codeOf(getMany(t, 'im', null, [1]))).to.equal('BAD_RESPONSE');
      expect(await codeOf(getAnswerVoted(t, { attachId: 1 }, 1))).to.equal('BAD_RESPONSE');
    });
  }

  it('gives BAD_RESPONSE when getMany answers a different number of items', async () => {
    const t = new StubTransport(() => ({ result: { items: [seedAttach()] } }));
    expect(await codeOf(getMany(t, 'im', null, [1, 2]))).to.equal('BAD_RESPONSE');
  });

  it('aborts the other getMany chunks when one fails, and passes the caller\'s abort through', async () => {
    const t = new StubTransport((_m, params) => {
      if ((params.entityIds as number[])[0] === 1) throw Object.assign(new Error('x'), { name: 'B24Error', code: '0', description: 'Attach with entityId 1 not found ' });
      return new Promise(() => undefined);
    });
    const ids = Array.from({ length: 60 }, (_, i) => i + 1);
    expect(await codeOf(getMany(t, 'im', null, ids))).to.equal('0');
    expect(t.calls[1]!.signal!.aborted).to.equal(true);

    const ac = new AbortController();
    const slow = new StubTransport(() => new Promise(() => undefined));
    const p = getMany(slow, 'im', null, [1], { signal: ac.signal });
    ac.abort();
    let name = '';
    try {
      await p;
    } catch (error) {
      name = (error as Error).name;
    }
    expect(name).to.equal('AbortError');
  });
});
