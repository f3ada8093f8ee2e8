/// <reference types="mocha" />
// The 429 rule of the contract, on the wire, for the fetch and BX24 transports: after a 429 the next try waits the
// later of the portal's reset time and a back-off doubling from 1 s up to 32 s, so one call makes at most 7 tries
// in its 60 s; while one call waits out a 429, the transport's other calls to that method wait too. The policy's
// time is scaled down 50 times here (back-offs and the 60 s window); a portal's reset time is real time.
import { expect } from '@open-wc/testing';
import { createBx24Transport } from '../../src/transport/bx24-transport.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import type { B24Transport, RetryOptions } from '../../src/transport/types.js';
import { createBx24Standin } from '../support/bx24-standin.js';
import { addFaults, crossOriginUrl, log, reset, webhookUrl, type PortalLogEntry, type PortalTarget } from '../support/portal.js';
import { b24Failure } from './support.js';

const X: PortalTarget = { crossOrigin: true };
const SCALE = 0.02;
/** The contract's policy at a fiftieth of its time: back-offs 20..640 ms, the 60 s window 1.2 s. */
const SCALED: Partial<RetryOptions> = { delayScale: SCALE, operationLimitMaxWaitMs: 60_000 * SCALE };

const TRANSPORTS: Record<string, (userId: number) => Promise<B24Transport>> = {
  fetch: async (userId) => createFetchTransport({ webhookUrl: await webhookUrl(userId, X), rateLimit: false, retry: SCALED }),
  BX24: async (userId) =>
    createBx24Transport(createBx24Standin({ origin: await crossOriginUrl(), token: `token-${userId}` }), {
      protocol: 'http',
      rateLimit: false,
      retry: SCALED,
    }),
};

const at = (entry: PortalLogEntry): number => Date.parse(entry.at as string);

for (const [name, make] of Object.entries(TRANSPORTS)) {
  describe(`429 OPERATION_TIME_LIMIT through the ${name} transport`, () => {
    beforeEach(() => reset(X));

    it('a portal whose reset has always just passed gets at most 7 tries, further and further apart', async () => {
      // Every answer a 429 whose operating_reset_at is the current second: without the back-off the transport
      // would try again every 100 ms for the whole window.
      await addFaults([{ kind: 'operation-limit', method: 'vote.AttachedVote.vote', resetInSeconds: 0 }], X);
      const transport = await make(10);
      await b24Failure(transport.call('vote.AttachedVote.vote', { attachId: 2, ballot: { 22: ['46'] } }), 'OPERATION_TIME_LIMIT', 429);
      const tries = (await log(X)).filter((e) => e.method === 'vote.attachedvote.vote');
      expect(tries.length, 'tries of one call').to.be.within(2, 7);
      expect(tries.every((e) => e.status === 429)).to.equal(true);
      const gaps = tries.slice(1).map((e, i) => at(e) - at(tries[i]!));
      // The later tries wait the doubling back-off (160, 320, 640 ms scaled), not the reset's ~100 ms.
      expect(Math.max(...gaps), `gaps ${gaps.join(', ')} ms`).to.be.at.least(8000 * SCALE - 15);
    });

    it('the other calls to the same method wait while one call waits out a 429; other methods do not', async () => {
      await addFaults([{ kind: 'operation-limit', method: 'vote.AttachedVote.getWithVoted', times: 1, resetInSeconds: 1 }], X);
      const transport = await make(1);
      let second: Promise<unknown> | undefined;
      let other: Promise<unknown> | undefined;
      const first = transport.call(
        'vote.AttachedVote.getWithVoted',
        { attachId: 1 },
        {
          // Told of the wait: the 429 has arrived. A second call to the method now must not go out before the reset.
          onWait: () => {
            second ??= transport.call('vote.AttachedVote.getWithVoted', { attachId: 4 });
            other ??= transport.call('vote.AttachedVote.get', { attachId: 4 });
          },
        },
      );
      await Promise.all([first, second, other]);
      const entries = await log(X);
      const reads = entries.filter((e) => e.method === 'vote.attachedvote.getwithvoted');
      expect(reads.map((e) => e.status)).to.deep.equal([429, 200, 200]);
      const resetAt = Math.floor(at(reads[0]!) / 1000 + 1) * 1000;
      for (const read of reads.slice(1)) expect(at(read), 'after the reset').to.be.at.least(resetAt);
      const get = entries.find((e) => e.method === 'vote.attachedvote.get')!;
      expect(at(get), 'another method is not held').to.be.below(at(reads[1]!));
    });
  });
}
