// @ts-check
// The request's parameters as Bitrix24 reads them: query string merged with the body (JSON, form, multipart or raw
// query-string text), the body winning on the same top-level key.
import { parsePhpQuery, buildPhpParams } from './php-query.js';
import { parseMultipart } from './multipart.js';

/**
 * @param {URL} url
 * @param {Buffer} body
 * @param {string} contentType
 * @returns {{ params: Record<string, unknown>, bodyError: string | null }}
 */
export function parseParams(url, body, contentType) {
  const query = parsePhpQuery(url.search.replace(/^\?/, ''));
  /** @type {Record<string, unknown>} */
  let fromBody = {};
  /** @type {string | null} */
  let bodyError = null;
  const type = contentType.toLowerCase();
  if (body.length > 0) {
    if (type.includes('application/json')) {
      try {
        const parsed = JSON.parse(body.toString('utf8'));
        if (parsed && typeof parsed === 'object') {
          fromBody = Array.isArray(parsed) ? Object.fromEntries(parsed.map((v, i) => [String(i), v])) : parsed;
        }
      } catch (error) {
        bodyError = `invalid JSON body: ${/** @type {Error} */ (error).message}`;
      }
    } else if (type.includes('multipart/form-data')) {
      fromBody = buildPhpParams(parseMultipart(body, contentType));
    } else {
      fromBody = parsePhpQuery(body.toString('utf8'));
    }
  }
  return { params: { ...query, ...fromBody }, bodyError };
}
