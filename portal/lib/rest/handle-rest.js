// @ts-check
// One request under /rest/: parse, log, rate limit, faults, authenticate, run, answer.
import { readBody } from '../http/read-body.js';
import { parseParams } from '../http/params.js';
import { send, sendJson, REST_CORS, isGone } from '../http/send.js';
import { parseRestPath, redactPath } from './route.js';
import { authenticate } from './auth.js';
import { RestError, system } from './errors.js';
import { successEnvelope, errorEnvelope } from './envelope.js';
import { callMethod } from './dispatch.js';
import { runBatch, batchMethodNames } from './batch.js';
import { answerBefore, answerAfter, echoRequest, dropEarly, AFTER_KINDS } from './fault-answers.js';
import { nowMs } from './time.js';
import { loggableParams } from './request-log.js';
import { dispositionOf } from '../static/export.js';

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @typedef {{ status: number, envelope: unknown, file: import('../vote/methods/context.js').FileAnswer | null }} Processed
 */

/**
 * @param {import('./runtime.js').Runtime} rt
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 */
export async function handleRest(rt, req, res, url) {
  const arrivedAt = nowMs();
  const route = parseRestPath(url.pathname);
  if (req.method === 'OPTIONS') {
    rt.log.addPreflight({
      path: redactPath(url.pathname),
      method: route.method,
      origin: headerText(req, 'origin'),
      requestMethod: headerText(req, 'access-control-request-method'),
      requestHeaders: headerText(req, 'access-control-request-headers'),
    });
    send(res, 200, { ...REST_CORS, 'Content-Type': 'text/plain' }, '');
    return;
  }
  const body = await readBody(req).catch(() => Buffer.alloc(0));
  const contentType = String(req.headers['content-type'] ?? '');
  const { params, bodyError } = parseParams(url, body, contentType);
  const token = params.auth;
  delete params.auth;
  let auth = authenticate(route, token);
  const method = route.method;
  const fields = {
    httpMethod: req.method ?? 'GET',
    path: redactPath(url.pathname),
    method,
    params: loggableParams(params),
    contentType,
    auth: auth.kind,
    userId: auth.userId,
    ...(method === 'batch' ? { batch: batchMethodNames(params.cmd) } : {}),
    ...(bodyError ? { bodyError } : {}),
  };
  let entry = rt.log.add(fields);

  if (rt.limiter && !rt.limiter.take()) {
    answerRateLimited(rt, res, entry);
    return;
  }

  const { latencyMs, outcome } = rt.faults.takeForRequest(method);
  if (outcome) entry.fault = outcome.kind;
  const echo = outcome?.kind === 'echo' ? outcome : null;
  if (echo && typeof echo.code === 'string' && route.kind === 'webhook' && route.code === echo.code) {
    // The echo fault's portal knows this webhook code as well as `demo`.
    auth = authenticate({ ...route, code: 'demo' }, token);
    entry.auth = auth.kind;
    entry.userId = auth.userId;
  }
  const delay = rt.latencyMs + latencyMs;
  let paused = false;
  const pause = async () => {
    if (paused) return;
    paused = true;
    if (delay > 0) await sleep(delay);
  };

  if (outcome?.kind === 'drop-early') {
    dropEarly(outcome, res);
    entry.status = 0;
    await processCall(rt, method, auth, structuredClone(params), pause, arrivedAt);
    return;
  }
  if (outcome && !echo && !AFTER_KINDS.has(outcome.kind) && outcome.kind !== 'replay') {
    await pause();
    entry.status = await answerBefore(outcome, res, rt, arrivedAt);
    return;
  }

  let processed = await processCall(rt, method, auth, structuredClone(params), pause, arrivedAt);
  if (outcome?.kind === 'replay') {
    // A browser re-sent the request after its reused connection closed: the first copy was processed but its
    // answer went nowhere; the second copy is processed again and answered.
    entry.status = 0;
    entry = rt.log.add(fields);
    entry.fault = outcome.kind;
    if (rt.limiter && !rt.limiter.take()) {
      answerRateLimited(rt, res, entry);
      return;
    }
    processed = await processCall(rt, method, auth, structuredClone(params), async () => {}, nowMs());
  }
  const { status, file } = processed;
  const envelope = echo && !file ? echoRequest(processed.envelope, url.pathname, body.toString('utf8')) : processed.envelope;

  if (isGone(res)) {
    entry.status = 0;
    return;
  }
  if (outcome && AFTER_KINDS.has(outcome.kind)) {
    entry.status = answerAfter(outcome, res, file ? file.body.toString('utf8') : JSON.stringify(envelope));
    return;
  }
  if (file) {
    send(
      res,
      200,
      { ...REST_CORS, 'Content-Type': file.contentType, 'Content-Disposition': dispositionOf(file) },
      file.body,
    );
  } else {
    sendJson(res, status, envelope);
  }
  entry.status = status;
}

/**
 * Authenticates and runs the method (or the batch), and builds the answer.
 * @param {import('./runtime.js').Runtime} rt
 * @param {string} method
 * @param {import('./auth.js').AuthResult} auth
 * @param {Record<string, unknown>} params
 * @param {() => Promise<void>} pause spends the request's latency (once)
 * @param {number} arrivedAt
 * @returns {Promise<Processed>}
 */
async function processCall(rt, method, auth, params, pause, arrivedAt) {
  const processingStart = nowMs();
  try {
    if (auth.error || auth.userId === null) throw auth.error ?? system.noAuth();
    const ctx = {
      store: rt.store,
      userId: auth.userId,
      params,
      pause,
      options: { moduleIdCaseInsensitive: rt.moduleIdCaseInsensitive, voteLockWaitMs: rt.voteLockWaitMs },
      inBatch: false,
    };
    /** @type {import('../vote/methods/context.js').CallResult} */
    const out =
      method === 'batch'
        ? await runBatch(ctx, { codelessCode: rt.codelessCode, takeSubcallFault: (m) => rt.faults.takeForSubcall(m) })
        : await callMethod(method, ctx);
    await pause();
    if (out.file) return { status: 200, envelope: null, file: out.file };
    return { status: 200, envelope: successEnvelope(out, arrivedAt, processingStart), file: null };
  } catch (caught) {
    let error = caught;
    if (!(error instanceof RestError)) {
      console.error('[portal] unexpected error', error);
      error = system.internal();
    }
    await pause();
    const restError = /** @type {RestError} */ (error);
    return { status: restError.status, envelope: errorEnvelope(restError, rt.codelessCode), file: null };
  }
}

/**
 * The leaky bucket's 503.
 * @param {import('./runtime.js').Runtime} rt
 * @param {import('node:http').ServerResponse} res
 * @param {import('./request-log.js').LogEntry} entry
 */
function answerRateLimited(rt, res, entry) {
  const error = system.queryLimit();
  sendJson(res, error.status, errorEnvelope(error, rt.codelessCode));
  entry.status = error.status;
}

/**
 * A request header as one string ('' when absent).
 * @param {import('node:http').IncomingMessage} req
 * @param {string} name
 */
function headerText(req, name) {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}
