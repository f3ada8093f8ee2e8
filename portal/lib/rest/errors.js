// @ts-check
// REST errors as the portal reports them: `{"error": code, "error_description": text}` with an HTTP status.

export class RestError extends Error {
  /**
   * @param {string} code the `error` string as sent; `null` for a code-less error (see `codeless`)
   * @param {string} description the `error_description`
   * @param {number} [status] HTTP status (controller errors: 400)
   * @param {Record<string, unknown>} [extra] more top-level keys of the error envelope (only faults add any)
   */
  constructor(code, description, status = 400, extra = {}) {
    super(description);
    this.name = 'RestError';
    /** @type {string | null} */
    this.code = code;
    this.description = description;
    this.status = status;
    this.extra = extra;
  }
}

/**
 * A controller error created without a code (`new Error(message)` in the module source). The code it is sent with
 * is the portal's `codelessErrorCode` option ('' by default, as the docs show it).
 * @param {string} description
 */
export function codeless(description) {
  const error = new RestError('', description, 400);
  error.code = null;
  return error;
}

/** The system errors valid for every method (docs `_includes/system-errors.md`). */
export const system = {
  noAuth: () => new RestError('NO_AUTH_FOUND', 'Wrong authorization data', 401),
  expiredToken: () => new RestError('expired_token', 'The access token provided has expired', 401),
  methodNotFound: () => new RestError('ERROR_METHOD_NOT_FOUND', 'Method not found!', 404),
  queryLimit: () => new RestError('QUERY_LIMIT_EXCEEDED', 'Too many requests', 503),
  operationLimit: () => new RestError('OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.', 429),
  internal: () => new RestError('INTERNAL_SERVER_ERROR', 'Internal server error', 500),
  insufficientScope: () =>
    new RestError('insufficient_scope', 'The request requires higher privileges than provided by the webhook token', 403),
  batchLength: () => new RestError('ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded', 400),
  batchMethod: () => new RestError('ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage', 405),
};

/** Errors of the vote module (status 400: RestManager maps status 0 to 400). */
export const vote = {
  attachNotFound: () => new RestError('ATTACH_NOT_FOUND', 'Attach not found'),
  readDenied: () => codeless('Attach read access denied'),
  inactive: () => new RestError('403', 'The poll is inactive.'),
  occupied: () => new RestError('403', 'Your previous vote is still being processed. Please wait.'),
  accessDenied: () => new RestError('403', 'Access denied.'),
  recallInactive: () => codeless('Access denied'),
  alreadyVoted: () => new RestError('32', 'You have already voted in this poll.'),
  requiredMissing: (/** @type {string} */ questionId) =>
    new RestError(`QUESTION_${questionId}`, 'Please answer the required question.'),
  emptyBallot: (/** @type {number} */ voteId) => new RestError(`VOTE_${voteId}`, 'You have not selected any answer.'),
};

/** Errors of the action parameter binder (main/lib/engine/autowire/binder.php); code-less. */
export const binder = {
  missing: (/** @type {string} */ name) => codeless(`Could not find value for parameter {${name}}`),
  missingPayload: () =>
    codeless(
      'Could not find value for parameter to build auto wired argument ' +
        '{Bitrix\\Vote\\Model\\Dto\\AttachedVotePayload $attachPayload}',
    ),
  invalid: (/** @type {string} */ name, /** @type {unknown} */ value, /** @type {string} */ type) =>
    codeless(`Invalid value {${phpString(value)}} to match with parameter {${name}}. Should be value of type ${type}.`),
};

/**
 * How PHP would interpolate a value into a string.
 * @param {unknown} value
 */
function phpString(value) {
  if (value === null || value === undefined || value === false) return '';
  if (value === true) return '1';
  if (typeof value === 'object') return 'Array';
  return String(value);
}
