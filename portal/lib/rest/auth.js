// @ts-check
// Credentials: webhook code `demo` for any numeric user; OAuth `token-{userId}` valid, `expired-{userId}` expired.
import { system } from './errors.js';

/**
 * @typedef {{ kind: 'webhook' | 'oauth' | 'none', userId: number | null, error: import('./errors.js').RestError | null }} AuthResult
 */

/**
 * @param {import('./route.js').RestRoute} route
 * @param {unknown} token the `auth` parameter
 * @returns {AuthResult}
 */
export function authenticate(route, token) {
  if (route.kind === 'webhook') {
    const userId = positiveInt(route.userIdText);
    if (userId === null || route.code !== 'demo') return { kind: 'webhook', userId, error: system.noAuth() };
    return { kind: 'webhook', userId, error: null };
  }
  if (typeof token !== 'string' || token === '') return { kind: 'none', userId: null, error: system.noAuth() };
  const match = /^(token|expired)-(\d+)$/.exec(token);
  const userId = match ? positiveInt(match[2]) : null;
  if (!match || userId === null) return { kind: 'oauth', userId: null, error: system.noAuth() };
  if (match[1] === 'expired') return { kind: 'oauth', userId, error: system.expiredToken() };
  return { kind: 'oauth', userId, error: null };
}

/** @param {string} text */
function positiveInt(text) {
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
