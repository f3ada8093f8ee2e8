// @ts-check
// The control routes under /__portal/ (JSON in and out, CORS open): reset, faults, limits, log, state, polls.
import { readBody } from '../http/read-body.js';
import { send, sendJson, CONTROL_CORS } from '../http/send.js';
import { stateSnapshot } from './state.js';
import { createPoll } from './create-poll.js';
import { FAULT_KINDS } from '../rest/faults.js';

/**
 * @typedef {{
 *   rt: import('../rest/runtime.js').Runtime,
 *   reset: () => void,
 *   setLimits: (limits: { rateLimit?: unknown, latencyMs?: unknown, voteLockWaitMs?: unknown }) => void,
 * }} ControlPortal
 */

/**
 * @param {ControlPortal} portal
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 */
export async function handleControl(portal, req, res, url) {
  const json = (/** @type {number} */ status, /** @type {unknown} */ data) => sendJson(res, status, data, CONTROL_CORS);
  if (req.method === 'OPTIONS') {
    send(res, 204, CONTROL_CORS, '');
    return;
  }
  const raw = await readBody(req).catch(() => Buffer.alloc(0));
  /** @type {unknown} */
  let body = {};
  if (raw.length > 0) {
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      json(400, { error: 'BAD_REQUEST', error_description: 'the body must be JSON' });
      return;
    }
  }
  const { rt } = portal;
  const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'GET /__portal':
        json(200, {
          routes: [
            'POST /__portal/reset', 'GET|POST|DELETE /__portal/faults', 'GET|POST /__portal/limits',
            'GET|DELETE /__portal/log', 'GET /__portal/state', 'POST /__portal/polls',
          ],
          faultKinds: FAULT_KINDS,
        });
        return;
      case 'POST /__portal/reset':
        portal.reset();
        json(200, { ok: true });
        return;
      case 'GET /__portal/faults':
        json(200, { faults: rt.faults.items });
        return;
      case 'POST /__portal/faults': {
        const input = body && typeof body === 'object' && 'faults' in body ? body.faults : body;
        rt.faults.add(input);
        json(200, { ok: true, faults: rt.faults.items });
        return;
      }
      case 'DELETE /__portal/faults':
        rt.faults.clear();
        json(200, { ok: true, faults: [] });
        return;
      case 'GET /__portal/limits':
        json(200, limitsOf(rt));
        return;
      case 'POST /__portal/limits':
        portal.setLimits(/** @type {{ rateLimit?: unknown, latencyMs?: unknown, voteLockWaitMs?: unknown }} */ (body ?? {}));
        json(200, { ok: true, ...limitsOf(rt) });
        return;
      case 'GET /__portal/log':
        json(200, rt.log.toJSON());
        return;
      case 'DELETE /__portal/log':
        rt.log.clear();
        json(200, { ok: true });
        return;
      case 'GET /__portal/state':
        json(200, stateSnapshot(rt.store));
        return;
      case 'POST /__portal/polls':
        json(200, createPoll(rt.store, body));
        return;
      default:
        json(404, { error: 'NOT_FOUND', error_description: `no control route ${route}` });
    }
  } catch (error) {
    if (error instanceof TypeError) {
      json(400, { error: 'BAD_REQUEST', error_description: error.message });
      return;
    }
    throw error;
  }
}

/**
 * The limits as the control routes show them.
 * @param {import('../rest/runtime.js').Runtime} rt
 */
function limitsOf(rt) {
  return { rateLimit: rt.rateLimit, latencyMs: rt.latencyMs, voteLockWaitMs: rt.voteLockWaitMs };
}
