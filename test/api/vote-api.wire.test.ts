/// <reference types="mocha" />
// Every vote-api method over real HTTP against the portal emulator (same origin), with all three ways to name
// a poll. Seeded polls: 1 chat single (im 101), 2 chat multiple (im 102), 3 feed post (blog 201, several
// questions, one required), 4 finished, 5 anonymous, 6 revote off, 7 results hidden, 8 readable by user 1 only.
import { expect } from '@open-wc/testing';
import { validateBallot } from '../../src/api/ballot.js';
import { errorQuestionId } from '../../src/api/ballot-error.js';
import { BLOG_CONNECTOR, IM_CONNECTOR } from '../../src/api/poll-ref.js';
import type { PollRef } from '../../src/api/types.js';
import {
  getAnswerVoted,
  getMany,
  getPoll,
  getWithVoted,
  recall,
  resume,
  stop,
  vote,
} from '../../src/api/vote-api.js';
import { isB24Error, type B24Error } from '../../src/transport/b24-error.js';
import { portalTransport, resetPortal, restLog } from './support/portal.js';

async function failure(p: Promise<unknown>): Promise<B24Error> {
  try {
    await p;
  } catch (error) {
    if (isB24Error(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

/** The three refs of one seeded poll, the signed one read from the portal itself. */
async function threeRefs(attachId: number, moduleId: 'im' | 'blog', entityId: number): Promise<PollRef[]> {
  const { poll } = await getPoll(portalTransport(1), { attachId });
  expect(poll.signedAttachId).to.match(/^\d+\..+/);
  return [
    { attachId },
    { moduleId, entityType: moduleId === 'im' ? IM_CONNECTOR : BLOG_CONNECTOR, entityId },
    { signedAttachId: poll.signedAttachId },
  ];
}

describe('vote-api over HTTP', () => {
  beforeEach(resetPortal);

  it('get: the same chat poll by each kind of ref, normalized', async () => {
    const t = portalTransport(1);
    for (const ref of await threeRefs(1, 'im', 101)) {
      const { poll, attach } = await getPoll(t, ref);
      expect(Number(attach.ID), JSON.stringify(ref)).to.equal(1);
      expect(poll.id).to.equal('1');
      expect(poll.voteId).to.equal('11');
      expect(poll.entityId).to.equal('101');
      expect(poll.voters).to.equal(5);
      expect(poll.isVoted).to.equal(false);
      expect(poll.canEdit).to.equal(true);
      expect(poll.revoteAllowed).to.equal(true);
      const q = poll.questions[0]!;
      expect(q.multiple).to.equal(false);
      expect(q.answers.map((a) => a.id)).to.deep.equal(['42', '43', '41', '44']);
      expect(q.answers.map((a) => a.votes)).to.deep.equal([3, 1, 1, 0]);
      expect(q.answers.map((a) => a.percent)).to.deep.equal([60, 20, 20, 0]);
    }
  });

  it('get: the feed post with several questions, sorted, inactive ones left out', async () => {
    const { poll } = await getPoll(portalTransport(1), { moduleId: 'Blog', entityType: BLOG_CONNECTOR, entityId: 201 });
    expect(poll.id).to.equal('3');
    expect(poll.questions.map((q) => q.id)).to.deep.equal(['24', '25', '23']);
    const [q24, q25, q23] = poll.questions;
    expect(q24!.required).to.equal(true);
    expect(q24!.answers.map((a) => a.id)).to.deep.equal(['55', '54', '56']);
    expect(q25!.html).to.equal(true);
    expect(q25!.text).to.contain('<b>remote Friday</b>');
    expect(q25!.multiple).to.equal(false);
    expect(q23!.multiple).to.equal(true);
    expect(q23!.image).to.be.a('string');
    expect(q23!.answers.map((a) => a.id)).to.deep.equal(['50', '51', '52']);
  });

  it('get: the special polls read as such', async () => {
    const t = portalTransport(1);
    const finished = (await getPoll(t, { attachId: 4 })).poll;
    expect([finished.isFinished, finished.isVoted, finished.canVote]).to.deep.equal([true, true, false]);
    expect((await getPoll(t, { attachId: 5 })).poll.anonymous).to.equal(true);
    expect((await getPoll(t, { attachId: 6 })).poll.revoteAllowed).to.equal(false);
    const hidden = (await getPoll(t, { attachId: 7 })).poll;
    expect([hidden.resultsHidden, hidden.revoteAllowed]).to.deep.equal([true, true]);
  });

  it('get: errors for a missing poll and a poll the user may not read', async () => {
    const missing = await failure(getPoll(portalTransport(1), { attachId: 999 }));
    expect(missing.code).to.equal('ATTACH_NOT_FOUND');
    const missingEntity = await failure(getPoll(portalTransport(1), { moduleId: 'im', entityType: IM_CONNECTOR, entityId: 999 }));
    expect(missingEntity.code).to.equal('ATTACH_NOT_FOUND');
    const badSignature = await failure(getPoll(portalTransport(1), { signedAttachId: '1.0000' }));
    expect(badSignature.code).to.equal('ATTACH_NOT_FOUND');
    const denied = await failure(getPoll(portalTransport(2), { attachId: 8 }));
    expect(denied.code).to.equal('0');
    expect(denied.description).to.match(/read access denied/i);
  });

  it('get: a signed ID works as a share link for a reader without access', async () => {
    const [, , signed] = await threeRefs(8, 'im', 108);
    const { poll } = await getPoll(portalTransport(2), signed!);
    expect(poll.id).to.equal('8');
  });

  it('getMany: polls by entity ID in the order asked, all-or-nothing', async () => {
    const t = portalTransport(1);
    const results = await getMany(t, 'im', null, [107, 101, 102, 101]);
    expect(results.map((r) => r.poll.id)).to.deep.equal(['7', '1', '2', '1']);
    const err = await failure(getMany(t, 'im', null, [101, 999]));
    expect(err.code).to.equal('0');
    expect(err.description).to.match(/999/);
  });

  it('getMany: more than 50 IDs go in several calls, order kept', async () => {
    const t = portalTransport(1);
    const messageIds: number[] = [];
    for (let i = 0; i < 55; i++) {
      const r = await t.call('vote.Integration.Im.send', {
        chatId: 7,
        IM_MESSAGE_VOTE_DATA: {
          QUESTIONS: [{ QUESTION: `Poll ${i}?`, FIELD_TYPE: 0, ANSWERS: [{ MESSAGE: 'Yes' }, { MESSAGE: 'No' }] }],
          ANONYMITY: 1,
          OPTIONS: 1,
        },
      });
      messageIds.push(Number((r.result as { messageId: number }).messageId));
    }
    const before = (await restLog()).length;
    const ids = [...messageIds].reverse();
    const results = await getMany(t, 'IM', undefined, ids);
    expect(results.map((r) => r.poll.entityId)).to.deep.equal(ids.map(String));
    expect(results.map((r) => r.poll.questions[0]!.text)).to.deep.equal(ids.map((_, i) => `Poll ${54 - i}?`));
    const calls = (await restLog()).slice(before);
    expect(calls.map((c) => c.method.toLowerCase())).to.deep.equal(['vote.attachedvote.getmany', 'vote.attachedvote.getmany']);
  });

  it('getWithVoted: the first voters per answer, none for an anonymous poll', async () => {
    const t = portalTransport(1);
    for (const ref of await threeRefs(1, 'im', 101)) {
      const { poll, voted } = await getWithVoted(t, ref);
      expect(poll.id).to.equal('1');
      expect(voted['42']!.map((v) => v.id).sort()).to.deep.equal(['2', '3', '6']);
      expect(voted['44']).to.equal(undefined);
      expect(voted['42']![0]!.name).to.be.a('string').and.not.equal('');
    }
    expect((await getWithVoted(t, { attachId: 5 })).voted).to.deep.equal({});
  });

  it('getWithVoted with pageSize 3: faces on the answers, avatars resolved against the portal', async () => {
    // Two more voters for answer 42 (five in all), so the page of 3 has to cut the list.
    for (const user of [20, 21]) await vote(portalTransport(user), { attachId: 1 }, { '21': ['42'] });
    const { poll, voted } = await getWithVoted(portalTransport(1), { attachId: 1 }, { pageSize: 3 });
    expect(voted['42']).to.have.length(3);
    const answer = poll.questions[0]!.answers.find((a) => a.id === '42')!;
    expect(answer.faces!.map((f) => f.id)).to.deep.equal(voted['42']!.map((v) => v.id));
    for (const face of answer.faces!) {
      expect(face.name).to.not.equal('');
      expect(face.image).to.equal(`${location.origin}/upload/resize_cache/main/avatar/64_64_2/user${face.id}.png`);
    }
    expect(poll.questions[0]!.answers.filter((a) => a.votes === 0).every((a) => a.faces!.length === 0)).to.equal(true);
    // Anonymous: the model has no faces at all.
    const anonymous = await getWithVoted(portalTransport(1), { attachId: 5 }, { pageSize: 3 });
    expect(anonymous.poll.questions.flatMap((q) => q.answers).some((a) => 'faces' in a)).to.equal(false);
  });

  it('getAnswerVoted: pages of 50 by start, total and next from the envelope, all ref kinds', async () => {
    // 55 more users pick Monday (answer 45) in poll 2: 57 voters in all.
    for (let user = 10; user < 65; user++) await vote(portalTransport(user), { attachId: 2 }, { '22': ['45'] });
    const t = portalTransport(1);
    for (const ref of await threeRefs(2, 'im', 102)) {
      const first = await getAnswerVoted(t, ref, '45');
      expect(first.total).to.equal(57);
      expect(first.next).to.equal(50);
      expect(first.voters).to.have.length(50);
      const second = await getAnswerVoted(t, ref, 45, { start: first.next! });
      expect(second.voters).to.have.length(7);
      expect(second.next).to.equal(null);
      const all = new Set([...first.voters, ...second.voters].map((v) => v.id));
      expect(all.size).to.equal(57);
    }
    const notOfPoll = await failure(getAnswerVoted(t, { attachId: 2 }, 41));
    expect(notOfPoll.code).to.equal('403');
  });

  it('vote: a ballot by each kind of ref, counters as the server counts', async () => {
    const refs = await threeRefs(1, 'im', 101);
    let last = 0;
    for (const [i, ref] of refs.entries()) {
      const t = portalTransport(10 + i);
      const { poll: before } = await getPoll(t, ref);
      const ballot = validateBallot(before, { '21': ['44'] });
      const { poll, attach } = await vote(t, ref, ballot);
      expect(Number(attach.ID)).to.equal(1);
      expect(poll.isVoted).to.equal(true);
      expect(poll.questions[0]!.answers.find((a) => a.id === '44')).to.include({ mine: true, votes: i + 1 });
      last = poll.voters;
    }
    expect(last).to.equal(8);
  });

  it('vote: a changed vote replaces the ballot', async () => {
    const t = portalTransport(2);
    const { poll } = await vote(t, { attachId: 1 }, { '21': ['44'] });
    expect(poll.voters).to.equal(5);
    expect(poll.questions[0]!.answers.filter((a) => a.mine).map((a) => a.id)).to.deep.equal(['44']);
    expect(poll.questions[0]!.answers.find((a) => a.id === '42')!.votes).to.equal(2);
  });

  it('vote: the portal\'s errors come through with their codes', async () => {
    const finished = await failure(vote(portalTransport(10), { attachId: 4 }, { '27': ['62'] }));
    expect([finished.code, finished.description]).to.deep.equal(['403', 'The poll is inactive.']);
    const revoteOff = await failure(vote(portalTransport(2), { moduleId: 'im', entityType: IM_CONNECTOR, entityId: 106 }, { '29': ['69'] }));
    expect(revoteOff.code).to.equal('32');
    const required = await failure(vote(portalTransport(10), { attachId: 3 }, { '25': ['57'] }));
    expect(required.code).to.equal('QUESTION_24');
    expect(errorQuestionId(required)).to.equal('24');
    const denied = await failure(vote(portalTransport(2), { attachId: 8 }, { '31': ['73'] }));
    expect(denied.code).to.equal('0');
  });

  it('recall: withdraws the user\'s ballot by each kind of ref', async () => {
    const refs = await threeRefs(1, 'im', 101);
    for (const [i, ref] of refs.entries()) {
      const { poll } = await recall(portalTransport(2 + i), ref);
      expect(poll.isVoted).to.equal(false);
      expect(poll.questions[0]!.answers.some((a) => a.mine)).to.equal(false);
      expect(poll.voters).to.equal(4 - i);
    }
  });

  it('stop and resume: the author closes and reopens by each kind of ref, and gets the fresh poll', async () => {
    const refs = await threeRefs(1, 'im', 101);
    const t = portalTransport(1);
    for (const ref of refs) {
      const before = (await restLog()).length;
      const stopped = await stop(t, ref);
      expect(stopped.poll.isFinished, JSON.stringify(ref)).to.equal(true);
      expect(stopped.poll.canVote).to.equal(false);
      const resumed = await resume(t, ref);
      expect(resumed.poll.isFinished).to.equal(false);
      const calls = (await restLog()).slice(before).map((c) => c.method.toLowerCase());
      expect(calls).to.deep.equal(['vote.attachedvote.stop', 'vote.attachedvote.getwithvoted', 'vote.attachedvote.resume', 'vote.attachedvote.getwithvoted']);
    }
    const notAuthor = await failure(stop(portalTransport(2), { attachId: 1 }));
    expect(notAuthor.code).to.equal('403');
  });
});
