// @ts-check
// The `attach` object of the answers, built for one user.
import { countBallots, entries, isObject } from './poll.js';
import { flags } from './rules.js';
import { signAttachId, resultUid } from './signer.js';

/** @typedef {import('./poll.js').Poll} Poll */

/**
 * PHP round($value, 2).
 * @param {number} value
 */
export function round2(value) {
  const scaled = Math.abs(value) * 100;
  const rounded = Math.floor(scaled + 0.5 + 1e-9);
  return (Math.sign(value) * rounded) / 100;
}

/**
 * @param {Poll} poll
 */
export function urlsOf(poll) {
  const signed = signAttachId(poll.attachId);
  return {
    signedAttachId: signed,
    resultUrl: `/vote-result/${resultUid(poll.attachId)}`,
    downloadUrl: `/bitrix/services/main/ajax.php?action=vote.AttachedVote.download&SITE_ID=s1&signedAttachId=${signed}`,
  };
}

/**
 * QUESTIONS as served: the stored rows with COUNTER, ~PERCENT and PERCENT recomputed. A counter changed by the
 * current request is an integer (PHP `++` on the loaded string), the others stay numeric strings.
 * @param {Poll} poll
 * @param {Set<string>} touched keys `q:{qid}` and `a:{qid}:{aid}` changed by this request
 */
export function servedQuestions(poll, touched) {
  const copy = structuredClone(poll.questions);
  if (!poll.liveCounters) return copy;
  const counts = countBallots(poll);
  for (const [qkey, q] of entries(copy)) {
    if (!isObject(q)) continue;
    const qid = typeof q.ID === 'string' || typeof q.ID === 'number' ? String(q.ID) : qkey;
    const qCount = counts.byQuestion.get(qid) ?? 0;
    q.COUNTER = touched.has(`q:${qid}`) ? qCount : String(qCount);
    for (const [akey, a] of entries(q.ANSWERS)) {
      if (!isObject(a)) continue;
      const aid = typeof a.ID === 'string' || typeof a.ID === 'number' ? String(a.ID) : akey;
      const aCount = counts.byAnswer.get(`${qid}:${aid}`) ?? 0;
      const percent = qCount > 0 ? (aCount * 100) / qCount : 0;
      a.COUNTER = touched.has(`a:${qid}:${aid}`) ? aCount : String(aCount);
      a['~PERCENT'] = percent;
      a.PERCENT = round2(percent);
    }
  }
  return copy;
}

/**
 * The current user's ballot: `{qid: {aid: {EVENT_ID, EVENT_QUESTION_ID, ANSWER_ID, ID, MESSAGE}}}`, or `[]`.
 * `EVENT_ID` equals `ID` (S `attachment/attach.php`).
 * @param {Poll} poll
 * @param {number} userId
 */
export function userAnswerMap(poll, userId) {
  const ballot = poll.ballots.get(userId);
  if (!ballot || ballot.answers.length === 0) return [];
  /** @type {Record<string, Record<string, Record<string, string>>>} */
  const map = {};
  for (const answer of ballot.answers) {
    map[answer.qid] ??= {};
    // attach.php fills EVENT_ID with the event-answer row's ID, so it always equals ID.
    map[answer.qid][answer.aid] = {
      EVENT_ID: String(answer.eventAnswerId),
      EVENT_QUESTION_ID: String(answer.eventQuestionId),
      ANSWER_ID: answer.aid,
      ID: String(answer.eventAnswerId),
      MESSAGE: '',
    };
  }
  return map;
}

/**
 * @param {Poll} poll
 * @param {number} userId
 * @param {{ now: number, touched?: Set<string> }} options
 */
export function formatAttach(poll, userId, { now, touched = new Set() }) {
  const f = flags(poll, userId, now);
  /** @type {Record<string, unknown>} */
  const attach = {
    ID: poll.attachId,
    VOTE_ID: poll.voteId,
    COUNTER: poll.ballots.size,
    QUESTIONS: servedQuestions(poll, touched),
    ANONYMITY: poll.anonymity,
    OPTIONS: poll.options,
    userAnswerMap: userAnswerMap(poll, userId),
    canEdit: f.canEdit,
    canVote: f.canVote,
    canRevote: f.canRevote,
    isVoted: f.isVoted,
    ...urlsOf(poll),
    entityId: poll.entityId,
    isFinished: f.isFinished,
  };
  if (poll.attachOverrides) Object.assign(attach, structuredClone(poll.attachOverrides));
  for (const key of poll.omit) delete attach[key];
  return attach;
}
