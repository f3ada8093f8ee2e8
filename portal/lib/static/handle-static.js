// @ts-check
// The non-REST paths the attach points at: images, the results page, the AJAX-gateway download URL.
import { imageAt } from './assets.js';
import { resultPage } from './result-page.js';
import { exportResults, dispositionOf } from './export.js';
import { send, sendJson } from '../http/send.js';

const CORS = { 'Access-Control-Allow-Origin': '*' };

/** Path prefixes served here. */
export const STATIC_PREFIXES = ['/upload/vote/', '/upload/resize_cache/', '/vote-result/', '/bitrix/services/main/ajax.php'];

/**
 * @param {import('./../rest/runtime.js').Runtime} rt
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 */
export function handleStatic(rt, req, res, url) {
  const path = url.pathname;
  const image = imageAt(path);
  if (image) {
    send(res, 200, { ...CORS, 'Content-Type': 'image/png', 'Cache-Control': 'max-age=3600' }, image);
    return;
  }
  if (path.startsWith('/vote-result/')) {
    const poll = rt.store.bySigned(decodeURIComponent(path.slice('/vote-result/'.length)));
    if (!poll) {
      send(res, 404, { ...CORS, 'Content-Type': 'text/html; charset=utf-8' }, '<!doctype html><h1>Poll not found</h1>');
      return;
    }
    send(res, 200, { ...CORS, 'Content-Type': 'text/html; charset=utf-8' }, resultPage(poll));
    return;
  }
  if (path === '/bitrix/services/main/ajax.php') {
    const action = (url.searchParams.get('action') ?? '').toLowerCase();
    const signed = url.searchParams.get('signedAttachId') ?? '';
    if (action !== 'vote.attachedvote.download') {
      ajaxError(res, 'Unknown action', 'UNKNOWN_ACTION');
      return;
    }
    const poll = rt.store.bySigned(signed);
    if (!poll) {
      ajaxError(res, 'Attach not found', 'ATTACH_NOT_FOUND');
      return;
    }
    const file = exportResults(poll);
    send(
      res,
      200,
      { ...CORS, 'Content-Type': file.contentType, 'Content-Disposition': dispositionOf(file) },
      file.body,
    );
    return;
  }
  send(res, 404, { ...CORS, 'Content-Type': 'text/plain' }, `Not found: ${req.method} ${path}`);
}

/**
 * The AJAX gateway's error answer.
 * @param {import('node:http').ServerResponse} res
 * @param {string} message
 * @param {string} code
 */
function ajaxError(res, message, code) {
  sendJson(res, 200, { status: 'error', data: null, errors: [{ message, code, customData: null }] }, CORS);
}
