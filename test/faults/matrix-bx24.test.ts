/**
 * The fault matrix (test/faults/matrix-cases.ts) through the BX24 transport over the BX24.js stand-in (OAuth
 * token of the action's user, cross-origin). BX24.js never calls back on a 5xx, a dropped connection or a body
 * that is not JSON: the transport's timeout turns each of those into `TIMEOUT`, which a read retries and after
 * which a write re-reads the poll.
 */
import { createBx24Transport } from '../../src/transport/bx24-transport.js';
import { createBx24Standin } from '../support/bx24-standin.js';
import { crossOriginUrl } from '../support/portal.js';
import { MESSAGES, describeMatrix, type Outcome, type OutcomeOverrides } from './matrix-cases.js';
import { TEST_RETRY, delay, resetCross, spy } from './support.js';

/** Short: every fault BX24.js swallows ends in this timeout. */
const TIMEOUT_MS = 600;

const timeout = (sent: number): Outcome => ({ ok: false, code: 'TIMEOUT', status: 0, text: MESSAGES.timeout, retry: true, sent });
const retried: Outcome = { ok: true, sent: 2 };
const swallowed = { read: retried, write: timeout(1), check: false } as const;
const swallowedAfterStore = { read: retried, write: { ok: true, sent: 1, reread: true }, check: false } as const;

const OVERRIDES: OutcomeOverrides = {
  '503 QUERY_LIMIT_EXCEEDED once: retried after a back-off, invisible': swallowed,
  '503 QUERY_LIMIT_EXCEEDED that lasts: a bounded number of tries, then a clear message': { read: timeout(3), write: timeout(1) },
  '500 INTERNAL_SERVER_ERROR once: a read is retried, a write is not': swallowed,
  'connection dropped after the portal processed the call: a write is not re-sent, the re-read shows it took effect': swallowedAfterStore,
  'connection dropped before the portal processed the call: the re-read shows nothing changed, selection kept': swallowed,
  'connection refused every time: reads give up after their tries': { read: timeout(3), write: timeout(1) },
  'an nginx HTML 502 page: a read is retried, a write is re-read and not re-sent': swallowed,
  'an HTML 502 page without CORS headers (unreadable cross-origin): treated as a lost connection': swallowed,
  'malformed JSON (a PHP warning in front): a read says so, a write is re-read and shows it took effect': swallowedAfterStore,
  'truncated JSON: a read says so, a write is re-read and shows it took effect': swallowedAfterStore,
};

// BX24.js cannot abort: a hung request outlives its test. Resetting the emulator closes it, and the browser may
// send it again at once on a fresh connection (Chromium does so for a reused keep-alive socket): let that land
// before the next test's own reset.
afterEach(async () => {
  await resetCross();
  await delay(200);
});

describeMatrix(
  'fault injection through the BX24 transport (BX24.js stand-in, cross-origin emulator)',
  async (userId) => {
    const standin = createBx24Standin({ origin: await crossOriginUrl(), token: `token-${userId}` });
    return spy(createBx24Transport(standin, { protocol: 'http', timeoutMs: TIMEOUT_MS, rateLimit: false, retry: TEST_RETRY }));
  },
  OVERRIDES,
);
