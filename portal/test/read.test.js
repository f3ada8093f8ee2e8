// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal, attachOf } from '../test-support/helpers.js';

const IM = 'Bitrix\\Vote\\Attachment\\ImMessageConnector';
const BLOG = 'Bitrix\\Vote\\Attachment\\BlogPostConnector';

test('get: field types as the portal sends them', async (t) => {
  const p = await usePortal(t);
  const a = attachOf(await p.call('vote.AttachedVote.get', { attachId: 1 }, 1));
  assert.equal(a.ID, 1);
  assert.equal(a.VOTE_ID, 11);
  assert.equal(a.COUNTER, 5);
  assert.equal(a.entityId, 101);
  assert.deepEqual(a.userAnswerMap, []);
  const q = a.QUESTIONS['21'];
  assert.equal(q.ID, '21');
  assert.equal(q.COUNTER, '5');
  assert.equal(q.FIELD_TYPE, '0');
  const sushi = q.ANSWERS['42'];
  assert.deepEqual([sushi.COUNTER, sushi.C_SORT, sushi.PERCENT, sushi['~PERCENT']], ['3', '10', 60, 60]);
  const bySort = Object.values(q.ANSWERS).sort((/** @type {any} */ x, /** @type {any} */ y) => Number(x.C_SORT) - Number(y.C_SORT));
  assert.deepEqual(bySort.map((/** @type {any} */ x) => x.ID), ['42', '43', '41', '44'], 'C_SORT order differs from ID order');
  assert.match(a.signedAttachId, /^1\.[0-9a-f]{64}$/);
  assert.match(a.resultUrl, /^\/vote-result\/[0-9a-v]{16}$/);
  assert.equal(
    a.downloadUrl,
    `/bitrix/services/main/ajax.php?action=vote.AttachedVote.download&SITE_ID=s1&signedAttachId=${a.signedAttachId}`,
  );
  const multi = attachOf(await p.call('vote.AttachedVote.get', { attachId: 2 })).QUESTIONS['22'];
  // 4 voters, Tuesday chosen by 3 of them: 75; Monday by 2: 50; Wednesday by 1: 25
  assert.deepEqual(
    ['45', '46', '47'].map((id) => multi.ANSWERS[id].PERCENT),
    [50, 75, 25],
  );
  const feed = attachOf(await p.call('vote.AttachedVote.get', { attachId: 3 }));
  // Q25 answered by 3 of 4 voters: 1/3 each -> 33.33, ~PERCENT unrounded
  assert.equal(feed.QUESTIONS['25'].ANSWERS['57'].PERCENT, 33.33);
  assert.equal(feed.QUESTIONS['25'].ANSWERS['57']['~PERCENT'], 100 / 3);
  assert.equal(feed.QUESTIONS['25'].QUESTION_TYPE, 'html');
  assert.equal(feed.QUESTIONS['23'].IMAGE.SRC, '/upload/vote/3a1/office-floor-plan.png');
  assert.equal(feed.QUESTIONS['26'].ACTIVE, 'N');
  assert.equal(feed.QUESTIONS['23'].ANSWERS['53'].ACTIVE, 'N');
});

test('flags: canVote, canRevote, isVoted, isFinished, canEdit', async (t) => {
  const p = await usePortal(t);
  const flags = async (/** @type {number} */ attachId, /** @type {number} */ user) => {
    const a = attachOf(await p.call('vote.AttachedVote.get', { attachId }, user));
    return { canEdit: a.canEdit, canVote: a.canVote, canRevote: a.canRevote, isVoted: a.isVoted, isFinished: a.isFinished };
  };
  // revote allowed, not voted: canRevote true already (source rule)
  assert.deepEqual(await flags(1, 1), { canEdit: true, canVote: true, canRevote: true, isVoted: false, isFinished: false });
  assert.deepEqual(await flags(1, 2), { canEdit: false, canVote: false, canRevote: true, isVoted: true, isFinished: false });
  assert.deepEqual(await flags(6, 2), { canEdit: false, canVote: false, canRevote: false, isVoted: true, isFinished: false });
  assert.deepEqual(await flags(6, 5), { canEdit: false, canVote: true, canRevote: false, isVoted: false, isFinished: false });
  assert.deepEqual(await flags(4, 1), { canEdit: true, canVote: false, canRevote: false, isVoted: true, isFinished: true });
  assert.deepEqual(await flags(7, 1), { canEdit: true, canVote: true, canRevote: true, isVoted: false, isFinished: false });
  const seven = attachOf(await p.call('vote.AttachedVote.get', { attachId: 7 }));
  assert.equal(seven.OPTIONS, 3);
  assert.equal(attachOf(await p.call('vote.AttachedVote.get', { attachId: 5 })).ANONYMITY, 2);
});

