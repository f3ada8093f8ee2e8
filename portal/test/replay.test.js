// @ts-check
// The `replay` fault: a browser re-sent a POST after its reused keep-alive connection closed, so the portal got the
// request twice; it processes both copies and answers the second.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal, attachOf, stateOf } from '../test-support/helpers.js';

test('replay on a poll without revote: the first copy is stored, the answer is the second copy\'s 32', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'replay', method: 'vote.AttachedVote.vote', times: 1 }]);
  const a = await p.call('vote.AttachedVote.vote', { attachId: 6, ballot: { 29: [69] } }, 5);
  assert.deepEqual([a.status, a.body.error], [400, '32']);
  assert.deepEqual((await stateOf(p, 6)).ballots['5'], { 29: ['69'] }, 'the first copy was stored');
  const log = (await p.control('GET', '/__portal/log')).body.requests;
  assert.deepEqual(log.map((/** @type {any} */ r) => [r.method, r.fault, r.status]), [
    ['vote.attachedvote.vote', 'replay', 0],
    ['vote.attachedvote.vote', 'replay', 400],
  ]);
  assert.deepEqual(log[0].params, log[1].params);
  assert.equal((await p.call('vote.AttachedVote.vote', { attachId: 6, ballot: { 29: [69] } }, 7)).status, 200, 'used up');
});

test('replay on a revote poll: the same ballot is stored twice (a new event), the answer is a success', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'replay', method: 'vote.AttachedVote.vote', times: 1 }]);
  const a = await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [44] } }, 20);
  assert.equal(a.status, 200);
  const row = attachOf(a).userAnswerMap['21']['44'];
  const again = attachOf(await p.call('vote.AttachedVote.get', { attachId: 1 }, 20));
  assert.deepEqual(again.userAnswerMap['21']['44'], row, 'the answer is the stored (second) ballot');
  assert.equal(again.COUNTER, 6, 'still one ballot of user 20');
  // a single vote gets the next event-answer ID; the replayed one used two
  const single = attachOf(await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [44] } }, 21));
  assert.equal(Number(single.userAnswerMap['21']['44'].ID), Number(row.ID) + 1);
  await p.faults([{ kind: 'replay', method: 'vote.AttachedVote.vote', times: 1 }]);
  const twice = attachOf(await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [44] } }, 22));
  assert.equal(Number(twice.userAnswerMap['21']['44'].ID), Number(single.userAnswerMap['21']['44'].ID) + 2);
});

test('replay of a read answers normally; latency is spent once', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'replay', times: 1 }, { kind: 'latency', ms: 150, times: 1 }]);
  const started = Date.now();
  const a = await p.call('vote.AttachedVote.get', { attachId: 1 });
  const took = Date.now() - started;
  assert.equal(a.status, 200);
  assert.ok(took >= 140 && took < 290, `one latency (${took} ms)`);
  assert.equal((await p.control('GET', '/__portal/log')).body.requests.length, 2);
});
