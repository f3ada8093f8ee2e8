// @ts-check
// The `echo` fault (error texts that quote the request, as some portals and proxies do) and the preflight record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal } from '../test-support/helpers.js';

test('echo: a known webhook code is accepted and every error text quotes the path and the body', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'echo', code: 's3cr3tC0de9x' }]);
  const body = 'halt=0&cmd[a]=vote.AttachedVote.get%3FattachId%3D998&cmd[b]=vote.AttachedVote.get%3FattachId%3D1';
  const a = await p.raw('/rest/3/s3cr3tC0de9x/batch', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  });
  assert.equal(a.status, 200);
  const failed = a.body.result.result_error.a;
  assert.equal(failed.error, 'ATTACH_NOT_FOUND');
  assert.ok(failed.error_description.startsWith('Attach not found ['), failed.error_description);
  assert.ok(failed.error_description.includes('/rest/3/s3cr3tC0de9x/batch'));
  assert.ok(failed.error_description.includes(encodeURIComponent('/rest/3/s3cr3tC0de9x/batch')));
  assert.ok(failed.error_description.includes(body));
  assert.equal(a.body.result.result.b.attach.ID, 1, 'the good sub-call still answers');
  const [entry] = (await p.control('GET', '/__portal/log')).body.requests;
  assert.deepEqual([entry.auth, entry.userId, entry.fault], ['webhook', 3, 'echo']);
  assert.ok(!JSON.stringify(entry).includes('s3cr3tC0de9x'), 'the log holds no code');
});

test('echo: a top-level error quotes the request; without the fault the code is unknown', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'echo', times: 1 }]);
  const a = await p.call('vote.AttachedVote.get', { attachId: 999 });
  assert.equal(a.status, 400);
  assert.match(a.body.error_description, /^Attach not found \[request \/rest\/1\/demo\/vote\.AttachedVote\.get /);
  const b = await p.raw('/rest/3/s3cr3tC0de9x/vote.AttachedVote.get', { method: 'POST' });
  assert.equal(b.body.error, 'NO_AUTH_FOUND');
});

test('CORS preflights under /rest/ are recorded apart from the REST requests, and cleared with the log', async (t) => {
  const p = await usePortal(t);
  const pre = await p.raw('/rest/1/demo/vote.AttachedVote.get', {
    method: 'OPTIONS',
    headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type', Origin: 'http://example.test' },
  });
  assert.equal(pre.status, 200);
  await p.form('vote.AttachedVote.get', 'attachId=1');
  const log = (await p.control('GET', '/__portal/log')).body;
  assert.equal(log.requests.length, 1);
  assert.equal(log.preflights.length, 1);
  assert.deepEqual(
    [log.preflights[0].path, log.preflights[0].requestMethod, log.preflights[0].requestHeaders],
    ['/rest/1/***/vote.AttachedVote.get', 'POST', 'content-type'],
  );
  await p.control('DELETE', '/__portal/log');
  assert.deepEqual((await p.control('GET', '/__portal/log')).body.preflights, []);
});

test('operation-limit answers as real error answers do: no time block', async (t) => {
  const p = await usePortal(t);
  await p.faults([{ kind: 'operation-limit', times: 1 }]);
  const a = await p.call('vote.AttachedVote.get', { attachId: 1 });
  assert.equal(a.status, 429);
  assert.deepEqual(a.body, { error: 'OPERATION_TIME_LIMIT', error_description: 'Method is blocked due to operation time limit.' });
});
