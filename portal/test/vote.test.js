// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePortal, attachOf, stateOf } from '../test-support/helpers.js';

/** @param {{ status: number, body: any }} a */
const err = (a) => [a.status, a.body.error, a.body.error_description];

test('vote: single choice keeps the first valid answer, unknown answers are dropped', async (t) => {
  const p = await usePortal(t);
  const a = await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['999', '44', '43'], 77: ['1'] } });
  assert.equal(a.status, 200);
  const attach = attachOf(a);
  assert.deepEqual(attach.userAnswerMap, {
    21: { 44: { EVENT_ID: attach.userAnswerMap['21']['44'].EVENT_ID, EVENT_QUESTION_ID: attach.userAnswerMap['21']['44'].EVENT_QUESTION_ID, ANSWER_ID: '44', ID: attach.userAnswerMap['21']['44'].ID, MESSAGE: '' } },
  });
  for (const key of ['EVENT_ID', 'EVENT_QUESTION_ID', 'ID']) assert.match(attach.userAnswerMap['21']['44'][key], /^\d+$/);
  assert.deepEqual([attach.isVoted, attach.canVote, attach.canRevote], [true, false, true]);
  assert.deepEqual((await stateOf(p, 1)).ballots['1'], { 21: ['44'] });
});

test('vote: counters and percents after several users; changed counters are integers', async (t) => {
  const p = await usePortal(t);
  await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [44] } }, 1);
  await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [44] } }, 7);
  const last = attachOf(await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } }, 8));
  // 8 voters: 42 x3, 43 x1, 41 x2, 44 x2
  assert.equal(last.COUNTER, 8);
  const answers = last.QUESTIONS['21'].ANSWERS;
  assert.equal(last.QUESTIONS['21'].COUNTER, 8);
  assert.deepEqual(
    ['41', '42', '43', '44'].map((id) => [answers[id].COUNTER, answers[id].PERCENT, answers[id]['~PERCENT']]),
    [[2, 25, 25], ['3', 37.5, 37.5], ['1', 12.5, 12.5], ['2', 25, 25]],
  );
  const fresh = attachOf(await p.call('vote.AttachedVote.get', { attachId: 1 }, 8));
  assert.equal(fresh.QUESTIONS['21'].ANSWERS['41'].COUNTER, '2');
});

test('vote again replaces the ballot when revote is allowed', async (t) => {
  const p = await usePortal(t);
  const before = attachOf(await p.call('vote.AttachedVote.get', { attachId: 1 }, 2));
  assert.deepEqual(Object.keys(before.userAnswerMap['21']), ['42']);
  const after = attachOf(await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['44'] } }, 2));
  assert.deepEqual(Object.keys(after.userAnswerMap['21']), ['44']);
  assert.equal(after.COUNTER, 5);
  assert.equal(after.QUESTIONS['21'].ANSWERS['42'].COUNTER, 2);
  assert.equal(after.QUESTIONS['21'].ANSWERS['44'].COUNTER, 1);
  const state = await stateOf(p, 1);
  assert.equal(state.counter, 5);
  assert.deepEqual(state.ballots['2'], { 21: ['44'] });
});

test('no revote: a second vote gives 32', async (t) => {
  const p = await usePortal(t);
  assert.deepEqual(err(await p.call('vote.AttachedVote.vote', { attachId: 6, ballot: { 29: [69] } }, 2)).slice(0, 2), [400, '32']);
  assert.equal((await p.call('vote.AttachedVote.vote', { attachId: 6, ballot: { 29: [69] } }, 5)).status, 200);
  const again = await p.call('vote.AttachedVote.vote', { attachId: 6, ballot: { 29: [68] } }, 5);
  assert.equal(again.body.error, '32');
  assert.deepEqual((await stateOf(p, 6)).ballots['5'], { 29: ['69'] });
});

test('inactive poll: 403 "The poll is inactive." with HTTP 400', async (t) => {
  const p = await usePortal(t);
  assert.deepEqual(err(await p.call('vote.AttachedVote.vote', { attachId: 4, ballot: { 27: [62] } }, 7)), [400, '403', 'The poll is inactive.']);
});

