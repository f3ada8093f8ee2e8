/**
 * The fault matrix (test/faults/matrix-cases.ts) through the SDK adapter driving the official @bitrix24/b24jssdk
 * client (a B24Hook of the action's user, cross-origin). The SDK keeps its own policy; here it is configured not to
 * retry at all (`maxRetries: 1`), since its retries and waits (10 s after a 429, adaptive pauses) outlive a test
 * and cannot be aborted. So every fault reaches the element at its first try: a read reports it instead of
 * retrying, a write as through the fetch transport. The adapter's `timeoutMs` is the element's call bound, short so
 * that a hang stays short.
 */
import { ApiVersion, B24Hook } from '@bitrix24/b24jssdk';
import { createB24JsSdkTransport, type B24JsSdkLike } from '../../src/transport/b24jssdk-transport.js';
import { crossOriginUrl } from '../support/portal.js';
import { MESSAGES, describeMatrix, type Outcome, type OutcomeOverrides } from './matrix-cases.js';
import { delay, resetCross, spy } from './support.js';

/** The call bound, which ends the `hang` case. */
const CALL_TIMEOUT_MS = 2000;

const fails = (code: string, status: number, text: string): Outcome => ({ ok: false, code, status, text, retry: true, sent: 1 });
const busy503 = fails('QUERY_LIMIT_EXCEEDED', 503, MESSAGES.busy);
const busy429 = fails('OPERATION_TIME_LIMIT', 429, MESSAGES.busy);
const network = fails('NETWORK_ERROR', 0, MESSAGES.network);
/** The SDK reports a 200 body that is not JSON without its status. */
const unreadable = fails('BAD_RESPONSE', 0, MESSAGES.badResponse);

const OVERRIDES: OutcomeOverrides = {
  '503 QUERY_LIMIT_EXCEEDED once: retried after a back-off, invisible': { read: busy503, write: busy503, check: false },
  '503 QUERY_LIMIT_EXCEEDED that lasts: a bounded number of tries, then a clear message': { read: busy503, write: busy503 },
  '429 OPERATION_TIME_LIMIT once: waits until operating_reset_at, then succeeds': { read: busy429, write: busy429, check: false },
  '500 INTERNAL_SERVER_ERROR once: a read is retried, a write is not': { read: fails('INTERNAL_SERVER_ERROR', 500, MESSAGES.generic) },
  'connection dropped after the portal processed the call: a write is not re-sent, the re-read shows it took effect': { read: network },
  'connection dropped before the portal processed the call: the re-read shows nothing changed, selection kept': { read: network },
  'connection refused every time: reads give up after their tries': { read: network },
  'an nginx HTML 502 page: a read is retried, a write is re-read and not re-sent': { read: fails('BAD_RESPONSE', 502, MESSAGES.badResponse) },
  'an HTML 502 page without CORS headers (unreadable cross-origin): treated as a lost connection': { read: network },
  'no answer at all (hang) until the timeout: a read is retried, a write is re-read and not re-sent': { read: fails('TIMEOUT', 0, MESSAGES.timeout) },
  'malformed JSON (a PHP warning in front): a read says so, a write is re-read and shows it took effect': { read: unreadable },
  'truncated JSON: a read says so, a write is re-read and shows it took effect': { read: unreadable },
};

// The SDK cannot abort: a hung request outlives its test. Resetting the emulator closes it, and the browser may
// send it again at once on a fresh connection: let that land before the next test's own reset.
afterEach(async () => {
  await resetCross();
  await delay(200);
});

describeMatrix(
  'fault injection through the SDK adapter (@bitrix24/b24jssdk B24Hook, cross-origin emulator)',
  async (userId) => {
    const origin = await crossOriginUrl();
    const hook = new B24Hook(
      { b24Url: origin, userId, secret: 'demo' },
      { restrictionParams: { retryOnNetworkError: false, maxRetries: 1 } },
    );
    hook.offClientSideWarning();
    hook.getHttpClient(ApiVersion.v2).ajaxClient.interceptors.request.use((config) => {
      config.url = config.url?.replace(/^https:\/\/(localhost|127\.0\.0\.1)(?=[:/])/, 'http://$1');
      return config;
    });
    return spy(createB24JsSdkTransport(hook as unknown as B24JsSdkLike, { origin, rateLimit: false, timeoutMs: CALL_TIMEOUT_MS }));
  },
  OVERRIDES,
);
