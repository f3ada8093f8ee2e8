// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { usePortal, attachOf, stateOf } from '../test-support/helpers.js';
import { createPortal } from '../index.js';

test('limits: the leaky bucket answers 503 over the burst and drains', async (t) => {
  const p = await usePortal(t);
  const set = await p.control('POST', '/__portal/limits', { rateLimit: { burst: 3, perSecond: 0 } });
  assert.deepEqual(set.body.rateLimit, { burst: 3, perSecond: 0 });
  const statuses = [];
  for (let i = 0; i < 4; i += 1) statuses.push((await p.call('vote.AttachedVote.get', { attachId: 1 })).status);
  assert.deepEqual(statuses, [200, 200, 200, 503]);
  // drains at 4 per second: full again after 250 ms, whatever the speed of the requests
  await p.control('POST', '/__portal/limits', { rateLimit: { burst: 1, perSecond: 4 } });
  assert.equal((await p.call('vote.AttachedVote.get', { attachId: 1 })).status, 200);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal((await p.call('vote.AttachedVote.get', { attachId: 1 })).status, 200);
  await p.control('POST', '/__portal/limits', { rateLimit: null });
  for (let i = 0; i < 6; i += 1) assert.equal((await p.call('vote.AttachedVote.get', { attachId: 1 })).status, 200);
  assert.equal((await p.control('POST', '/__portal/limits', { rateLimit: { burst: 'x' } })).status, 400);
});

test('reset: reseeds, clears faults and the log, restores the start limits', async (t) => {
  const p = await usePortal(t, { rateLimit: { burst: 100, perSecond: 10 } });
  await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } });
  await p.faults([{ kind: 'internal-error', method: 'vote.AttachedVote.getMany' }]);
  await p.control('POST', '/__portal/limits', { rateLimit: null, latencyMs: 5, voteLockWaitMs: 20 });
  const reset = await p.control('POST', '/__portal/reset');
  assert.deepEqual(reset.body, { ok: true });
  assert.equal((await stateOf(p, 1)).counter, 5);
  assert.deepEqual((await p.control('GET', '/__portal/faults')).body.faults, []);
  assert.deepEqual((await p.control('GET', '/__portal/limits')).body, { rateLimit: { burst: 100, perSecond: 10 }, latencyMs: 0, voteLockWaitMs: 15000 });
  assert.deepEqual((await p.control('GET', '/__portal/log')).body.requests, []);
});

test('log: one entry per REST request with the parsed params; DELETE clears it', async (t) => {
  const p = await usePortal(t);
  await p.form('vote.AttachedVote.vote', 'attachId=2&ballot[22][]=45', 4);
  const log = await p.control('GET', '/__portal/log');
  const [entry] = log.body.requests;
  assert.deepEqual(
    { ...entry, at: undefined },
    {
      seq: entry.seq, at: undefined, httpMethod: 'POST', path: '/rest/4/***/vote.AttachedVote.vote', method: 'vote.attachedvote.vote',
      params: { attachId: '2', ballot: { 22: ['45'] } }, contentType: 'application/x-www-form-urlencoded', auth: 'webhook', userId: 4, status: 200,
    },
  );
  assert.ok(!Number.isNaN(Date.parse(entry.at)));
  await p.control('DELETE', '/__portal/log');
  assert.deepEqual((await p.control('GET', '/__portal/log')).body.requests, []);
});

test('state lists every poll with its ballots', async (t) => {
  const p = await usePortal(t);
  const state = await p.control('GET', '/__portal/state');
  assert.deepEqual(state.body.polls.map((/** @type {any} */ x) => [x.attachId, x.voteId, x.entityId, x.moduleId]), [
    [1, 11, 101, 'im'], [2, 12, 102, 'im'], [3, 13, 201, 'blog'], [4, 14, 104, 'im'],
    [5, 15, 105, 'im'], [6, 16, 106, 'im'], [7, 17, 107, 'im'], [8, 18, 108, 'im'],
  ]);
  const four = state.body.polls[3];
  assert.deepEqual([four.counter, four.finished, four.ballots['1']], [5, true, { 27: ['63'] }]);
  assert.deepEqual(state.body.polls[7].ballots, {});
  assert.deepEqual(p.portal.state, state.body);
});

