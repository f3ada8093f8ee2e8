/// <reference types="mocha" />
// Page-wide registries: a second copy of a module (imported again under another URL, as a CMS page that loads
// the bundle twice gets) shares the first copy's rate-limit buckets and webhook transports.
import { expect } from '@open-wc/testing';
import { resolveTransport } from '../../src/connection/resolve-transport.js';
import { resetRateLimiters, sharedRateLimiter } from '../../src/transport/rate-limiter.js';
import { pageRegistry } from '../../src/util/page-registry.js';

type RateLimiterModule = typeof import('../../src/transport/rate-limiter.js');
type ResolveModule = typeof import('../../src/connection/resolve-transport.js');

/** The module at `path` once more, as a separate module instance (its own module-level state). */
async function secondCopy<T>(path: string): Promise<T> {
  const url = new URL(path, import.meta.url);
  url.searchParams.set('copy', Math.random().toString(36).slice(2));
  return (await import(/* @vite-ignore */ url.href)) as T;
}

describe('page registry', () => {
  afterEach(() => resetRateLimiters());

  it('one value per name, created once, on a non-enumerable Symbol.for global', () => {
    let made = 0;
    const name = `test-${Math.random()}`;
    const a = pageRegistry(name, () => ({ made: ++made }));
    const b = pageRegistry(name, () => ({ made: ++made }));
    expect(a).to.equal(b);
    expect(made).to.equal(1);
    const root = (globalThis as Record<symbol, Record<string, unknown>>)[Symbol.for('b24-attached-vote')]!;
    expect(root[name]).to.equal(a);
    expect(Object.keys(globalThis)).not.to.include(String(Symbol.for('b24-attached-vote')));
    expect(Object.getOwnPropertyDescriptor(globalThis, Symbol.for('b24-attached-vote'))!.enumerable).to.equal(false);
  });

  it('a second copy of the rate limiter draws from the same bucket per portal', async () => {
    const copy = await secondCopy<RateLimiterModule>('../../src/transport/rate-limiter.ts');
    expect(copy.sharedRateLimiter, 'really a second module instance').not.to.equal(sharedRateLimiter);
    const mine = sharedRateLimiter('https://portal.example');
    const theirs = copy.sharedRateLimiter('https://PORTAL.example');
    expect(theirs).to.equal(mine);
    await theirs!.acquire();
    expect(mine!.fill).to.be.closeTo(1, 0.1);
    copy.resetRateLimiters();
    expect(sharedRateLimiter('https://portal.example')).not.to.equal(mine);
  });

  it('a second copy of resolveTransport hands out the same webhook transport', async () => {
    const copy = await secondCopy<ResolveModule>('../../src/connection/resolve-transport.ts');
    expect(copy.resolveTransport).not.to.equal(resolveTransport);
    const url = 'https://portal.example/rest/7/abc123';
    const mine = resolveTransport(undefined, url);
    expect(copy.resolveTransport(undefined, `${url}/`)).to.equal(mine);
  });
});
