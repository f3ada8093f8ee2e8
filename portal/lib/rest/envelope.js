// @ts-check
// Success and error envelopes.
import { timeBlock } from './time.js';

/**
 * @param {{ result: unknown, total?: number, next?: number }} out
 * @param {number} arrivedAt
 * @param {number} processingStart
 */
export function successEnvelope(out, arrivedAt, processingStart) {
  return {
    result: out.result,
    ...(out.next === undefined ? {} : { next: out.next }),
    ...(out.total === undefined ? {} : { total: out.total }),
    time: timeBlock(arrivedAt, processingStart),
  };
}

/**
 * `{error, error_description}` of a RestError (code-less ones get the portal's code-less code).
 * @param {import('./errors.js').RestError} error
 * @param {string} codelessCode
 */
export function errorBody(error, codelessCode) {
  return { error: error.code ?? codelessCode, error_description: error.description };
}

/**
 * The error answer: `{error, error_description}` and nothing else, as RestException::output writes it (no `time`
 * block, so a real 429 has no `operating_reset_at`). Extra keys only where a fault asks for them (see faults).
 * @param {import('./errors.js').RestError} error
 * @param {string} codelessCode
 */
export function errorEnvelope(error, codelessCode) {
  return { ...errorBody(error, codelessCode), ...error.extra };
}
