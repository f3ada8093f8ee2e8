// @ts-check
// Error answers are `{error, error_description}` only (RestException::output): no `time` block anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal } from '../test-support/helpers.js';

test('method, binder, auth, not-found and batch-level errors carry no time block', async (t) => {
  const p = await usePortal(t, { rateLimit: { burst: 30, perSecond: 0 } });
  const answers = [
    await p.call('vote.AttachedVote.get', { attachId: 999 }),
    await p.call('vote.AttachedVote.get', {}),
    await p.call('vote.AttachedVote.vote', { attachId: 6, ballot: { 29: [68] } }, 2),
    await p.call('vote.AttachedVote.nope'),
    await p.raw('/rest/1/wrong/vote.AttachedVote.get?attachId=1'),
    await p.raw('/rest/vote.AttachedVote.get?auth=expired-1&attachId=1'),
  ];
  for (const a of answers) {
    assert.ok(a.status >= 400, String(a.status));
    assert.deepEqual(Object.keys(a.body), ['error', 'error_description'], a.text);
  }
  await p.control('POST', '/__portal/limits', { rateLimit: { burst: 1, perSecond: 0 } });
  await p.call('vote.AttachedVote.get', { attachId: 1 });
  const limited = await p.call('vote.AttachedVote.get', { attachId: 1 });
  assert.equal(limited.status, 503);
  assert.deepEqual(limited.body, { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
});

test('fault errors carry no time block; a 429 has one only when the fault asks for resetInSeconds', async (t) => {
  const p = await usePortal(t);
  for (const kind of ['rate-limit', 'operation-limit', 'internal-error', 'insufficient-scope', 'expired-token']) {
    await p.faults([{ kind, times: 1 }]);
    const a = await p.call('vote.AttachedVote.get', { attachId: 1 });
    assert.deepEqual(Object.keys(a.body), ['error', 'error_description'], kind);
  }
  await p.faults([{ kind: 'operation-limit', times: 1, resetInSeconds: 5 }]);
  const withTime = await p.call('vote.AttachedVote.get', { attachId: 1 });
  assert.equal(withTime.status, 429);
  assert.ok(Math.abs(withTime.body.time.operating_reset_at - (Date.now() / 1000 + 5)) < 2);
  assert.equal(withTime.body.time.operating, 480);
});

test('a batch sub-call error is {error, error_description}; the batch answer itself keeps its time block', async (t) => {
  const p = await usePortal(t);
  const a = await p.call('batch', { cmd: { x: 'vote.AttachedVote.get?attachId=999' } });
  assert.equal(a.status, 200);
  assert.deepEqual(a.body.result.result_error.x, { error: 'ATTACH_NOT_FOUND', error_description: 'Attach not found' });
  assert.equal(typeof a.body.time.start, 'number');
});
