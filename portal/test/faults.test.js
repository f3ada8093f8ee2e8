// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal, stateOf } from '../test-support/helpers.js';

/** @param {{ status: number, body: any }} a */
const err = (a) => [a.status, a.body?.error, a.body?.error_description];

test('error faults: rate-limit, operation-limit, internal-error, insufficient-scope, expired-token', async (t) => {
  const p = await usePortal(t);
  /** @type {Array<[{ kind: string, resetInSeconds?: number }, unknown[]]>} */
  const cases = [
    [{ kind: 'rate-limit' }, [503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests']],
    [{ kind: 'operation-limit', resetInSeconds: 5 }, [429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.']],
    [{ kind: 'internal-error' }, [500, 'INTERNAL_SERVER_ERROR', 'Internal server error']],
    [{ kind: 'insufficient-scope' }, [403, 'insufficient_scope', 'The request requires higher privileges than provided by the webhook token']],
    [{ kind: 'expired-token' }, [401, 'expired_token', 'The access token provided has expired']],
  ];
  for (const [fault, expected] of cases) {
    await p.faults([{ ...fault, times: 1 }]);
    const a = await p.call('vote.AttachedVote.get', { attachId: 1 });
    assert.deepEqual(err(a), expected);
    assert.equal(a.headers.get('access-control-allow-origin'), '*');
    if (fault.kind === 'operation-limit') {
      const now = Date.now() / 1000;
      assert.ok(Math.abs(a.body.time.operating_reset_at - (now + 5)) < 2);
    }
    assert.equal((await p.call('vote.AttachedVote.get', { attachId: 1 })).status, 200, `${fault.kind} was used up`);
  }
});

test('faults match their method case-insensitively; `times` counts matching requests only', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'internal-error', method: 'VOTE.AttachedVote.Vote', times: 2 }]);
  assert.equal((await p.call('vote.AttachedVote.get', { attachId: 1 })).status, 200);
  assert.equal((await p.call('vote.attachedvote.vote', { attachId: 1, ballot: { 21: [41] } })).status, 500);
  assert.equal((await p.call('vote.AttachedVote.vote.json', { attachId: 1, ballot: { 21: [41] } })).status, 500);
  assert.equal((await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } })).status, 200);
  const untilReset = await p.faults([{ kind: 'internal-error' }]);
  assert.equal(untilReset.body.faults.length, 1);
  for (let i = 0; i < 3; i += 1) assert.equal((await p.call('vote.AttachedVote.get', { attachId: 1 })).status, 500);
  await p.control('DELETE', '/__portal/faults');
  assert.equal((await p.call('vote.AttachedVote.get', { attachId: 1 })).status, 200);
  const bad = await p.faults([{ kind: 'nope' }]);
  assert.equal(bad.status, 400);
});

test('latency delays the answer; html-502 sends an nginx page; cors:false drops the CORS headers', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'latency', ms: 150, times: 1 }]);
  const started = Date.now();
  assert.equal((await p.call('vote.AttachedVote.get', { attachId: 1 })).status, 200);
  assert.ok(Date.now() - started >= 140);
  await p.faults([{ kind: 'html-502', times: 1 }, { kind: 'html-502', times: 1, cors: false }]);
  const page = await p.call('vote.AttachedVote.get', { attachId: 1 });
  assert.equal(page.status, 502);
  assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  assert.match(page.text, /502 Bad Gateway[\s\S]*nginx/);
  const bare = await p.call('vote.AttachedVote.get', { attachId: 1 });
  assert.equal(bare.status, 502);
  assert.equal(bare.headers.get('access-control-allow-origin'), null);
});

test('drop-before never stores the vote; drop-after stores it and drops the answer', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'drop-before', method: 'vote.AttachedVote.vote', times: 1 }]);
  await assert.rejects(p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } }));
  assert.equal((await stateOf(p, 1)).ballots['1'], undefined);
  await p.faults([{ kind: 'drop-after', method: 'vote.AttachedVote.vote', times: 1 }]);
  await assert.rejects(p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } }));
  assert.deepEqual((await stateOf(p, 1)).ballots['1'], { 21: ['41'] });
  const log = await p.control('GET', '/__portal/log');
  assert.deepEqual(log.body.requests.map((/** @type {any} */ r) => [r.fault, r.status]), [['drop-before', 0], ['drop-after', 0]]);
});

test('malformed-json and truncated-json answer 200 with a body that does not parse', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'malformed-json', times: 1 }, { kind: 'truncated-json', times: 1 }]);
  const malformed = await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } });
  assert.equal(malformed.status, 200);
  assert.equal(malformed.body, null);
  assert.match(malformed.text, /^<br \/>[\s\S]*\{"result":/);
  assert.deepEqual((await stateOf(p, 1)).ballots['1'], { 21: ['41'] }, 'the call itself was processed');
  const truncated = await p.call('vote.AttachedVote.get', { attachId: 1 });
  assert.equal(truncated.status, 200);
  assert.equal(truncated.body, null);
  assert.ok(truncated.text.startsWith('{"result":{"attach":'));
});

test('hang never answers until reset (or until the client gives up)', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'hang', method: 'vote.AttachedVote.get' }]);
  await assert.rejects(
    fetch(`${p.url}/rest/1/demo/vote.AttachedVote.get?attachId=1`, { signal: AbortSignal.timeout(100) }),
    { name: 'TimeoutError' },
  );
  const pending = fetch(`${p.url}/rest/1/demo/vote.AttachedVote.get?attachId=1`).then(
    () => 'answered',
    () => 'ended',
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  await p.control('POST', '/__portal/reset');
  assert.equal(await pending, 'ended');
  assert.equal((await p.call('vote.AttachedVote.get', { attachId: 1 })).status, 200, 'reset cleared the fault');
});

test('close() ends hung requests', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'hang' }]);
  const pending = fetch(`${p.url}/rest/1/demo/vote.AttachedVote.get?attachId=1`).then(() => 'answered', () => 'ended');
  await new Promise((resolve) => setTimeout(resolve, 50));
  await p.running.close();
  assert.equal(await pending, 'ended');
});

test('in a batch, a fault naming a method fails that sub-call only', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'operation-limit', method: 'vote.AttachedVote.getWithVoted', times: 1 }]);
  const a = await p.call('batch', { cmd: { a: 'vote.AttachedVote.get?attachId=1', b: 'vote.AttachedVote.getWithVoted?attachId=1' } });
  assert.equal(a.status, 200);
  assert.deepEqual(Object.keys(a.body.result.result), ['a']);
  assert.equal(a.body.result.result_error.b.error, 'OPERATION_TIME_LIMIT');
  await p.faults([{ kind: 'internal-error', method: 'batch', times: 1 }]);
  assert.equal((await p.call('batch', { cmd: { a: 'vote.AttachedVote.get?attachId=1' } })).status, 500);
});
