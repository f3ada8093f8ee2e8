// @ts-check
// The cloud portal's leaky bucket: each request adds 1, the level drains at `perSecond`, above `burst` -> 503.

export class LeakyBucket {
  /** @param {{ burst: number, perSecond: number }} limits */
  constructor(limits) {
    this.burst = limits.burst;
    this.perSecond = limits.perSecond;
    this.level = 0;
    this.last = Date.now();
  }

  /** @returns {boolean} true when the request may pass */
  take() {
    const now = Date.now();
    this.level = Math.max(0, this.level - ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.level + 1 > this.burst) return false;
    this.level += 1;
    return true;
  }
}

/**
 * Checks `{ burst, perSecond }` (or null = off).
 * @param {unknown} value
 * @returns {{ burst: number, perSecond: number } | null}
 */
export function parseRateLimit(value) {
  if (value === null || value === undefined || value === false) return null;
  if (typeof value !== 'object') throw new TypeError('rateLimit must be { burst, perSecond } or null');
  const { burst, perSecond } = /** @type {{ burst?: unknown, perSecond?: unknown }} */ (value);
  if (typeof burst !== 'number' || !(burst >= 1) || typeof perSecond !== 'number' || !(perSecond >= 0)) {
    throw new TypeError('rateLimit needs a numeric burst >= 1 and perSecond >= 0');
  }
  return { burst, perSecond };
}
