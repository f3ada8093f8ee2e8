// @ts-check
// createPortal(): one in-memory Bitrix24 portal, mountable in any Node HTTP stack (plain, Connect, Koa).
import { Store } from './vote/store.js';
import { seed } from './vote/seed.js';
import { FaultList } from './rest/faults.js';
import { RequestLog } from './rest/request-log.js';
import { LeakyBucket, parseRateLimit } from './rest/rate-limit.js';
import { handleRest } from './rest/handle-rest.js';
import { handleControl } from './control/handle-control.js';
import { handleStatic, STATIC_PREFIXES } from './static/handle-static.js';
import { stateSnapshot } from './control/state.js';
import { createPoll } from './control/create-poll.js';
import { sendJson } from './http/send.js';
import { DEFAULT_LOCK_WAIT_MS } from './vote/user-lock.js';

/**
 * @typedef {{
 *   rateLimit?: { burst: number, perSecond: number } | null,
 *   latencyMs?: number,
 *   voteLockWaitMs?: number,
 *   faults?: Array<import('./rest/faults.js').Fault>,
 *   codelessErrorCode?: string,
 *   moduleIdCaseInsensitive?: boolean,
 * }} PortalOptions
 */

/**
 * @param {import('node:http').IncomingMessage} req
 */
function urlOf(req) {
  return new URL(req.url ?? '/', 'http://portal.local');
}

/**
 * @param {string} path
 */
function isPortalPath(path) {
  return path.startsWith('/rest/') || path.startsWith('/__portal/') || path === '/__portal' || STATIC_PREFIXES.some((p) => path.startsWith(p));
}

/**
 * @param {unknown} value
 * @param {string} name
 * @param {number} fallback used when the value is absent
 */
function parseMs(value, name, fallback) {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !(value >= 0)) throw new TypeError(`${name} must be a number >= 0`);
  return value;
}

/**
 * @param {PortalOptions} [options]
 */
export function createPortal(options = {}) {
  const start = {
    rateLimit: parseRateLimit(options.rateLimit ?? null),
    latencyMs: parseMs(options.latencyMs, 'latencyMs', 0),
    voteLockWaitMs: parseMs(options.voteLockWaitMs, 'voteLockWaitMs', DEFAULT_LOCK_WAIT_MS),
  };
  /** @type {import('./rest/runtime.js').Runtime} */
  const rt = {
    store: new Store(),
    faults: new FaultList(),
    log: new RequestLog(),
    limiter: null,
    rateLimit: null,
    latencyMs: 0,
    voteLockWaitMs: DEFAULT_LOCK_WAIT_MS,
    codelessCode: options.codelessErrorCode ?? '',
    moduleIdCaseInsensitive: options.moduleIdCaseInsensitive ?? false,
    hung: new Set(),
  };

  /** @param {{ rateLimit?: unknown, latencyMs?: unknown, voteLockWaitMs?: unknown }} limits */
  function setLimits(limits) {
    if ('rateLimit' in limits) {
      rt.rateLimit = parseRateLimit(limits.rateLimit);
      rt.limiter = rt.rateLimit ? new LeakyBucket(rt.rateLimit) : null;
    }
    if ('latencyMs' in limits) rt.latencyMs = parseMs(limits.latencyMs, 'latencyMs', 0);
    if ('voteLockWaitMs' in limits) rt.voteLockWaitMs = parseMs(limits.voteLockWaitMs, 'voteLockWaitMs', DEFAULT_LOCK_WAIT_MS);
  }

  /** Ends the requests a `hang` fault is holding. */
  function dispose() {
    for (const res of rt.hung) res.socket?.destroy();
    rt.hung.clear();
  }

  function reset() {
    dispose();
    rt.store = new Store();
    seed(rt.store);
    rt.faults.clear();
    rt.log.clear();
    setLimits(start);
  }

  reset();
  if (options.faults) rt.faults.add(options.faults);

  const portal = { rt, reset, setLimits };

  return {
    /** @param {import('node:http').IncomingMessage} req */
    matches(req) {
      return isPortalPath(urlOf(req).pathname);
    },
    /**
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    async handle(req, res) {
      const url = urlOf(req);
      try {
        if (url.pathname.startsWith('/rest/')) await handleRest(rt, req, res, url);
        else if (url.pathname.startsWith('/__portal')) await handleControl(portal, req, res, url);
        else handleStatic(rt, req, res, url);
      } catch (error) {
        console.error('[portal] request failed', error);
        sendJson(res, 500, { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' });
      }
    },
    reset,
    /** The stored polls and ballots (same as GET /__portal/state). */
    get state() {
      return stateSnapshot(rt.store);
    },
    /** @param {unknown} faults one fault or a list */
    addFaults(faults) {
      return rt.faults.add(faults);
    },
    clearFaults() {
      rt.faults.clear();
    },
    setLimits,
    /** The request log entries (same as `requests` of GET /__portal/log). */
    get requests() {
      return rt.log.entries;
    },
    /** The CORS preflights of REST paths (same as `preflights` of GET /__portal/log). */
    get preflights() {
      return rt.log.preflights;
    },
    clearLog() {
      rt.log.clear();
    },
    /** @param {unknown} raw same body as POST /__portal/polls */
    createPoll(raw) {
      return createPoll(rt.store, raw);
    },
    dispose,
  };
}
