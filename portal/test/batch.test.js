// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal, stateOf } from '../test-support/helpers.js';

test('batch: object cmd, a failing sub-call, HTTP 200, result_* blocks', async (t) => {
  const p = await usePortal(t);
  const a = await p.call('batch', {
    halt: 0,
    cmd: {
      vote: 'vote.AttachedVote.vote?attachId=1&ballot[21][]=43',
      missing: 'vote.AttachedVote.get?attachId=999',
      voters: 'vote.AttachedVote.getAnswerVoted?attachId=$result[vote][attach][ID]&answerId=43',
    },
  });
  assert.equal(a.status, 200);
  const r = a.body.result;
  assert.deepEqual(Object.keys(r.result), ['vote', 'voters']);
  assert.deepEqual(Object.keys(r.result.vote.attach.userAnswerMap['21']), ['43']);
  assert.deepEqual(r.result_error, { missing: { error: 'ATTACH_NOT_FOUND', error_description: 'Attach not found' } });
  assert.deepEqual(r.result_total, { voters: 2 });
  assert.deepEqual(r.result_next, []);
  assert.deepEqual(Object.keys(r.result_time), ['vote', 'voters']);
  assert.equal(typeof r.result_time.vote.duration, 'number');
  assert.ok(a.body.time);
  const log = await p.control('GET', '/__portal/log');
  assert.equal(log.body.requests.length, 1);
  assert.equal(log.body.requests[0].method, 'batch');
  assert.deepEqual(log.body.requests[0].batch, ['vote.attachedvote.vote', 'vote.attachedvote.get', 'vote.attachedvote.getanswervoted']);
});

test('batch: array cmd gives arrays; halt stops at the first error; form-encoded cmd', async (t) => {
  const p = await usePortal(t);
  const list = await p.call('batch', { cmd: ['vote.AttachedVote.get?attachId=1', 'vote.AttachedVote.get?attachId=2'] });
  assert.ok(Array.isArray(list.body.result.result));
  assert.deepEqual(list.body.result.result.map((/** @type {any} */ x) => x.attach.ID), [1, 2]);
  assert.deepEqual(list.body.result.result_error, []);
  await p.call('batch', { cmd: { a: 'vote.AttachedVote.get?attachId=1&auth=token-9' } });
  const log = await p.control('GET', '/__portal/log');
  assert.equal(log.body.requests.at(-1).params.cmd.a, 'vote.AttachedVote.get?attachId=1&auth=***');
  const halted = await p.call('batch', {
    halt: 1,
    cmd: ['vote.AttachedVote.get?attachId=1', 'vote.AttachedVote.get?attachId=0', 'vote.AttachedVote.vote?attachId=1&ballot[21][]=41'],
  });
  assert.deepEqual(Object.keys(halted.body.result.result_error), ['1']);
  assert.deepEqual(Object.keys(halted.body.result.result), ['0']);
  assert.equal((await stateOf(p, 1)).ballots['1'], undefined, 'the vote after the error never ran');
  const form = await p.form('batch', `cmd[a]=${encodeURIComponent('vote.AttachedVote.vote?attachId=2&ballot[22][]=47&ballot[22][]=48')}`, 20);
  assert.deepEqual(Object.keys(form.body.result.result.a.attach.userAnswerMap['22']), ['47', '48']);
});

test('batch: more than 50 commands runs the first 50, each extra key gets ERROR_BATCH_LENGTH_EXCEEDED', async (t) => {
  const p = await usePortal(t);
  const cmd = Object.fromEntries(Array.from({ length: 52 }, (_, i) => [`c${i}`, `vote.AttachedVote.vote?attachId=2&ballot[22][]=${45 + (i % 5)}`]));
  const many = await p.call('batch', { cmd }, 30);
  assert.equal(many.status, 200);
  const r = many.body.result;
  assert.equal(Object.keys(r.result).length, 50);
  assert.deepEqual(Object.keys(r.result_error), ['c50', 'c51']);
  assert.deepEqual(r.result_error.c51, { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' });
  // the 50th command (c49: 45 + 49 % 5 = 49) was the last to run
  assert.deepEqual((await stateOf(p, 2)).ballots['30'], { 22: ['49'] });
  const list = await p.call('batch', { cmd: Array.from({ length: 51 }, () => 'vote.AttachedVote.get?attachId=1') });
  assert.equal(list.body.result.result.length, 50);
  assert.deepEqual(Object.keys(list.body.result.result_error), ['50']);
});

test('batch: non-string commands are skipped without a trace, and still count towards the 50', async (t) => {
  const p = await usePortal(t);
  const a = await p.call('batch', { cmd: { a: 'vote.AttachedVote.get?attachId=1', b: { method: 'vote.AttachedVote.get' }, c: 7, d: null } });
  assert.equal(a.status, 200);
  assert.deepEqual(Object.keys(a.body.result.result), ['a']);
  assert.deepEqual(a.body.result.result_error, []);
  const padded = [...Array.from({ length: 50 }, () => 1), 'vote.AttachedVote.get?attachId=1'];
  const late = await p.call('batch', { cmd: padded });
  assert.deepEqual(late.body.result.result, []);
  assert.equal(late.body.result.result_error['50'].error, 'ERROR_BATCH_LENGTH_EXCEEDED');
});

test('batch: nested batch, download', async (t) => {
  const p = await usePortal(t);
  const fifty = await p.call('batch', { cmd: Array.from({ length: 50 }, () => 'vote.AttachedVote.get?attachId=1') });
  assert.equal(fifty.body.result.result.length, 50);
  const nested = await p.call('batch', { cmd: { inner: 'batch?cmd[x]=vote.AttachedVote.get', file: 'vote.AttachedVote.download?attachId=1' } });
  assert.equal(nested.status, 200);
  assert.equal(nested.body.result.result_error.inner.error, 'ERROR_BATCH_METHOD_NOT_ALLOWED');
  assert.equal(nested.body.result.result_error.file.error, 'ERROR_BATCH_METHOD_NOT_ALLOWED');
});

test('batch: the rate limiter counts the outer request once', async (t) => {
  const p = await usePortal(t, { rateLimit: { burst: 2, perSecond: 0 } });
  const cmd = Array.from({ length: 10 }, () => 'vote.AttachedVote.get?attachId=1');
  assert.equal((await p.call('batch', { cmd })).status, 200);
  assert.equal((await p.call('batch', { cmd })).status, 200);
  const third = await p.call('batch', { cmd });
  assert.deepEqual([third.status, third.body.error], [503, 'QUERY_LIMIT_EXCEEDED']);
});
