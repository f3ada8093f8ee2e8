// @ts-check
// What a fault sends instead of (or on top of) the real answer.
import { send, sendJson, REST_CORS } from '../http/send.js';
import { system } from './errors.js';
import { errorEnvelope } from './envelope.js';
import { nowMs, timeBlock } from './time.js';

/** Kinds answered after the call was processed. */
export const AFTER_KINDS = new Set(['drop-after', 'malformed-json', 'truncated-json']);

/**
 * Drops the connection at once while the call goes on running on the server (a proxy that gives up on a slow
 * PHP request): with a `latency` fault for the same request, a client's retry arrives while the first is running.
 * @param {import('./faults.js').Fault} fault
 * @param {import('node:http').ServerResponse} res
 */
export function dropEarly(fault, res) {
  dropConnection(res, corsOf(fault));
}

const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/** @param {import('./faults.js').Fault} fault */
export function corsOf(fault) {
  return fault.cors === false ? {} : REST_CORS;
}

/**
 * Answers a fault that stops the call before it is processed. Resolves when the answer is done (for `hang`: when
 * the socket closes, e.g. on reset).
 * @param {import('./faults.js').Fault} fault
 * @param {import('node:http').ServerResponse} res
 * @param {import('./runtime.js').Runtime} rt
 * @param {number} arrivedAt
 * @returns {Promise<number>} the HTTP status sent (0 when nothing was sent)
 */
export async function answerBefore(fault, res, rt, arrivedAt) {
  const cors = corsOf(fault);
  const json = (/** @type {import('./errors.js').RestError} */ error) => {
    sendJson(res, error.status, errorEnvelope(error, rt.codelessCode), cors);
    return error.status;
  };
  switch (fault.kind) {
    case 'rate-limit':
      return json(system.queryLimit());
    case 'operation-limit': {
      const error = system.operationLimit();
      // A real 429 has no `time` block. `resetInSeconds` adds one (with `operating_reset_at`), for clients that
      // use it when a portal or proxy does send it.
      if (fault.resetInSeconds !== undefined) {
        const operatingResetAt = Math.floor(Date.now() / 1000 + fault.resetInSeconds);
        error.extra = { time: timeBlock(arrivedAt, nowMs(), { operatingResetAt, operating: 480 }) };
      }
      return json(error);
    }
    case 'internal-error':
      return json(system.internal());
    case 'insufficient-scope':
      return json(system.insufficientScope());
    case 'expired-token':
      return json(system.expiredToken());
    case 'html-502':
      send(res, 502, { ...cors, 'Content-Type': 'text/html', Server: 'nginx' }, NGINX_502);
      return 502;
    case 'drop-before':
      dropConnection(res, cors);
      return 0;
    case 'hang':
      rt.hung.add(res);
      await new Promise((resolve) => {
        if (res.destroyed || res.socket?.destroyed) resolve(undefined);
        else res.on('close', () => resolve(undefined));
      });
      rt.hung.delete(res);
      return 0;
    default:
      return json(system.internal());
  }
}

/**
 * Answers a fault that mangles the real answer after the call was processed.
 * @param {import('./faults.js').Fault} fault
 * @param {import('node:http').ServerResponse} res
 * @param {string} json the real answer's JSON text
 * @returns {number} the HTTP status sent (0 when nothing was sent)
 */
export function answerAfter(fault, res, json) {
  const headers = { ...corsOf(fault), 'Content-Type': 'application/json; charset=utf-8' };
  if (fault.kind === 'drop-after') {
    dropConnection(res, corsOf(fault));
    return 0;
  }
  if (fault.kind === 'malformed-json') {
    const warning =
      '<br />\n<b>Warning</b>:  Undefined array key "VOTE_ID" in <b>/home/bitrix/www/bitrix/modules/vote/lib/attach.php</b>' +
      ' on line <b>412</b><br />\n';
    send(res, 200, headers, warning + json);
    return 200;
  }
  const cut = json.slice(0, Math.floor(json.length / 2));
  send(res, 200, headers, cut);
  return 200;
}

/**
 * The `echo` fault: a portal (or a debugging proxy) that quotes the request in its error texts. Every
 * `error_description` of the answer, the top-level one and each `result_error` entry of a batch, gets the raw
 * path, the raw body and the percent-encoded path appended, secrets and all.
 * @param {unknown} envelope
 * @param {string} pathname
 * @param {string} bodyText
 * @returns {unknown}
 */
export function echoRequest(envelope, pathname, bodyText) {
  const quote = ` [request ${pathname} ${bodyText} ${encodeURIComponent(pathname)}]`;
  /** @param {unknown} entry */
  const echoed = (entry) =>
    entry && typeof entry === 'object' && 'error' in entry
      ? { ...entry, error_description: `${String(/** @type {{ error_description?: unknown }} */ (entry).error_description ?? '')}${quote}` }
      : entry;
  if (!envelope || typeof envelope !== 'object') return envelope;
  const out = /** @type {Record<string, unknown>} */ (echoed(envelope));
  const result = /** @type {{ result_error?: unknown }} */ (out.result);
  if (result && typeof result === 'object' && result.result_error && typeof result.result_error === 'object') {
    const errors = Object.fromEntries(Object.entries(result.result_error).map(([key, entry]) => [key, echoed(entry)]));
    out.result = { ...result, result_error: errors };
  }
  return out;
}

/**
 * Cuts the connection mid-answer: complete headers that promise a body, the first bytes of it, then the socket is
 * destroyed. Something must go out first: browsers silently re-send a request whose reused keep-alive socket
 * closed before any byte arrived, which would turn one dropped vote into two. And the headers must be complete:
 * Chromium and Firefox take headers cut off by the close as a finished, empty 200 answer, which is a bad answer,
 * not a lost connection. This way reading the body fails, as it does when a real connection drops mid-answer
 * (fetch rejects with a TypeError, same-origin and cross-origin alike; CORS headers are sent unless `cors: false`).
 * @param {import('node:http').ServerResponse} res
 * @param {Record<string, string>} cors
 */
function dropConnection(res, cors) {
  const socket = res.socket;
  if (!socket) return;
  const head = [
    'HTTP/1.1 200 OK',
    'Content-Type: application/json; charset=utf-8',
    'Content-Length: 4096',
    ...Object.entries(cors).map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
  socket.write(`${head}\r\n\r\n{"result":`, () => socket.destroy());
}