test('polls: raw QUESTIONS are served as given; build makes full rows', async (t) => {
  const p = await usePortal(t);
  const long = 'x'.repeat(10000);
  const raw = [{ ID: 1, QUESTION: 'مرحبا 👋 שלום', ANSWERS: [{ ID: 2, MESSAGE: long }, { MESSAGE: null }] }, 'junk'];
  const made = await p.control('POST', '/__portal/polls', { QUESTIONS: raw, omit: ['OPTIONS'], attach: { ANONYMITY: '2' } });
  assert.equal(made.status, 200);
  const attach = attachOf(await p.call('vote.AttachedVote.get', { attachId: made.body.attachId }));
  assert.deepEqual(attach.QUESTIONS, raw);
  assert.equal(attach.OPTIONS, undefined);
  assert.equal(attach.ANONYMITY, '2');
  const voted = await p.call('vote.AttachedVote.vote', { attachId: made.body.attachId, ballot: { 1: [2] } });
  assert.equal(voted.status, 200);
  assert.deepEqual(attachOf(voted).QUESTIONS, raw, 'still as given');

  const answers = Array.from({ length: 100 }, (_, i) => ({ MESSAGE: `Answer ${i + 1} ✨` }));
  const built = await p.control('POST', '/__portal/polls', { build: true, QUESTIONS: [{ QUESTION: long, FIELD_TYPE: 1, ANSWERS: answers }] });
  const full = attachOf(await p.call('vote.AttachedVote.get', { attachId: built.body.attachId }));
  const [question] = Object.values(full.QUESTIONS);
  assert.equal(Object.keys(question.ANSWERS).length, 100);
  assert.equal(question.QUESTION.length, 10000);
  const first = Object.keys(question.ANSWERS)[0];
  const after = attachOf(await p.call('vote.AttachedVote.vote', { attachId: built.body.attachId, ballot: { [question.ID]: [first] } }));
  assert.equal(/** @type {any} */ (Object.values(after.QUESTIONS)[0]).ANSWERS[first].PERCENT, 100);
  assert.equal((await p.control('POST', '/__portal/polls', { attachId: 1 })).status, 400);
});

test('createPortal().handle works as plain middleware and leaves other paths alone', async (t) => {
  const portal = createPortal();
  const server = http.createServer((req, res) => {
    if (portal.matches(req)) {
      void portal.handle(req, res);
      return;
    }
    res.end('app');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  t.after(() => new Promise((resolve) => { server.close(() => resolve(undefined)); server.closeAllConnections(); }));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const base = `http://127.0.0.1:${address.port}`;
  assert.equal(await (await fetch(`${base}/other`)).text(), 'app');
  const a = await fetch(`${base}/rest/1/demo/vote.AttachedVote.get`, { method: 'POST', body: JSON.stringify({ attachId: 3 }), headers: { 'Content-Type': 'application/json' } });
  assert.equal((/** @type {any} */ (await a.json())).result.attach.ID, 3);
  assert.equal(portal.matches(/** @type {any} */ ({ url: '/__portal/state' })), true);
  assert.equal(portal.matches(/** @type {any} */ ({ url: '/src/index.ts' })), false);
});

test('log: CORS preflights are recorded apart and counted per path and per method; DELETE clears them', async (t) => {
  const p = await usePortal(t);
  /** @param {string} path @param {string} headers */
  const preflight = (path, headers) =>
    p.raw(path, {
      method: 'OPTIONS',
      headers: { Origin: 'http://page.test', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': headers },
    });
  await preflight('/rest/3/demo/vote.AttachedVote.get', 'content-type');
  await preflight('/rest/3/demo/vote.AttachedVote.get', 'content-type');
  await preflight('/rest/vote.AttachedVote.vote.json', 'content-type,x-custom');
  await p.call('vote.AttachedVote.get', { attachId: 1 });
  await p.raw('/__portal/state', { method: 'OPTIONS' });
  const log = (await p.control('GET', '/__portal/log')).body;
  assert.equal(log.requests.length, 1, 'REST requests only');
  assert.deepEqual(log.preflightCounts, {
    total: 3,
    byPath: { '/rest/3/***/vote.AttachedVote.get': 2, '/rest/vote.AttachedVote.vote.json': 1 },
    byMethod: { 'vote.attachedvote.get': 2, 'vote.attachedvote.vote': 1 },
  });
  const [first, , third] = log.preflights;
  assert.deepEqual({ ...third, seq: 0, at: '' }, {
    seq: 0, at: '', httpMethod: 'OPTIONS', path: '/rest/vote.AttachedVote.vote.json', method: 'vote.attachedvote.vote',
    origin: 'http://page.test', requestMethod: 'POST', requestHeaders: 'content-type,x-custom',
  });
  assert.ok(first.seq < log.requests[0].seq, 'one sequence for both lists, in arrival order');
  assert.ok(!JSON.stringify(log).includes('demo'), 'no webhook code');
  assert.equal(p.portal.preflights.length, 3);
  await p.control('DELETE', '/__portal/log');
  const cleared = (await p.control('GET', '/__portal/log')).body;
  assert.deepEqual([cleared.preflights, cleared.preflightCounts.total], [[], 0]);
});
