/**
 * 401 `expired_token` with an OAuth transport (`createFetchTransport({ restUrl, auth, refreshAuth })`; the emulator
 * takes `token-N` and answers `expired-N` with 401 expired_token), for every action: one refresh (shared by every
 * call that hit the expiry), one retry, invisible to the user; when the refresh fails, "sign in again", nothing
 * changed and the selection kept.
 */
import { expect } from '@open-wc/testing';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import { crossOriginUrl } from '../support/portal.js';
import { ALL_ACTIONS, tryAgain, type ActionDriver } from './actions.js';
import {
  container,
  createPoll,
  faults,
  itClean,
  nextEvent,
  record,
  resetCross,
  sent,
  settled,
  spy,
  TEST_RETRY,
  TEST_TIMEOUT_MS,
  type SpyTransport,
} from './support.js';

const SIGN_IN_AGAIN = 'Your Bitrix24 session has expired. Please sign in again.';

interface OAuth {
  transport: SpyTransport;
  refreshes: () => number;
}

/** An OAuth transport for `userId` whose token starts as `initial` and whose refresh gives `token-N` (or fails). */
async function oauth(userId: number, initial: string, refresh: 'works' | 'fails'): Promise<OAuth> {
  let token = initial;
  let count = 0;
  const transport = createFetchTransport({
    restUrl: `${await crossOriginUrl()}/rest/`,
    auth: () => token,
    refreshAuth: async () => {
      count += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (refresh === 'fails') throw new Error(`refresh failed for ${token}`);
      token = `token-${userId}`;
      return token;
    },
    timeoutMs: TEST_TIMEOUT_MS,
    rateLimit: false,
    retry: TEST_RETRY,
  });
  return { transport: spy(transport), refreshes: () => count };
}

/** The action's element, prepared with a valid token; the expiry then hits the action's own request. */
async function expireAt(driver: ActionDriver, refresh: 'works' | 'fails') {
  const auth = await oauth(driver.userId, `token-${driver.userId}`, refresh);
  const scene = await driver.prepare(auth.transport);
  await faults({ kind: 'expired-token', method: driver.method, times: 1 });
  return { auth, scene };
}

describe('fault injection: expired OAuth tokens (cross-origin emulator)', () => {
  beforeEach(resetCross);

  for (const driver of ALL_ACTIONS) {
    itClean(`${driver.action}: 401 expired_token is refreshed once and the call retried once, invisibly`, async () => {
      const { auth, scene } = await expireAt(driver, 'works');
      scene.mark = scene.events.length;
      await driver.start(scene);
      await driver.expectDone(scene);
      await settled(scene.el);
      expect(scene.events.slice(scene.mark).filter((e) => e.type === 'vote-error')).to.deep.equal([]);
      expect(auth.refreshes(), 'one refresh').to.equal(1);
      const entries = await sent(driver.method);
      expect(entries.map((e) => e.status), 'the 401, then the one retry').to.deep.equal([401, 200]);
      expect(entries.every((e) => e.auth === 'oauth')).to.equal(true);
    });

    itClean(`${driver.action}: a refresh that fails says "sign in again", changes nothing and keeps the selection`, async () => {
      const { auth, scene } = await expireAt(driver, 'fails');
      scene.mark = scene.events.length;
      await driver.start(scene);
      const error = await nextEvent(scene.events, 'vote-error', scene.mark);
      await settled(scene.el);
      expect(error.detail).to.include({ action: driver.action, code: 'expired_token', status: 401 });
      expect(driver.shownError(scene)).to.contain(SIGN_IN_AGAIN);
      await driver.expectNotDone(scene);
      expect(auth.refreshes(), 'one refresh').to.equal(1);
      expect(await sent(driver.method), 'not retried without a new token').to.have.length(1);
      // The user's intent survives: once the portal takes the token again, the same action goes through.
      await tryAgain(driver, scene);
    });
  }

  itClean('many calls hitting an expired token at once share one refresh', async () => {
    // Loads one by one (no batch), so that five requests meet the expired token together.
    const auth = await oauth(10, 'expired-10', 'works');
    const transport = spy(auth.transport, { supportsBatch: false });
    const host = await container();
    const elements = [1, 2, 3, 5, 6].map((id) => createPoll(transport, id));
    const events = elements.map((el) => record(el));
    host.append(...elements);
    await Promise.all(events.map((list) => nextEvent(list, 'vote-load')));
    expect(auth.refreshes()).to.equal(1);
    const gets = await sent('vote.AttachedVote.getWithVoted');
    expect(gets.filter((e) => e.status === 401).length, 'each expired once').to.equal(5);
    expect(gets.filter((e) => e.status === 200).length, 'each retried once').to.equal(5);
    expect(events.flat().filter((e) => e.type === 'vote-error')).to.deep.equal([]);
  });

  itClean('a token that is still refused after the refresh is not refreshed again', async () => {
    const auth = await oauth(10, 'token-10', 'works');
    const { load } = await import('./actions.js');
    const scene = await load.prepare(auth.transport);
    await faults({ kind: 'expired-token', method: load.method, times: 2 });
    await load.start(scene);
    const error = await nextEvent(scene.events, 'vote-error');
    expect(error.detail).to.include({ action: 'load', code: 'expired_token', status: 401 });
    expect(auth.refreshes()).to.equal(1);
    expect(await sent(load.method)).to.have.length(2);
    expect(load.shownError(scene)).to.contain(SIGN_IN_AGAIN);
  });
});
