// @ts-check
// Raw question and answer rows with every field the portal sends (numeric strings, legacy form fields and all).

/**
 * @typedef {{ id: number, sort: number, text: string, type?: 'text' | 'html', active?: boolean }} AnswerSpec
 * @typedef {{ id: number, sort: number, text: string, type?: 'text' | 'html', required?: boolean,
 *   fieldType?: number, active?: boolean, image?: Record<string, unknown> | null, answers: AnswerSpec[] }} QuestionSpec
 */

/**
 * @param {number} attachId
 * @param {number} voteId
 * @param {string} timestamp TIMESTAMP_X
 * @param {QuestionSpec} spec
 */
export function buildQuestion(attachId, voteId, timestamp, spec) {
  const fieldName = `bx_vote_event[${attachId}][BALLOT][${spec.id}]`;
  const fieldType = String(spec.fieldType ?? 0);
  /** @type {Record<string, unknown>} */
  const answers = {};
  for (const a of [...spec.answers].sort((x, y) => x.sort - y.sort || x.id - y.id)) {
    answers[String(a.id)] = {
      ID: String(a.id),
      ACTIVE: a.active === false ? 'N' : 'Y',
      TIMESTAMP_X: timestamp,
      QUESTION_ID: String(spec.id),
      C_SORT: String(a.sort),
      IMAGE_ID: null,
      MESSAGE: a.text,
      MESSAGE_TYPE: a.type ?? 'text',
      COUNTER: '0',
      FIELD_TYPE: fieldType,
      FIELD_WIDTH: '0',
      FIELD_HEIGHT: '0',
      FIELD_PARAM: null,
      COLOR: '',
      REACTION: '',
      '~FIELD_NAME': fieldName,
      FIELD_NAME: fieldName,
      MESSAGE_FIELD_NAME: `bx_vote_event[${attachId}][MESSAGE][${spec.id}][${a.id}]`,
      '~PERCENT': 0,
      PERCENT: 0,
    };
  }
  return {
    ID: String(spec.id),
    ACTIVE: spec.active === false ? 'N' : 'Y',
    TIMESTAMP_X: timestamp,
    VOTE_ID: String(voteId),
    C_SORT: String(spec.sort),
    COUNTER: '0',
    QUESTION: spec.text,
    QUESTION_TYPE: spec.type ?? 'text',
    IMAGE_ID: spec.image ? String(spec.image.ID) : null,
    DIAGRAM: 'Y',
    DIAGRAM_TYPE: 'histogram',
    REQUIRED: spec.required ? 'Y' : 'N',
    FIELD_TYPE: fieldType,
    FIELD_NAME: fieldName,
    IMAGE: spec.image ?? null,
    ANSWERS: answers,
  };
}

/**
 * QUESTIONS keyed by question ID, in server order (C_SORT, then ID).
 * @param {number} attachId
 * @param {number} voteId
 * @param {string} timestamp
 * @param {QuestionSpec[]} specs
 */
export function buildQuestions(attachId, voteId, timestamp, specs) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const spec of [...specs].sort((x, y) => x.sort - y.sort || x.id - y.id)) {
    out[String(spec.id)] = buildQuestion(attachId, voteId, timestamp, spec);
  }
  return out;
}