test('the three identification sets, in the server order', async (t) => {
  const p = await usePortal(t);
  const id = async (/** @type {Record<string, unknown>} */ params, user = 1) => {
    const a = await p.call('vote.AttachedVote.get', params, user);
    return a.status === 200 ? attachOf(a).ID : `${a.status} ${a.body.error} ${a.body.error_description}`;
  };
  const signed = attachOf(await p.call('vote.AttachedVote.get', { attachId: 2 })).signedAttachId;
  const uid = attachOf(await p.call('vote.AttachedVote.get', { attachId: 2 })).resultUrl.split('/').pop();
  assert.equal(await id({ moduleId: 'im', entityType: IM, entityId: 102 }), 2);
  assert.equal(await id({ moduleId: 'blog', entityType: BLOG, entityId: 201 }), 3);
  assert.equal(await id({ signedAttachId: signed }), 2);
  assert.equal(await id({ signedAttachId: uid }), 2);
  // precedence: attachId, then the entity triple, then the signed ID
  assert.equal(await id({ attachId: 1, moduleId: 'im', entityType: IM, entityId: 105, signedAttachId: signed }), 1);
  assert.equal(await id({ moduleId: 'im', entityType: IM, entityId: 105, signedAttachId: signed }), 5);
  assert.equal(await id({ moduleId: 'im', entityId: 105, signedAttachId: signed }), 2, 'an incomplete triple is skipped');
  // errors
  assert.equal(await id({ attachId: 999 }), '400 ATTACH_NOT_FOUND Attach not found');
  assert.equal(await id({ signedAttachId: `2.${'0'.repeat(64)}` }), '400 ATTACH_NOT_FOUND Attach not found');
  assert.equal(await id({ moduleId: 'Im', entityType: IM, entityId: 102 }), '400 ATTACH_NOT_FOUND Attach not found');
  assert.equal(await id({ moduleId: 'im', entityType: BLOG, entityId: 102 }), '400 ATTACH_NOT_FOUND Attach not found');
  assert.equal(
    await id({}),
    '400  Could not find value for parameter to build auto wired argument ' +
      '{Bitrix\\Vote\\Model\\Dto\\AttachedVotePayload $attachPayload}',
  );
  assert.equal(
    await id({ attachId: 'abc' }),
    '400  Invalid value {abc} to match with parameter {attachId}. Should be value of type int.',
  );
});

test('moduleId may be made case-insensitive by an option', async (t) => {
  const p = await usePortal(t, { moduleIdCaseInsensitive: true });
  const a = await p.call('vote.AttachedVote.get', { moduleId: 'Im', entityType: IM, entityId: 102 });
  assert.equal(attachOf(a).ID, 2);
});

test('read denial: empty code; the signed ID works as a share link for reads only', async (t) => {
  const p = await usePortal(t);
  const denied = await p.call('vote.AttachedVote.get', { attachId: 8 }, 2);
  assert.equal(denied.status, 400);
  assert.deepEqual([denied.body.error, denied.body.error_description], ['', 'Attach read access denied']);
  const signed = attachOf(await p.call('vote.AttachedVote.get', { attachId: 8 }, 1)).signedAttachId;
  const shared = await p.call('vote.AttachedVote.get', { signedAttachId: signed }, 2);
  assert.equal(shared.status, 200);
  const vote = await p.call('vote.AttachedVote.vote', { signedAttachId: signed, ballot: { 31: [73] } }, 2);
  assert.equal(vote.body.error_description, 'Attach read access denied');
});

test('code-less errors may be sent as "0" by an option', async (t) => {
  const p = await usePortal(t, { codelessErrorCode: '0' });
  const denied = await p.call('vote.AttachedVote.get', { attachId: 8 }, 2);
  assert.equal(denied.body.error, '0');
});

