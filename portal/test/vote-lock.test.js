// @ts-check
// The per-user vote lock (vote/lib/user.php): a second vote of the same user waits for the first, and is refused
// as VOTE_IS_OCCUPIED only when the wait (15 s on a real server, `voteLockWaitMs` here) runs out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal, attachOf, stateOf } from '../test-support/helpers.js';

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('a second vote of the same user waits for the first, then runs (revote poll: it replaces the first)', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'latency', method: 'vote.AttachedVote.vote', ms: 300, times: 1 }]);
  const started = Date.now();
  const first = p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } });
  await sleep(50);
  const second = await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [43] } });
  assert.equal((await first).status, 200);
  assert.equal(second.status, 200, 'no 403 while the first is in flight');
  assert.ok(Date.now() - started >= 290, 'the second answered only after the first let the lock go');
  assert.deepEqual(Object.keys(attachOf(second).userAnswerMap['21']), ['43']);
  assert.deepEqual((await stateOf(p, 1)).ballots['1'], { 21: ['43'] });
});

test('on a poll without revote the waiting second vote gets 32 once the first is stored', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'latency', method: 'vote.AttachedVote.vote', ms: 200, times: 1 }]);
  const first = p.call('vote.AttachedVote.vote', { attachId: 6, ballot: { 29: [68] } }, 5);
  await sleep(50);
  const second = await p.call('vote.AttachedVote.vote', { attachId: 6, ballot: { 29: [69] } }, 5);
  assert.equal((await first).status, 200);
  assert.deepEqual([second.status, second.body.error], [400, '32']);
  assert.deepEqual((await stateOf(p, 6)).ballots['5'], { 29: ['68'] });
});

test('VOTE_IS_OCCUPIED (403, HTTP 400) only after the wait runs out; the wait is set through /__portal/limits', async (t) => {
  const p = await usePortal(t);
  const limits = await p.control('POST', '/__portal/limits', { voteLockWaitMs: 100 });
  assert.equal(limits.body.voteLockWaitMs, 100);
  await p.faults([{ kind: 'latency', method: 'vote.AttachedVote.vote', ms: 600, times: 1 }]);
  const first = p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } });
  await sleep(50);
  const started = Date.now();
  const second = await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [43] } });
  const waited = Date.now() - started;
  assert.deepEqual([second.status, second.body.error, second.body.error_description], [400, '403', 'Your previous vote is still being processed. Please wait.']);
  assert.deepEqual(Object.keys(second.body), ['error', 'error_description']);
  assert.ok(waited >= 90 && waited < 550, `refused after the wait, before the first finished (${waited} ms)`);
  assert.equal((await first).status, 200);
  assert.deepEqual((await stateOf(p, 1)).ballots['1'], { 21: ['41'] });
});

test('recall waits for a vote in flight too; its timeout is code-less', async (t) => {
  const p = await usePortal(t, { voteLockWaitMs: 80 });
  assert.equal((await p.control('GET', '/__portal/limits')).body.voteLockWaitMs, 80, 'the start option');
  await p.faults([{ kind: 'latency', method: 'vote.AttachedVote.vote', ms: 400, times: 1 }]);
  const first = p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } });
  await sleep(50);
  const occupied = await p.call('vote.AttachedVote.recall', { attachId: 1 });
  assert.deepEqual([occupied.body.error, occupied.body.error_description], ['', 'Your previous vote is still being processed. Please wait.']);
  await first;
  await p.control('POST', '/__portal/limits', { voteLockWaitMs: 2000 });
  await p.faults([{ kind: 'latency', method: 'vote.AttachedVote.vote', ms: 200, times: 1 }]);
  const again = p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [42] } });
  await sleep(50);
  const recalled = await p.call('vote.AttachedVote.recall', { attachId: 1 });
  assert.equal((await again).status, 200);
  assert.equal(recalled.status, 200);
  assert.deepEqual(attachOf(recalled).userAnswerMap, []);
  assert.equal((await stateOf(p, 1)).ballots['1'], undefined, 'the recall ran after the vote');
});

test('different users never wait for each other', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'latency', method: 'vote.AttachedVote.vote', ms: 400, times: 1 }]);
  const slow = p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } }, 1);
  await sleep(50);
  const started = Date.now();
  assert.equal((await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } }, 20)).status, 200);
  assert.ok(Date.now() - started < 300);
  await slow;
});

test('--vote-lock-wait and PORTAL_VOTE_LOCK_WAIT set the wait', async () => {
  const { cliOptions } = await import('../lib/cli-options.js');
  assert.equal(cliOptions(['--vote-lock-wait=250'], {}).options?.voteLockWaitMs, 250);
  assert.equal(cliOptions([], { PORTAL_VOTE_LOCK_WAIT: '40' }).options?.voteLockWaitMs, 40);
  assert.equal(cliOptions([], {}).options?.voteLockWaitMs, undefined, 'the portal default (15 s) applies');
  assert.throws(() => cliOptions(['--vote-lock-wait=-1'], {}));
});
