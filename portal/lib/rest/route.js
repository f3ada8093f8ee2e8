// @ts-check
// Which REST call a path is: webhook `/rest/{userId}/{code}/{method}` or OAuth `/rest/{method}`, `.json` optional.

/**
 * @typedef {{ kind: 'webhook', userIdText: string, code: string, method: string }
 *   | { kind: 'oauth', method: string }} RestRoute
 */

/**
 * @param {string} pathname a path under `/rest/`
 * @returns {RestRoute}
 */
export function parseRestPath(pathname) {
  const segments = pathname.slice('/rest/'.length).split('/').map(safeDecode);
  if (segments.length === 1) return { kind: 'oauth', method: methodName(segments[0]) };
  const [userIdText = '', code = '', ...rest] = segments;
  // `/rest/{userId}/{code}/{method}`; anything longer names no known method.
  const method = rest.length === 1 ? methodName(rest[0]) : rest.length === 0 ? '' : `${rest.join('/')}`.toLowerCase();
  return { kind: 'webhook', userIdText, code, method };
}

/**
 * Lower-cased method name without the `.json` suffix.
 * @param {string} raw
 */
export function methodName(raw) {
  return raw.toLowerCase().replace(/\.json$/, '');
}

/** @param {string} text */
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The path as it may be logged: the webhook code is replaced by `***`.
 * @param {string} pathname
 */
export function redactPath(pathname) {
  const match = /^\/rest\/([^/]*)\/([^/]*)\/(.*)$/.exec(pathname);
  if (!match) return pathname;
  return `/rest/${match[1]}/***/${match[3]}`;
}
