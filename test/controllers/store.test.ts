import { expect } from '@open-wc/testing';
import { normalizeAttach } from '../../src/api/normalize.js';
import { VoteStore } from '../../src/controllers/store.js';
import type { VoteErrorDetail } from '../../src/events.js';
import { seedAttach } from '../api/fixtures/seed-attach.js';
import { connectedHost } from './support.js';

const failure = (action: VoteErrorDetail['action'], code = 'NETWORK_ERROR'): VoteErrorDetail => ({ action, code, description: '', status: 0, source: 'element' });

function storeWithPoll() {
  const store = new VoteStore(connectedHost());
  const attach = seedAttach();
  const poll = { attach, poll: normalizeAttach(attach) };
  store.show(poll, 'load');
  return { store, poll };
}

describe('VoteStore', () => {
  it('clears a load failure on a good load, but keeps a write failure until the next attempt', () => {
    const { store, poll } = storeWithPoll();
    store.fail(failure('load'));
    store.show(poll, 'load');
    expect(store.failure).to.equal(null);
    store.fail(failure('vote'));
    store.show(poll, 'load');
    store.show(poll, 'peer');
    expect(store.failure?.action).to.equal('vote');
    store.attempt('vote', 'Voting…');
    expect(store.failure).to.equal(null);
    expect(store.busy).to.equal('vote');
    expect(store.announcement).to.equal('Voting…');
  });

  it('clears only "check your answer" when the user picks again', () => {
    const { store, poll } = storeWithPoll();
    const [q] = poll.poll.questions;
    store.fail(failure('vote', 'NETWORK_ERROR'));
    store.pick(q!.id, q!.answers[0]!.id, q!.multiple, true);
    expect(store.failure?.code).to.equal('NETWORK_ERROR');
    store.fail(failure('vote', 'INVALID_BALLOT'));
    store.pick(q!.id, q!.answers[0]!.id, q!.multiple, true);
    expect(store.failure).to.equal(null);
  });

  it('keeps the picks over loads and peers while a write runs, and takes the voted picks after a write', () => {
    const { store, poll } = storeWithPoll();
    const [q] = poll.poll.questions;
    const answer = q!.answers.find((a) => !a.mine)!;
    store.pick(q!.id, answer.id, q!.multiple, true);
    store.show(poll, 'load');
    expect(store.selection.has(q!.id, answer.id)).to.be.true;
    store.setBusy('vote');
    store.show(poll, 'peer');
    expect(store.selection.has(q!.id, answer.id)).to.be.true;
    store.show(poll, 'write');
    expect(store.selection.has(q!.id, answer.id)).to.equal(answer.mine);
  });

  it('ends the change-vote form on a write or a peer, not on a load, and drops everything for another poll', () => {
    const { store, poll } = storeWithPoll();
    store.setChanging(true);
    store.show(poll, 'load');
    expect(store.changing).to.be.true;
    store.show(poll, 'peer');
    expect(store.changing).to.be.false;
    store.fail(failure('vote'));
    store.setBusy('vote');
    store.drop();
    expect([store.poll, store.failure, store.busy, store.changing]).to.deep.equal([null, null, null, false]);
  });
});
