import { expect } from '@open-wc/testing';
import { lazyFeature } from '../../src/controllers/lazy-feature.js';
import { isB24Error } from '../../src/transport/b24-error.js';

describe('lazyFeature', () => {
  it('imports once, turns a failed import into MODULE_UNAVAILABLE, and tries again after a failure', async () => {
    let attempts = 0;
    const feature = lazyFeature(() => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve({ ok: 1 })));
    const error = await feature.load().catch((e: unknown) => e);
    expect(isB24Error(error) && error.code).to.equal('MODULE_UNAVAILABLE');
    const [a, b] = await Promise.all([feature.load(), feature.load()]);
    expect(a).to.equal(b);
    expect(attempts).to.equal(2);
  });
});