test('ballot checks: required question, empty ballot, inactive answers and questions, wrong types', async (t) => {
  const p = await usePortal(t);
  const required = await p.call('vote.AttachedVote.vote', { attachId: 3, ballot: { 25: [57] } });
  assert.deepEqual(err(required).slice(0, 2), [400, 'QUESTION_24']);
  assert.equal(err(await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: {} }))[1], 'VOTE_11');
  assert.equal(err(await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: [] }))[1], 'VOTE_11');
  assert.equal(err(await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['x', 62] } }))[1], 'VOTE_11');
  const feed = attachOf(await p.call('vote.AttachedVote.vote', {
    moduleId: 'blog', entityType: 'Bitrix\\Vote\\Attachment\\BlogPostConnector', entityId: 201,
    ballot: { 24: ['54'], 23: ['53', '50', '52'], 25: ['59', '58'], 26: ['60'] },
  }));
  assert.deepEqual(
    Object.fromEntries(Object.entries(feed.userAnswerMap).map(([q, answers]) => [q, Object.keys(/** @type {object} */ (answers))])),
    { 23: ['50', '52'], 24: ['54'], 25: ['59'] },
  );
  assert.deepEqual(
    err(await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: 'abc' })),
    [400, '', 'Invalid value {abc} to match with parameter {ballot}. Should be value of type array.'],
  );
  assert.deepEqual(err(await p.call('vote.AttachedVote.vote', { attachId: 1 })), [400, '', 'Could not find value for parameter {ballot}']);
  assert.equal(err(await p.call('vote.AttachedVote.vote', { attachId: 8, ballot: { 31: [73] } }, 2))[2], 'Attach read access denied');
  assert.equal(err(await p.call('vote.AttachedVote.vote', { attachId: 99, ballot: { 31: [73] } }, 2))[1], 'ATTACH_NOT_FOUND');
});

test('multiple choice keeps every valid answer', async (t) => {
  const p = await usePortal(t);
  const a = attachOf(await p.call('vote.AttachedVote.vote', { attachId: 2, ballot: { 22: [49, 45, 46, 46] } }));
  assert.deepEqual(Object.keys(a.userAnswerMap['22']).sort(), ['45', '46', '49']);
  assert.equal(a.QUESTIONS['22'].COUNTER, 5);
  assert.equal(a.QUESTIONS['22'].ANSWERS['46'].PERCENT, 80);
});

test('recall: withdraws, no-op without a vote, 32 without revote, inactive and read denial', async (t) => {
  const p = await usePortal(t);
  const withdrawn = attachOf(await p.call('vote.AttachedVote.recall', { attachId: 1 }, 2));
  assert.deepEqual(withdrawn.userAnswerMap, []);
  assert.deepEqual([withdrawn.isVoted, withdrawn.canVote, withdrawn.canRevote, withdrawn.COUNTER], [false, true, true, 4]);
  assert.equal(withdrawn.QUESTIONS['21'].ANSWERS['42'].COUNTER, 2);
  assert.equal((await stateOf(p, 1)).ballots['2'], undefined);
  const noop = await p.call('vote.AttachedVote.recall', { attachId: 1 }, 1);
  assert.equal(noop.status, 200);
  assert.equal(attachOf(noop).COUNTER, 4);
  assert.equal(err(await p.call('vote.AttachedVote.recall', { attachId: 6 }, 2))[1], '32');
  assert.equal((await p.call('vote.AttachedVote.recall', { attachId: 6 }, 5)).status, 200, 'nothing to recall');
  assert.deepEqual(err(await p.call('vote.AttachedVote.recall', { attachId: 4 }, 1)), [400, '', 'Access denied']);
  // the read-access pre-filter answers first, code-less, before recall's own ATTACH_READ_ACCESS_DENIED
  assert.deepEqual(err(await p.call('vote.AttachedVote.recall', { attachId: 8 }, 2)), [400, '', 'Attach read access denied']);
});

