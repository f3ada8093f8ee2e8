// @ts-check
// getWithVoted and getAnswerVoted as the second reading of the source has them: paging by start in pages of 50,
// voters by user ID, every answer with COUNTER > 0 listed, faces (IMAGE relative or null) served as PNGs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal, attachOf } from '../test-support/helpers.js';

const IM = 'Bitrix\\Vote\\Attachment\\ImMessageConnector';
const PNG = [0x89, 0x50, 0x4e, 0x47];

/** @param {any} a */
const ids = (a) => a.body.result.items.map((/** @type {any} */ u) => u.ID);

test('getAnswerVoted: page = floor(start / 50) + 1, so start=10 is still the first page', async (t) => {
  const p = await usePortal(t);
  for (let user = 10; user < 70; user += 1) await p.call('vote.AttachedVote.vote', { attachId: 2, ballot: { 22: [45] } }, user);
  const at10 = await p.call('vote.AttachedVote.getAnswerVoted', { attachId: 2, answerId: 45, start: 10 });
  assert.equal(at10.body.result.items.length, 50);
  assert.deepEqual(ids(at10).slice(0, 3), [2, 7, 10], 'starts at the first voter, not the eleventh');
  assert.deepEqual([at10.body.total, at10.body.next], [62, 50]);
  const at60 = await p.call('vote.AttachedVote.getAnswerVoted', { attachId: 2, answerId: 45, start: 60 });
  assert.deepEqual(ids(at60), Array.from({ length: 12 }, (_, i) => 58 + i), 'start=60 is the second page (from 50)');
  assert.equal(at60.body.next, undefined);
  const form = await p.form('vote.AttachedVote.getAnswerVoted', 'attachId=2&answerId=45&start=99');
  assert.equal(form.body.result.items[0].ID, 58);
});

test('getAnswerVoted: voters come ordered by user ID, whenever they voted; pageNavigation is ignored', async (t) => {
  const p = await usePortal(t);
  // user 1 votes last for Sushi bar (42), which users 2, 3, 6 chose before
  await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [42] } }, 1);
  const a = await p.call('vote.AttachedVote.getAnswerVoted', { attachId: 1, answerId: 42, pageNavigation: { size: 1, page: 2 } });
  assert.deepEqual(ids(a), [1, 2, 3, 6]);
  assert.equal(a.body.total, 4);
  const nav = await p.call('vote.AttachedVote.getAnswerVoted', { attachId: 1, answerId: 42, pageNavigation: { pageSize: 1, currentPage: 3 } });
  assert.deepEqual(ids(nav), [1, 2, 3, 6]);
});

test('getWithVoted: every answer with COUNTER > 0 is listed; voters by user ID, up to pageSize', async (t) => {
  const p = await usePortal(t);
  await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [42] } }, 1);
  const a = await p.call('vote.AttachedVote.getWithVoted', { attachId: 1, pageSize: 3 });
  const voted = a.body.result.voted;
  assert.deepEqual(Object.keys(voted), ['41', '42', '43'], 'answer 44 has no votes and no list');
  assert.deepEqual(voted['42'].map((/** @type {any} */ u) => u.ID), [1, 2, 3], 'the first three by user ID');
  // a raw poll whose rows claim votes nobody cast: each answer with COUNTER > 0 gets its list, empty or not
  const raw = await p.control('POST', '/__portal/polls', {
    QUESTIONS: {
      900: { ID: '900', ACTIVE: 'Y', C_SORT: '10', QUESTION: 'Raw?', FIELD_TYPE: '0', COUNTER: '3', ANSWERS: {
        901: { ID: '901', ACTIVE: 'Y', C_SORT: '10', MESSAGE: 'A', COUNTER: '2' },
        902: { ID: '902', ACTIVE: 'Y', C_SORT: '20', MESSAGE: 'B', COUNTER: '1' },
        903: { ID: '903', ACTIVE: 'Y', C_SORT: '30', MESSAGE: 'C', COUNTER: '0' },
      } },
    },
    ballots: { 4: { 900: ['901'] } },
  });
  const rawVoted = (await p.call('vote.AttachedVote.getWithVoted', { attachId: raw.body.attachId })).body.result.voted;
  assert.deepEqual(Object.keys(rawVoted), ['901', '902']);
  assert.deepEqual(rawVoted['901'].map((/** @type {any} */ u) => u.ID), [4]);
  assert.deepEqual(rawVoted['902'], []);
  // nobody visible: [] even though counters are > 0
  assert.deepEqual((await p.call('vote.AttachedVote.getWithVoted', { attachId: 5 })).body.result.voted, []);
});

test('getWithVoted names a poll the three ways get does, and works inside a batch', async (t) => {
  const p = await usePortal(t);
  const signed = attachOf(await p.call('vote.AttachedVote.get', { attachId: 1 })).signedAttachId;
  const ways = [
    { attachId: 1 },
    { moduleId: 'im', entityType: IM, entityId: 101 },
    { signedAttachId: signed },
  ];
  for (const way of ways) {
    const a = await p.call('vote.AttachedVote.getWithVoted', { ...way, pageSize: 3 });
    assert.equal(a.status, 200, JSON.stringify(way));
    assert.equal(a.body.result.attach.ID, 1);
    assert.deepEqual(a.body.result.voted['42'].map((/** @type {any} */ u) => u.ID), [2, 3, 6]);
  }
  const batch = await p.call('batch', {
    cmd: {
      a: 'vote.AttachedVote.getWithVoted?attachId=2&pageSize=3',
      b: `vote.AttachedVote.getWithVoted?moduleId=im&entityType=${encodeURIComponent(IM)}&entityId=105&pageSize=3`,
      c: `vote.AttachedVote.getWithVoted?signedAttachId=${signed}&pageSize=3`,
      d: 'vote.AttachedVote.getWithVoted?attachId=999&pageSize=3',
    },
  });
  const r = batch.body.result;
  assert.deepEqual(r.result.a.voted['46'].map((/** @type {any} */ u) => u.ID), [2, 3, 4]);
  assert.deepEqual(r.result.b.voted, [], 'anonymous');
  assert.equal(r.result.c.attach.ID, 1);
  assert.equal(r.result_error.d.error, 'ATTACH_NOT_FOUND');
  // form-encoded, as the fetch transport sends it
  const form = await p.form('batch', `cmd[p1]=${encodeURIComponent('vote.AttachedVote.getWithVoted?attachId=1&pageSize=3')}`);
  assert.equal(form.body.result.result.p1.voted['42'].length, 3);
});

test('voters carry ID, NAME, IMAGE (relative, or null) and WORK_POSITION; the images are PNGs', async (t) => {
  const p = await usePortal(t);
  const voted = (await p.call('vote.AttachedVote.getWithVoted', { attachId: 2 })).body.result.voted;
  const users = new Map([...voted['45'], ...voted['46'], ...voted['49']].map((u) => [u.ID, u]));
  assert.deepEqual(users.get(7), { ID: 7, NAME: 'Carlos García', IMAGE: null, WORK_POSITION: 'Sales Manager' });
  const maria = users.get(2);
  assert.equal(maria.IMAGE, '/upload/resize_cache/main/avatar/64_64_2/user2.png');
  for (const user of users.values()) {
    if (user.IMAGE === null) continue;
    assert.match(user.IMAGE, /^\/upload\//, 'relative to the portal origin');
    const image = await fetch(`${p.url}${user.IMAGE}`);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/png');
    assert.equal(image.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual([...new Uint8Array(await image.arrayBuffer()).slice(0, 4)], PNG);
  }
});
