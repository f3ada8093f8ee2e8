/**
 * The element's life cycle under faults: removed while a request is in flight (for every action), attributes
 * changed mid-request, and the browser going offline and coming back.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ALL_ACTIONS, load, vote, voters } from './actions.js';
import {
  $$,
  clearFaults,
  delay,
  errorText,
  faults,
  itClean,
  mountLoaded,
  nextEvent,
  pickAnswer,
  resetCross,
  sent,
  settled,
  storedPoll,
  webhookTransport,
} from './support.js';

describe('fault injection: life cycle (cross-origin emulator)', () => {
  beforeEach(resetCross);

  describe('an element removed while its request is in flight', () => {
    for (const driver of ALL_ACTIONS) {
      itClean(`${driver.action}: the request is aborted and no event fires afterwards`, async () => {
        const transport = await webhookTransport(driver.userId);
        const scene = await driver.prepare(transport);
        await faults({ kind: 'latency', ms: 400, method: driver.method });
        const before = transport.calls.length;
        await driver.start(scene);
        await waitUntil(() => transport.calls.slice(before).some((c) => c.method === driver.method), 'the request went out', { timeout: 3000, interval: 5 });
        await delay(50);
        const removedAt = scene.events.length;
        scene.el.remove();
        await delay(700);
        expect(scene.events.slice(removedAt).map((e) => e.type), 'no event after removal').to.deep.equal([]);
        const call = transport.calls.slice(before).find((c) => c.method === driver.method)!;
        expect(call.signal, 'the call can be aborted').to.not.equal(undefined);
        expect(call.signal!.aborted, 'the call was aborted').to.equal(true);
        expect(scene.el.status, 'no work left').to.not.equal('submitting');
        // Whatever the portal did with a write already on its way, it did it once.
        expect((await sent(driver.method)).length).to.equal(1);
      });
    }

    itClean('put back into the page, an element whose load was aborted loads again', async () => {
      const transport = await webhookTransport(load.userId);
      const scene = await load.prepare(transport);
      await faults({ kind: 'latency', ms: 300, method: load.method, times: 1 });
      await load.start(scene);
      await delay(60);
      scene.el.remove();
      await delay(50);
      scene.host!.append(scene.el);
      await load.expectDone(scene);
    });
  });

  describe('attributes changed while a request is in flight: only the newest poll is shown', () => {
    itClean('load: a slow first poll never replaces the second', async () => {
      const transport = await webhookTransport(10);
      const scene = await load.prepare(transport);
      await faults({ kind: 'latency', ms: 400, method: load.method, times: 1 });
      await load.start(scene);
      await waitUntil(() => transport.calls.length > 0, 'first load sent', { timeout: 3000, interval: 5 });
      scene.el.setAttribute('attach-id', '2');
      await nextEvent(scene.events, 'vote-load');
      await delay(600);
      const loads = scene.events.filter((e) => e.type === 'vote-load').map((e) => (e.detail.attach as { ID: number }).ID);
      expect(loads).to.deep.equal([2]);
      expect(scene.el.poll!.id).to.equal('2');
      expect(transport.calls[0]!.signal!.aborted, 'the first load was aborted').to.equal(true);
    });

    itClean('vote: the answer for the old poll is dropped, the new poll shows untouched', async () => {
      const transport = await webhookTransport(vote.userId);
      const scene = await vote.prepare(transport);
      await faults({ kind: 'latency', ms: 400, method: vote.method });
      await vote.start(scene);
      await waitUntil(() => transport.calls.some((c) => c.method === vote.method), 'vote sent', { timeout: 3000, interval: 5 });
      const mark = scene.events.length;
      scene.el.setAttribute('attach-id', '1');
      await nextEvent(scene.events, 'vote-load', mark);
      await delay(600);
      await settled(scene.el);
      expect(scene.events.slice(mark).map((e) => e.type)).to.deep.equal(['vote-load']);
      expect(scene.el.poll!.id).to.equal('1');
      expect($$(scene.el, 'input[type="radio"]')).to.have.length(4);
      expect($$(scene.el, 'input:checked'), 'no selection carried over').to.have.length(0);
      expect(errorText(scene.el)).to.equal('');
      expect(transport.calls.find((c) => c.method === vote.method)!.signal!.aborted).to.equal(true);
    });

    itClean('voters: a list still loading for the old poll does not appear in the new one', async () => {
      const transport = await webhookTransport(voters.userId);
      const scene = await voters.prepare(transport);
      await faults({ kind: 'latency', ms: 400, method: voters.method });
      await voters.start(scene);
      await waitUntil(() => transport.calls.some((c) => c.method === voters.method), 'voters asked for', { timeout: 3000, interval: 5 });
      const mark = scene.events.length;
      scene.el.setAttribute('attach-id', '5');
      await nextEvent(scene.events, 'vote-load', mark);
      await delay(600);
      await scene.el.updateComplete;
      expect(scene.el.poll!.id).to.equal('5');
      expect($$(scene.el, '[part~="voters"]')).to.have.length(0);
      expect(scene.events.slice(mark).map((e) => e.type)).to.deep.equal(['vote-load']);
      expect(transport.calls.find((c) => c.method === voters.method)!.signal?.aborted, 'the voters request was aborted').to.equal(true);
    });
  });

  describe('offline', () => {
    let restore: (() => void) | null = null;
    afterEach(() => {
      restore?.();
      restore = null;
    });

    /** Makes `navigator.onLine` answer `value` until restored. */
    function setOnline(value: boolean): void {
      restore?.();
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value });
      restore = () => {
        delete (navigator as unknown as Record<string, unknown>).onLine;
      };
    }

    itClean('a load that cannot reach the portal says so, and retries by itself when the browser is back online', async () => {
      setOnline(false);
      const transport = await webhookTransport(10);
      const scene = await load.prepare(transport);
      await faults({ kind: 'drop-before', method: load.method });
      await load.start(scene);
      const error = await nextEvent(scene.events, 'vote-error');
      await settled(scene.el);
      expect(error.detail).to.include({ action: 'load', code: 'NETWORK_ERROR', status: 0 });
      expect(errorText(scene.el)).to.contain('You are offline. The poll will load when the connection is back.');
      const tries = (await sent(load.method)).length;
      await delay(300);
      expect((await sent(load.method)).length, 'no retry loop while offline').to.equal(tries);

      await clearFaults();
      setOnline(true);
      const mark = scene.events.length;
      window.dispatchEvent(new Event('online'));
      scene.mark = mark;
      await load.expectDone(scene);
      await settled(scene.el);
      expect(errorText(scene.el), 'the message is gone').to.equal('');
    });

    itClean('a plain network failure (online) says to check the connection; "online" retries it too', async () => {
      const transport = await webhookTransport(10);
      const scene = await load.prepare(transport);
      await faults({ kind: 'drop-before', method: load.method });
      await load.start(scene);
      await nextEvent(scene.events, 'vote-error');
      await settled(scene.el);
      expect(errorText(scene.el)).to.contain('Could not reach Bitrix24. Check your connection and try again.');
      await clearFaults();
      scene.mark = scene.events.length;
      window.dispatchEvent(new Event('online'));
      await load.expectDone(scene);
    });

    itClean('a vote that fails offline keeps the selection and does not promise a reload', async () => {
      const transport = await webhookTransport(vote.userId);
      const scene = await vote.prepare(transport);
      setOnline(false);
      await faults({ kind: 'drop-before', method: vote.method });
      await vote.start(scene);
      const error = await nextEvent(scene.events, 'vote-error', scene.mark);
      await settled(scene.el);
      expect(error.detail).to.include({ action: 'vote', code: 'NETWORK_ERROR' });
      expect(errorText(scene.el)).to.contain('Your selection is kept.');
      expect(errorText(scene.el)).not.to.contain('will load');
      await vote.expectNotDone(scene);
      // Back online: a vote is never sent again by itself (only the user's Retry sends it).
      await clearFaults();
      setOnline(true);
      window.dispatchEvent(new Event('online'));
      await delay(200);
      expect(await sent(vote.method)).to.have.length(1);
      expect((await storedPoll(2)).ballots['10']).to.equal(undefined);
    });

    itClean('"online" does nothing to a poll that is loaded and fine', async () => {
      const transport = await webhookTransport(10);
      const { el } = await mountLoaded(transport, 1);
      pickAnswer(el, '43');
      const before = (await sent()).length;
      window.dispatchEvent(new Event('online'));
      await delay(150);
      expect((await sent()).length).to.equal(before);
      expect($$<HTMLInputElement>(el, 'input:checked').map((i) => i.value)).to.deep.equal(['43']);
    });
  });
});
