// @ts-check
// The portal's in-memory database: polls (attaches), ballots, ID sequences, idempotency keys, per-user vote locks.
import { signAttachId, unsignAttachId, resultUid } from './signer.js';
import { UserLocks } from './user-lock.js';

/** @typedef {import('./poll.js').Poll} Poll */

export class Store {
  constructor() {
    /** @type {Map<number, Poll>} */
    this.polls = new Map();
    this.seq = { attach: 8, vote: 18, message: 1000, questionOrAnswer: 5000, event: 900, eventQuestion: 900, eventAnswer: 900 };
    /** Message idempotency keys (lowercase UUID v4): when first used, and the message once it was sent. */
    /** @type {Map<string, { at: number, messageId?: number }>} */
    this.templates = new Map();
    /** Votes saved by Im.send whose message was never sent, by vote ID. */
    /** @type {Map<number, { chatId: number, authorId: number }>} */
    this.orphanVotes = new Map();
    this.locks = new UserLocks();
  }

  /**
   * Adds a poll; IDs not given come from the sequences.
   * @param {Partial<Poll> & { questions: unknown }} fields
   * @returns {Poll}
   */
  add(fields) {
    const attachId = fields.attachId ?? this.next('attach');
    if (this.polls.has(attachId)) throw new Error(`attach ${attachId} exists`);
    const now = Date.now();
    /** @type {Poll} */
    const poll = {
      attachId,
      voteId: fields.voteId ?? this.next('vote'),
      moduleId: fields.moduleId ?? 'im',
      entityType: fields.entityType ?? 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
      entityId: fields.entityId ?? this.next('message'),
      chatId: fields.chatId ?? null,
      authorId: fields.authorId ?? 1,
      anonymity: fields.anonymity ?? 1,
      options: fields.options ?? 0,
      active: fields.active ?? true,
      dateStart: fields.dateStart ?? now - 60_000,
      dateEnd: fields.dateEnd ?? now + 10 * 365 * 24 * 3600 * 1000,
      readers: fields.readers ?? null,
      questions: fields.questions,
      liveCounters: fields.liveCounters ?? true,
      attachOverrides: fields.attachOverrides ?? null,
      omit: fields.omit ?? [],
      ballots: new Map(),
      timestamp: fields.timestamp ?? new Date(now).toISOString(),
    };
    this.polls.set(attachId, poll);
    return poll;
  }

  /** @param {keyof Store['seq']} name */
  next(name) {
    this.seq[name] += 1;
    return this.seq[name];
  }

  /** @param {number} attachId */
  byAttachId(attachId) {
    return this.polls.get(attachId) ?? null;
  }

  /**
   * First attach of an entity (Manager::loadFirstFromEntity: exact MODULE_ID, ENTITY_TYPE, ENTITY_ID).
   * @param {string} moduleId
   * @param {string} entityType
   * @param {number} entityId
   * @param {boolean} moduleIdCaseInsensitive
   */
  byEntity(moduleId, entityType, entityId, moduleIdCaseInsensitive) {
    const wanted = moduleIdCaseInsensitive ? moduleId.toLowerCase() : moduleId;
    for (const poll of this.polls.values()) {
      const stored = moduleIdCaseInsensitive ? poll.moduleId.toLowerCase() : poll.moduleId;
      if (stored === wanted && poll.entityType === entityType && poll.entityId === entityId) return poll;
    }
    return null;
  }

  /**
   * A signed attach ID, or (without a dot) the result page UID.
   * @param {string} signed
   */
  bySigned(signed) {
    if (signed.includes('.')) {
      const attachId = unsignAttachId(signed);
      return attachId === null ? null : this.byAttachId(attachId);
    }
    for (const poll of this.polls.values()) if (resultUid(poll.attachId) === signed) return poll;
    return null;
  }

  /**
   * Stores (or replaces) a user's ballot.
   * @param {Poll} poll
   * @param {number} userId
   * @param {Array<{ qid: string, aid: string }>} selections
   */
  castBallot(poll, userId, selections) {
    poll.ballots.delete(userId);
    /** @type {Map<string, number>} */
    const eventQuestions = new Map();
    const answers = selections.map(({ qid, aid }) => {
      if (!eventQuestions.has(qid)) eventQuestions.set(qid, this.next('eventQuestion'));
      return { qid, aid, eventQuestionId: /** @type {number} */ (eventQuestions.get(qid)), eventAnswerId: this.next('eventAnswer') };
    });
    poll.ballots.set(userId, { eventId: this.next('event'), at: Date.now(), answers });
  }

  /**
   * @param {Poll} poll
   */
  signedId(poll) {
    return signAttachId(poll.attachId);
  }
}
