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
import { answerBefore, answerAfter, echoRequest, AFTER_KINDS } from './fault-answers.js';
import { nowMs } from './time.js';
import { loggableParams } from './request-log.js';

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {import('./runtime.js').Runtime} rt
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 */
export async function handleRest(rt, req, res, url) {
  const arrivedAt = nowMs();
  if (req.method === 'OPTIONS') {
    rt.log.addPreflight({
      path: redactPath(url.pathname),
      requestMethod: String(req.headers['access-control-request-method'] ?? ''),
      requestHeaders: String(req.headers['access-control-request-headers'] ?? ''),
    });
    send(res, 200, { ...REST_CORS, 'Content-Type': 'text/plain' }, '');
    return;
  }
  const route = parseRestPath(url.pathname);
  const body = await readBody(req).catch(() => Buffer.alloc(0));
  const contentType = String(req.headers['content-type'] ?? '');
  const { params, bodyError } = parseParams(url, body, contentType);
  const token = params.auth;
  delete params.auth;
  let auth = authenticate(route, token);
  const method = route.method;
  const entry = rt.log.add({
    httpMethod: req.method ?? 'GET',
    path: redactPath(url.pathname),
    method,
    params: loggableParams(params),
    contentType,
    auth: auth.kind,
    userId: auth.userId,
    ...(method === 'batch' ? { batch: batchMethodNames(params.cmd) } : {}),
    ...(bodyError ? { bodyError } : {}),
  });

  if (rt.limiter && !rt.limiter.take()) {
    const error = system.queryLimit();
    sendJson(res, error.status, errorEnvelope(error, rt.codelessCode, arrivedAt, nowMs()));
    entry.status = error.status;
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

  if (outcome && !echo && !AFTER_KINDS.has(outcome.kind)) {
    await pause();
    entry.status = await answerBefore(outcome, res, rt, arrivedAt);
    return;
  }

  const processingStart = nowMs();
  /** @type {number} */
  let status;
  /** @type {unknown} */
  let envelope;
  /** @type {import('../vote/methods/context.js').FileAnswer | null} */
  let file = null;
  try {
    if (auth.error || auth.userId === null) throw auth.error ?? system.noAuth();
    const ctx = {
      store: rt.store,
      userId: auth.userId,
      params,
      pause,
      options: { moduleIdCaseInsensitive: rt.moduleIdCaseInsensitive },
      inBatch: false,
    };
    /** @type {import('../vote/methods/context.js').CallResult} */
    const out =
      method === 'batch'
        ? await runBatch(ctx, { codelessCode: rt.codelessCode, takeSubcallFault: (m) => rt.faults.takeForSubcall(m) })
        : await callMethod(method, ctx);
    await pause();
    if (out.file) file = out.file;
    else envelope = successEnvelope(out, arrivedAt, processingStart);
    status = 200;
  } catch (caught) {
    let error = caught;
    if (!(error instanceof RestError)) {
      console.error('[portal] unexpected error', error);
      error = system.internal();
    }
    await pause();
    const restError = /** @type {RestError} */ (error);
    envelope = errorEnvelope(restError, rt.codelessCode, arrivedAt, processingStart);
    status = restError.status;
  }

  if (isGone(res)) {
    entry.status = 0;
    return;
  }
  if (echo) {
    if (!file) envelope = echoRequest(envelope, url.pathname, body.toString('utf8'));
  } else if (outcome) {
    entry.status = answerAfter(outcome, res, file ? file.body.toString('utf8') : JSON.stringify(envelope));
    return;
  }
  if (file) {
    send(
      res,
      200,
      { ...REST_CORS, 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.filename}"` },
      file.body,
    );
  } else {
    sendJson(res, status, envelope);
  }
  entry.status = status;
}
