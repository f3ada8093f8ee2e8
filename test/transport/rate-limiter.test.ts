/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { isB24Error } from '../../src/transport/b24-error.js';
import { LeakyBucket, resetRateLimiters, sharedRateLimiter } from '../../src/transport/rate-limiter.js';

describe('rate limiter', () => {
  afterEach(() => resetRateLimiters());

  it('lets a burst through at once, then paces at perSecond', async () => {
    const bucket = new LeakyBucket({ burst: 3, perSecond: 20 });
    const started = performance.now();
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, () => Promise.resolve(bucket.acquire()).then(() => times.push(performance.now() - started))),
    );
    times.sort((a, b) => a - b);
    expect(times[2]).to.be.below(30);
    // Three over the burst at 20/s: the last waits about 150 ms.
    expect(times[5]).to.be.within(120, 800);
  });

  it('grants a free slot in the same turn (no promise), so the request leaves at once', () => {
    const bucket = new LeakyBucket({ burst: 2, perSecond: 1 });
    expect(bucket.acquire()).to.equal(undefined);
    expect(bucket.acquire()).to.equal(undefined);
    expect(bucket.acquire()).to.be.instanceOf(Promise);
  });

  it('drains over time (with an injected clock)', async () => {
    let now = 0;
    const bucket = new LeakyBucket({ burst: 2, perSecond: 2 }, () => now);
    await bucket.acquire();
    await bucket.acquire();
    expect(bucket.fill).to.equal(2);
    now = 500;
    expect(bucket.fill).to.equal(1);
    now = 5000;
    expect(bucket.fill).to.equal(0);
  });

  it('rejects a waiting acquire with the abort reason and gives the slot back', async () => {
    const bucket = new LeakyBucket({ burst: 1, perSecond: 0.1 });
    await bucket.acquire();
    const controller = new AbortController();
    const waiting = bucket.acquire(controller.signal);
    controller.abort();
    expect(waiting, 'the bucket is full: a wait').to.be.instanceOf(Promise);
    const error = await waiting!.catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(bucket.fill).to.be.below(1.01);
  });

  it('shares one bucket per origin; false opts out; explicit settings reconfigure', () => {
    const a = sharedRateLimiter('https://portal.example');
    const b = sharedRateLimiter('HTTPS://PORTAL.EXAMPLE');
    expect(a).to.equal(b);
    expect(a!.settings).to.deep.equal({ burst: 50, perSecond: 2 });
    expect(sharedRateLimiter('https://other.example')).not.to.equal(a);
    expect(sharedRateLimiter('https://portal.example', false)).to.equal(null);
    sharedRateLimiter('https://portal.example', { burst: 250, perSecond: 5 });
    expect(a!.settings).to.deep.equal({ burst: 250, perSecond: 5 });
    sharedRateLimiter('https://portal.example');
    expect(a!.settings).to.deep.equal({ burst: 250, perSecond: 5 });
  });

  it('rejects nonsense settings with INVALID_CONFIG', () => {
    for (const bad of [{ burst: 0, perSecond: 1 }, { burst: 5, perSecond: 0 }, { burst: Number.NaN, perSecond: 1 }]) {
      let error: unknown;
      try {
        new LeakyBucket(bad);
      } catch (e) {
        error = e;
      }
      expect(isB24Error(error) && error.code === 'INVALID_CONFIG', JSON.stringify(bad)).to.equal(true);
    }
  });
});
