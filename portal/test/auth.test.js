// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal, attachOf } from '../test-support/helpers.js';

test('webhook code demo works for any numeric user, each user sees their own state', async (t) => {
  const p = await usePortal(t);
  const one = await p.call('vote.AttachedVote.get', { attachId: 4 }, 1);
  const five = await p.call('vote.AttachedVote.get', { attachId: 4 }, 5);
  assert.equal(one.status, 200);
  assert.equal(attachOf(one).isVoted, true);
  assert.equal(attachOf(five).isVoted, false);
  assert.equal(one.body.error, undefined);
});

test('wrong webhook code or user answers 401 NO_AUTH_FOUND', async (t) => {
  const p = await usePortal(t);
  for (const path of ['/rest/1/secret/vote.AttachedVote.get', '/rest/0/demo/vote.AttachedVote.get', '/rest/abc/demo/vote.AttachedVote.get']) {
    const a = await p.raw(`${path}?attachId=1`);
    assert.equal(a.status, 401, path);
    assert.equal(a.body.error, 'NO_AUTH_FOUND');
    assert.equal(a.body.error_description, 'Wrong authorization data');
    assert.deepEqual(Object.keys(a.body), ['error', 'error_description'], 'errors carry no time block');
  }
});

test('OAuth token-{user} in the query, a JSON body or a form body', async (t) => {
  const p = await usePortal(t);
  const q = await p.raw('/rest/vote.AttachedVote.get?auth=token-1&attachId=4');
  assert.equal(q.status, 200);
  assert.equal(attachOf(q).isVoted, true);
  const j = await p.raw('/rest/vote.AttachedVote.get', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: 'token-5', attachId: 4 }),
  });
  assert.equal(attachOf(j).isVoted, false);
  const f = await p.raw('/rest/vote.AttachedVote.get.json', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'auth=token-2&attachId=4',
  });
  assert.equal(attachOf(f).isVoted, true);
});

test('expired, missing and unknown OAuth tokens', async (t) => {
  const p = await usePortal(t);
  const expired = await p.raw('/rest/vote.AttachedVote.get?auth=expired-1&attachId=1');
  assert.equal(expired.status, 401);
  assert.deepEqual([expired.body.error, expired.body.error_description], ['expired_token', 'The access token provided has expired']);
  for (const query of ['attachId=1', 'auth=&attachId=1', 'auth=abc&attachId=1', 'auth=token-0&attachId=1']) {
    const a = await p.raw(`/rest/vote.AttachedVote.get?${query}`);
    assert.equal(a.status, 401, query);
    assert.equal(a.body.error, 'NO_AUTH_FOUND', query);
  }
});

test('the log records the auth kind and user, never the code or the token', async (t) => {
  const p = await usePortal(t);
  await p.call('vote.AttachedVote.get', { attachId: 1 }, 3);
  await p.raw('/rest/vote.AttachedVote.get?auth=token-4&attachId=1');
  await p.raw('/rest/vote.AttachedVote.get?attachId=1');
  const log = await p.control('GET', '/__portal/log');
  assert.deepEqual(
    log.body.requests.map((/** @type {any} */ r) => [r.auth, r.userId, r.status]),
    [['webhook', 3, 200], ['oauth', 4, 200], ['none', null, 401]],
  );
  assert.ok(!log.text.includes('demo'), 'no webhook code');
  assert.ok(!log.text.includes('token-4'), 'no token');
  assert.equal(log.body.requests[0].path, '/rest/3/***/vote.AttachedVote.get');
});