test('getMany: order of entityIds, all-or-nothing, code-less errors, max 50', async (t) => {
  const p = await usePortal(t);
  const ok = await p.call('vote.AttachedVote.getMany', { moduleId: 'im', entityType: IM, entityIds: [107, 101, '0', 102, 101] });
  assert.equal(ok.status, 200);
  assert.deepEqual(ok.body.result.items.map((/** @type {any} */ a) => a.ID), [7, 1, 2]);
  const form = await p.form('vote.AttachedVote.getMany', `moduleId=im&entityType=${encodeURIComponent(IM)}&entityIds[]=104&entityIds[]=105`);
  assert.deepEqual(form.body.result.items.map((/** @type {any} */ a) => a.entityId), [104, 105]);
  const missing = await p.call('vote.AttachedVote.getMany', { moduleId: 'im', entityType: IM, entityIds: [101, 999, 102] });
  assert.equal(missing.status, 400);
  assert.deepEqual([missing.body.error, missing.body.error_description], ['', 'Attach with entityId 999 not found ']);
  assert.equal(missing.body.result, undefined);
  const denied = await p.call('vote.AttachedVote.getMany', { moduleId: 'im', entityType: IM, entityIds: [101, 108] }, 2);
  assert.equal(denied.body.error_description, 'Attach with entityId 108 read access denied');
  const many = Array.from({ length: 51 }, (_, i) => 1000 + i);
  const tooMany = await p.call('vote.AttachedVote.getMany', { moduleId: 'im', entityType: IM, entityIds: many });
  assert.deepEqual([tooMany.status, tooMany.body.error, tooMany.body.error_description], [400, '', 'Too many entity ids']);
});

test('getWithVoted: voters per answer, pageSize clamp, anonymous and empty polls give []', async (t) => {
  const p = await usePortal(t);
  const a = await p.call('vote.AttachedVote.getWithVoted', { attachId: 1 });
  const voted = a.body.result.voted;
  assert.deepEqual(Object.keys(voted).sort(), ['41', '42', '43']);
  assert.deepEqual(voted['42'].map((/** @type {any} */ u) => u.ID), [2, 3, 6]);
  assert.deepEqual(voted['42'][0], {
    ID: 2, NAME: 'Maria Ivanova', IMAGE: '/upload/resize_cache/main/avatar/64_64_2/user2.png', WORK_POSITION: 'Frontend Developer',
  });
  assert.equal(a.body.result.attach.ID, 1);
  const one = await p.call('vote.AttachedVote.getWithVoted', { attachId: 1, pageSize: 0 });
  assert.equal(one.body.result.voted['42'].length, 1);
  const anonymous = await p.call('vote.AttachedVote.getWithVoted', { attachId: 5 });
  assert.deepEqual(anonymous.body.result.voted, []);
  const empty = await p.call('vote.AttachedVote.getWithVoted', { attachId: 8 });
  assert.deepEqual(empty.body.result.voted, []);
});

test('getAnswerVoted: pages of 50 by start, total and next at the top level', async (t) => {
  const p = await usePortal(t);
  // 60 more users pick Monday (45) in the multiple-choice poll: 62 voters in all
  for (let user = 10; user < 70; user += 1) {
    const a = await p.call('vote.AttachedVote.vote', { attachId: 2, ballot: { 22: [45] } }, user);
    assert.equal(a.status, 200);
  }
  const first = await p.call('vote.AttachedVote.getAnswerVoted', { attachId: 2, answerId: 45 });
  assert.equal(first.body.result.items.length, 50);
  assert.equal(first.body.total, 62);
  assert.equal(first.body.next, 50);
  assert.equal(first.body.result.total, undefined);
  assert.deepEqual(first.body.result.items[2], { ID: 10, NAME: 'User 10', IMAGE: null, WORK_POSITION: null });
  const second = await p.call('vote.AttachedVote.getAnswerVoted', { attachId: 2, answerId: 45, start: 50 });
  assert.equal(second.body.result.items.length, 12);
  assert.equal(second.body.total, 62);
  assert.equal(second.body.next, undefined);
  const wrong = await p.call('vote.AttachedVote.getAnswerVoted', { attachId: 2, answerId: 41 });
  assert.deepEqual([wrong.status, wrong.body.error, wrong.body.error_description], [400, '403', 'Access denied.']);
  const anonymous = await p.call('vote.AttachedVote.getAnswerVoted', { attachId: 5, answerId: 65 });
  assert.deepEqual([anonymous.body.result.items, anonymous.body.total], [[], 0]);
  const missing = await p.call('vote.AttachedVote.getAnswerVoted', { attachId: 5 });
  assert.equal(missing.body.error_description, 'Could not find value for parameter {answerId}');
});
