/**
 * The fault matrix, shared by the transports: every fault switch of the emulator against every action (load, vote, recall, stop, resume, voters), through the
 * element's UI, cross-origin. For each pair the test checks the outcome the architecture promises:
 *   - the right `vote-error` (action, code, status) and the right message on screen, or no trace at all when
 *     the fault was short enough to be absorbed by a safe retry;
 *   - how many requests reached the emulator: reads may be retried, a write whose answer was lost is never sent
 *     again (the element re-reads the poll and shows the truth);
 *   - the emulator's state: a write that failed changed nothing (and the user's selection is still on screen);
 *     then the fault is cleared and Retry (or the action again) succeeds exactly once;
 *   - no unhandled rejection or uncaught error.
 */
import { expect } from '@open-wc/testing';
import type { B24Transport } from '../../src/transport/types.js';
import { ALL_ACTIONS, tryAgain, type ActionDriver } from './actions.js';
import {
  clearFaults,
  faults,
  itClean,
  nextEvent,
  resetCross,
  sent,
  settled,
  type PortalFault,
  type PortalLogEntry,
} from './support.js';

export const MESSAGES = {
  busy: 'Bitrix24 is busy right now. Please try again in a moment.',
  generic: 'Something went wrong. Please try again.',
  scope: 'This integration is not allowed to use polls',
  network: 'Could not reach Bitrix24. Check your connection and try again.',
  badResponse: 'Bitrix24 sent an answer that could not be read. Please try again.',
  timeout: 'Bitrix24 took too long to answer. Please try again.',
};

export type Outcome =
  | {
      ok: true;
      /** Requests of the action's method that reached the emulator. */
      sent: number;
      /** The success was learnt from a re-read of the poll after the answer was lost. */
      reread?: boolean;
    }
  | { ok: false; code: string; status: number; text: string; retry: boolean; sent: number };

export interface FaultCase {
  name: string;
  fault: Omit<PortalFault, 'method'>;
  read: Outcome;
  write: Outcome;
  timeoutMs?: number;
  /** Extra checks on the logged requests of the action's method. */
  check?(entries: PortalLogEntry[]): void;
}

export const CASES: FaultCase[] = [
  {
    name: '503 QUERY_LIMIT_EXCEEDED once: retried after a back-off, invisible',
    fault: { kind: 'rate-limit', times: 1 },
    read: { ok: true, sent: 2 },
    write: { ok: true, sent: 2 },
    check(entries) {
      expect(entries.map((e) => e.status)).to.deep.equal([503, 200]);
    },
  },
  {
    name: '503 QUERY_LIMIT_EXCEEDED that lasts: a bounded number of tries, then a clear message',
    fault: { kind: 'rate-limit' },
    read: { ok: false, code: 'QUERY_LIMIT_EXCEEDED', status: 503, text: MESSAGES.busy, retry: true, sent: 4 },
    write: { ok: false, code: 'QUERY_LIMIT_EXCEEDED', status: 503, text: MESSAGES.busy, retry: true, sent: 4 },
  },
  {
    name: '429 OPERATION_TIME_LIMIT once: waits until operating_reset_at, then succeeds',
    fault: { kind: 'operation-limit', times: 1, resetInSeconds: 1 },
    read: { ok: true, sent: 2 },
    write: { ok: true, sent: 2 },
    check(entries) {
      expect(entries.map((e) => e.status)).to.deep.equal([429, 200]);
      const first = Date.parse(entries[0]!.at as string);
      const resetAt = Math.floor(first / 1000 + 1) * 1000;
      expect(Date.parse(entries[1]!.at as string), 'the retry came after operating_reset_at').to.be.at.least(resetAt);
    },
  },
  {
    name: '429 OPERATION_TIME_LIMIT far beyond the longest wait: a clear message at once',
    fault: { kind: 'operation-limit', resetInSeconds: 30 },
    read: { ok: false, code: 'OPERATION_TIME_LIMIT', status: 429, text: MESSAGES.busy, retry: true, sent: 1 },
    write: { ok: false, code: 'OPERATION_TIME_LIMIT', status: 429, text: MESSAGES.busy, retry: true, sent: 1 },
  },
  {
    name: '500 INTERNAL_SERVER_ERROR once: a read is retried, a write is not',
    fault: { kind: 'internal-error', times: 1 },
    read: { ok: true, sent: 2 },
    write: { ok: false, code: 'INTERNAL_SERVER_ERROR', status: 500, text: MESSAGES.generic, retry: true, sent: 1 },
  },
  {
    name: '403 insufficient_scope: says the scope is missing, no pointless Retry',
    fault: { kind: 'insufficient-scope' },
    read: { ok: false, code: 'insufficient_scope', status: 403, text: MESSAGES.scope, retry: false, sent: 1 },
    write: { ok: false, code: 'insufficient_scope', status: 403, text: MESSAGES.scope, retry: false, sent: 1 },
  },
  {
    name: 'connection dropped after the portal processed the call: a write is not re-sent, the re-read shows it took effect',
    fault: { kind: 'drop-after', times: 1 },
    read: { ok: true, sent: 2 },
    write: { ok: true, sent: 1, reread: true },
  },
  {
    name: 'connection dropped before the portal processed the call: the re-read shows nothing changed, selection kept',
    fault: { kind: 'drop-before', times: 1 },
    read: { ok: true, sent: 2 },
    write: { ok: false, code: 'NETWORK_ERROR', status: 0, text: MESSAGES.network, retry: true, sent: 1 },
  },
  {
    name: 'connection refused every time: reads give up after their tries',
    fault: { kind: 'drop-before' },
    read: { ok: false, code: 'NETWORK_ERROR', status: 0, text: MESSAGES.network, retry: true, sent: 3 },
    write: { ok: false, code: 'NETWORK_ERROR', status: 0, text: MESSAGES.network, retry: true, sent: 1 },
  },
  {
    name: 'an nginx HTML 502 page: a read is retried, a write is re-read and not re-sent',
    fault: { kind: 'html-502', times: 1 },
    read: { ok: true, sent: 2 },
    write: { ok: false, code: 'BAD_RESPONSE', status: 502, text: MESSAGES.badResponse, retry: true, sent: 1 },
  },
  {
    name: 'an HTML 502 page without CORS headers (unreadable cross-origin): treated as a lost connection',
    fault: { kind: 'html-502', times: 1, cors: false },
    read: { ok: true, sent: 2 },
    write: { ok: false, code: 'NETWORK_ERROR', status: 0, text: MESSAGES.network, retry: true, sent: 1 },
  },
  {
    name: 'no answer at all (hang) until the timeout: a read is retried, a write is re-read and not re-sent',
    fault: { kind: 'hang', times: 1 },
    timeoutMs: 600,
    read: { ok: true, sent: 2 },
    write: { ok: false, code: 'TIMEOUT', status: 0, text: MESSAGES.timeout, retry: true, sent: 1 },
  },
  {
    name: 'malformed JSON (a PHP warning in front): a read says so, a write is re-read and shows it took effect',
    fault: { kind: 'malformed-json', times: 1 },
    read: { ok: false, code: 'BAD_RESPONSE', status: 200, text: MESSAGES.badResponse, retry: true, sent: 1 },
    write: { ok: true, sent: 1, reread: true },
  },
  {
    name: 'truncated JSON: a read says so, a write is re-read and shows it took effect',
    fault: { kind: 'truncated-json', times: 1 },
    read: { ok: false, code: 'BAD_RESPONSE', status: 200, text: MESSAGES.badResponse, retry: true, sent: 1 },
    write: { ok: true, sent: 1, reread: true },
  },
];

