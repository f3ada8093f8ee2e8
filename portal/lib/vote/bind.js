// @ts-check
// Action parameters the way Bitrix's binder reads them: missing -> "Could not find value", wrong type -> "Invalid value".
import { binder } from '../rest/errors.js';

/** @param {unknown} value */
export function present(value) {
  return value !== undefined && value !== null && value !== '';
}

/**
 * An `int` action parameter.
 * @param {Record<string, unknown>} params
 * @param {string} name
 * @param {number} [fallback] default value; without it the parameter is required
 * @returns {number}
 */
export function intParam(params, name, fallback) {
  const value = params[name];
  if (!present(value)) {
    if (fallback === undefined) throw binder.missing(name);
    return fallback;
  }
  const n = toInt(value);
  if (n === null) throw binder.invalid(name, value, 'int');
  return n;
}

/**
 * A `string` action parameter (required).
 * @param {Record<string, unknown>} params
 * @param {string} name
 */
export function stringParam(params, name) {
  const value = params[name];
  if (!present(value)) throw binder.missing(name);
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') throw binder.invalid(name, value, 'string');
  return value;
}

/**
 * An `array` action parameter (required): a JSON object or array, or nested form fields.
 * @param {Record<string, unknown>} params
 * @param {string} name
 * @returns {Record<string, unknown> | unknown[]}
 */
export function arrayParam(params, name) {
  const value = params[name];
  if (value === undefined || value === null) throw binder.missing(name);
  if (typeof value !== 'object') throw binder.invalid(name, value, 'array');
  return /** @type {Record<string, unknown> | unknown[]} */ (value);
}

/**
 * A strict integer (number or decimal string), else null.
 * @param {unknown} value
 */
export function toInt(value) {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) {
    const n = Number(value.trim());
    return Number.isSafeInteger(n) ? n : null;
  }
  return null;
}

/**
 * PHP's (int) cast: leading digits, else 0.
 * @param {unknown} value
 */
export function intval(value) {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0;
  if (typeof value === 'string') {
    const match = /^\s*([+-]?\d+)/.exec(value);
    return match ? Number(match[1]) : 0;
  }
  if (value === true) return 1;
  return 0;
}

/**
 * Values of a PHP array (JSON array or object).
 * @param {unknown} value
 * @returns {unknown[]}
 */
export function phpValues(value) {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') return Object.values(value);
  return [];
}
