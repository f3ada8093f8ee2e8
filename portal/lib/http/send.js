// @ts-check
// Writing answers: CORS headers like the real portal, JSON, text, and tolerance of sockets that already went away.

/** CORS headers of the real portal's REST answers (rest_util.php::sendHeaders). */
export const REST_CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'origin, content-type, accept',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
};

/** CORS headers of the emulator's own control routes. */
export const CONTROL_CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'origin, content-type, accept',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
};

/**
 * @param {import('node:http').ServerResponse} res
 */
export function isGone(res) {
  return res.writableEnded || res.destroyed || Boolean(res.socket?.destroyed);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string | Buffer} body
 */
export function send(res, status, headers, body) {
  if (isGone(res)) return;
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...headers, 'Content-Length': String(payload.length) });
  res.end(payload);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} data
 * @param {Record<string, string>} [cors]
 */
export function sendJson(res, status, data, cors = REST_CORS) {
  send(res, status, { ...cors, 'Content-Type': 'application/json; charset=utf-8' }, JSON.stringify(data));
}
