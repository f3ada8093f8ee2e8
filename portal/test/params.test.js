// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal, attachOf, stateOf } from '../test-support/helpers.js';

test('JSON, form-encoded (PHP nested keys), multipart and query-string parameters', async (t) => {
  const p = await usePortal(t);
  const json = await p.call('vote.AttachedVote.vote', { attachId: 2, ballot: { 22: ['45', 47] } }, 10);
  assert.equal(json.status, 200);
  assert.deepEqual(Object.keys(attachOf(json).userAnswerMap['22']).sort(), ['45', '47']);

  const form = await p.form('vote.AttachedVote.vote', 'attachId=2&ballot%5B22%5D%5B%5D=46&ballot[22][]=48', 11);
  assert.equal(form.status, 200);
  assert.deepEqual(Object.keys(attachOf(form).userAnswerMap['22']).sort(), ['46', '48']);

  const data = new FormData();
  data.append('attachId', '2');
  data.append('ballot[22][]', '49');
  const multipart = await p.raw('/rest/12/demo/vote.AttachedVote.vote', { method: 'POST', body: data });
  assert.equal(multipart.status, 200);
  assert.deepEqual(Object.keys(attachOf(multipart).userAnswerMap['22']), ['49']);

  const query = await p.raw('/rest/13/demo/vote.AttachedVote.vote?attachId=2&ballot[22][0]=45');
  assert.equal(query.status, 200);
  const state = await stateOf(p, 2);
  assert.deepEqual(state.ballots['13'], { 22: ['45'] });
});

test('query string and body are merged, the body wins', async (t) => {
  const p = await usePortal(t);
  const a = await p.raw('/rest/1/demo/vote.AttachedVote.get?attachId=1&pageSize=3', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ attachId: 2 }),
  });
  assert.equal(attachOf(a).ID, 2);
  const log = await p.control('GET', '/__portal/log');
  assert.deepEqual(log.body.requests[0].params, { attachId: 2, pageSize: '3' });
  assert.equal(log.body.requests[0].contentType, 'application/json');
});

test('method names are case-insensitive, `.json` is optional, GET works', async (t) => {
  const p = await usePortal(t);
  for (const name of ['vote.attachedvote.get', 'VOTE.ATTACHEDVOTE.GET.json', 'vote.AttachedVote.get.JSON']) {
    const a = await p.raw(`/rest/1/demo/${name}?attachId=1`);
    assert.equal(a.status, 200, name);
    assert.equal(attachOf(a).ID, 1);
  }
  const log = await p.control('GET', '/__portal/log');
  assert.ok(log.body.requests.every((/** @type {any} */ r) => r.method === 'vote.attachedvote.get'));
});

test('unknown method answers 404 ERROR_METHOD_NOT_FOUND', async (t) => {
  const p = await usePortal(t);
  const a = await p.call('vote.AttachedVote.nope');
  assert.equal(a.status, 404);
  assert.deepEqual([a.body.error, a.body.error_description], ['ERROR_METHOD_NOT_FOUND', 'Method not found!']);
});

test('CORS: preflight and answers carry the real portal headers', async (t) => {
  const p = await usePortal(t);
  const pre = await p.raw('/rest/1/demo/vote.AttachedVote.get', {
    method: 'OPTIONS',
    headers: { Origin: 'http://example.test', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  });
  assert.equal(pre.status, 200);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');
  assert.equal(pre.headers.get('access-control-allow-headers'), 'origin, content-type, accept');
  assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/);
  const get = await p.call('vote.AttachedVote.get', { attachId: 1 });
  assert.equal(get.headers.get('access-control-allow-origin'), '*');
  const error = await p.call('vote.AttachedVote.get', { attachId: 999 });
  assert.equal(error.headers.get('access-control-allow-origin'), '*');
  const control = await p.raw('/__portal/log', { method: 'OPTIONS', headers: { Origin: 'http://example.test' } });
  assert.equal(control.status, 204);
  assert.equal(control.headers.get('access-control-allow-origin'), '*');
  assert.match(control.headers.get('access-control-allow-methods') ?? '', /DELETE/);
  const log = await p.control('GET', '/__portal/log');
  assert.equal(log.headers.get('access-control-allow-origin'), '*');
  assert.equal(log.body.requests.length, 2, 'preflights are not logged');
});

test('every answer has the time block', async (t) => {
  const p = await usePortal(t);
  const a = await p.call('vote.AttachedVote.get', { attachId: 1 });
  const time = a.body.time;
  for (const key of ['start', 'finish', 'duration', 'processing', 'operating_reset_at', 'operating']) {
    assert.equal(typeof time[key], 'number', key);
  }
  assert.match(time.date_start, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  assert.ok(time.finish >= time.start);
});