test('stop and resume: author only, result [], finish and reopen', async (t) => {
  const p = await usePortal(t);
  assert.deepEqual(err(await p.call('vote.AttachedVote.stop', { attachId: 1 }, 2)), [400, '403', 'Access denied.']);
  const stop = await p.call('vote.AttachedVote.stop', { attachId: 1 }, 1);
  assert.equal(stop.status, 200);
  assert.deepEqual(stop.body.result, []);
  const stopped = attachOf(await p.call('vote.AttachedVote.get', { attachId: 1 }, 3));
  assert.deepEqual([stopped.isFinished, stopped.canVote, stopped.canRevote], [true, false, false]);
  assert.equal(err(await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } }, 3))[2], 'The poll is inactive.');
  assert.deepEqual(err(await p.call('vote.AttachedVote.resume', { attachId: 1 }, 3)), [400, '403', 'Access denied.']);
  assert.deepEqual((await p.call('vote.AttachedVote.resume', { attachId: 1 }, 1)).body.result, []);
  assert.equal((await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: [41] } }, 3)).status, 200);
  // the seeded finished poll can be reopened by its author
  await p.call('vote.AttachedVote.resume', { attachId: 4 }, 1);
  assert.equal(attachOf(await p.call('vote.AttachedVote.get', { attachId: 4 }, 1)).isFinished, false);
});

test('a refused change of vote has already deleted the old ballot (registerEvent deletes, then checks)', async (t) => {
  const p = await usePortal(t);
  // user 2 voted 42 in poll 1; an empty ballot is refused with VOTE_11 ...
  const refused = await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: { 21: ['999'] } }, 2);
  assert.deepEqual(err(refused).slice(0, 2), [400, 'VOTE_11']);
  // ... and the user is left with no ballot
  assert.equal((await stateOf(p, 1)).ballots['2'], undefined);
  const after = attachOf(await p.call('vote.AttachedVote.get', { attachId: 1 }, 2));
  assert.deepEqual([after.isVoted, after.canVote, after.COUNTER, after.userAnswerMap], [false, true, 4, []]);
  assert.equal(after.QUESTIONS['21'].ANSWERS['42'].COUNTER, '2');
  // the same for a required question of the feed poll (user 2 voted there too)
  const required = await p.call('vote.AttachedVote.vote', { attachId: 3, ballot: { 25: [57] } }, 2);
  assert.equal(required.body.error, 'QUESTION_24');
  assert.equal((await stateOf(p, 3)).ballots['2'], undefined);
});

test('a refused first vote, or a vote refused before the ballot is looked at, changes nothing', async (t) => {
  const p = await usePortal(t);
  assert.equal((await p.call('vote.AttachedVote.vote', { attachId: 1, ballot: {} }, 20)).body.error, 'VOTE_11');
  assert.equal((await stateOf(p, 1)).counter, 5);
  // revote off: 32 comes before the delete, the ballot stays
  assert.equal((await p.call('vote.AttachedVote.vote', { attachId: 6, ballot: {} }, 2)).body.error, '32');
  assert.deepEqual((await stateOf(p, 6)).ballots['2'], { 29: ['68'] });
  // finished poll: inactive comes first
  assert.equal((await p.call('vote.AttachedVote.vote', { attachId: 4, ballot: {} }, 2)).body.error, '403');
  assert.deepEqual((await stateOf(p, 4)).ballots['2'], { 27: ['63'] });
});

test('userAnswerMap rows: EVENT_ID equals the row ID (attach.php fills both from the event-answer row)', async (t) => {
  const p = await usePortal(t);
  const multi = attachOf(await p.call('vote.AttachedVote.vote', { attachId: 2, ballot: { 22: [45, 47] } }, 1));
  const rows = Object.values(multi.userAnswerMap['22']);
  assert.equal(rows.length, 2);
  for (const row of rows) assert.equal(row.EVENT_ID, row.ID);
  assert.notEqual(rows[0].ID, rows[1].ID);
  const seeded = attachOf(await p.call('vote.AttachedVote.get', { attachId: 3 }, 8));
  for (const answers of Object.values(seeded.userAnswerMap)) {
    for (const row of Object.values(/** @type {Record<string, any>} */ (answers))) assert.equal(row.EVENT_ID, row.ID);
  }
});