function errorsSince(scene: { events: Array<{ type: string; detail: Record<string, unknown> }> }, mark: number) {
  return scene.events.slice(mark).filter((e) => e.type === 'vote-error').map((e) => e.detail);
}

/** Makes the transport of one case: a fresh one per test, for the action's user. */
export type TransportMaker = (userId: number, c: FaultCase) => Promise<B24Transport>;

/**
 * What a transport does differently from the fetch transport for one case (by case name): BX24.js never calls
 * back on a 5xx, a network error or a body that is not JSON, so those become its timeout; the SDK has its own
 * retries and waits, bounded by the element's call bound.
 */
export type OutcomeOverrides = Record<string, { read?: Outcome; write?: Outcome; /** The case's own wire check does not apply. */ check?: false }>;

async function runCase(driver: ActionDriver, c: FaultCase, make: TransportMaker, overrides: OutcomeOverrides): Promise<void> {
  const transport = await make(driver.userId, c);
  const scene = await driver.prepare(transport);
  await faults({ ...c.fault, method: driver.method });
  scene.mark = scene.events.length;
  await driver.start(scene);
  const outcome = (driver.kind === 'read' ? overrides[c.name]?.read : overrides[c.name]?.write) ?? (driver.kind === 'read' ? c.read : c.write);

  if (outcome.ok) {
    await driver.expectDone(scene);
    await settled(scene.el);
    expect(errorsSince(scene, scene.mark), 'no vote-error').to.deep.equal([]);
    expect(driver.shownError(scene), 'no message').to.equal('');
    const entries = await sent(driver.method);
    expect(entries, `${driver.method} requests`).to.have.length(outcome.sent);
    if (outcome.reread) {
      const reads = (await sent('vote.AttachedVote.getWithVoted')).filter((e) => e.seq > entries.at(-1)!.seq);
      expect(reads.length, 'the poll was re-read after the lost answer').to.be.at.least(1);
    }
    if (overrides[c.name]?.check !== false) c.check?.(entries);
    return;
  }

  // Failure: the right event, the right message, nothing changed, nothing lost.
  await nextEvent(scene.events, 'vote-error', scene.mark);
  await settled(scene.el);
  const errors = errorsSince(scene, scene.mark);
  expect(errors, 'exactly one vote-error').to.have.length(1);
  expect(errors[0]).to.include({ action: driver.action, code: outcome.code, status: outcome.status });
  if (driver.action === 'vote') expect(errors[0]!.ballot).to.deep.equal({ '22': ['46', '48'] });
  expect(driver.shownError(scene)).to.contain(outcome.text);
  if (driver.action === 'vote' && outcome.retry) expect(driver.shownError(scene)).to.contain('Your selection is kept.');
  expect(driver.retryControl(scene) !== null, 'a Retry button exactly when retrying can help').to.equal(outcome.retry);
  await driver.expectNotDone(scene);
  const entries = await sent(driver.method);
  expect(entries, `${driver.method} requests`).to.have.length(outcome.sent);
  if (overrides[c.name]?.check !== false) c.check?.(entries);

  // The fault goes away: Retry (or the same action again) succeeds, and a write reaches the portal once more.
  await clearFaults();
  if (!(await tryAgain(driver, scene))) return;
  await settled(scene.el);
  expect(driver.shownError(scene), 'the message is gone').to.equal('');
  expect(await sent(driver.method), `${driver.method} requests after Retry`).to.have.length(outcome.sent + 1);
}

/** Registers the whole matrix (every action, every case) for one transport. */
export function describeMatrix(title: string, make: TransportMaker, overrides: OutcomeOverrides = {}): void {
  describe(title, () => {
    beforeEach(resetCross);

    for (const driver of ALL_ACTIONS) {
      describe(driver.action, () => {
        for (const c of CASES) itClean(c.name, () => runCase(driver, c, make, overrides));
      });
    }
  });
}
