/**
 * A client-side leaky bucket, so that a page never trips the portal's own limit by itself.
 *
 * Bitrix24 counts requests per portal (and source address) in a leaky bucket: each request adds one, the bucket
 * drains at `perSecond`, and above `burst` the portal answers 503 `QUERY_LIMIT_EXCEEDED` (standard plans 50 / 2,
 * Enterprise 250 / 5). The same bucket is modelled here and shared by every transport aimed at the same portal.
 */
import { sleep, throwIfAborted } from './abort.js';
import { invalidConfig } from './b24-error.js';
import type { B24CallOptions, RateLimitOptions } from './types.js';
import { noticeWait } from './wait-notice.js';
import { pageRegistry } from '../util/page-registry.js';

/** Bitrix24's standard plan: a burst of 50 requests, then 2 per second. */
export const DEFAULT_RATE_LIMIT: Readonly<RateLimitOptions> = { burst: 50, perSecond: 2 };

function checkOptions(options: RateLimitOptions): RateLimitOptions {
  const { burst, perSecond } = options ?? ({} as RateLimitOptions);
  // Number.isFinite is false for anything but a number.
  if (!(Number.isFinite(burst) && burst >= 1)) {
    throw invalidConfig('rateLimit.burst must be a number of at least 1.');
  }
  if (!(Number.isFinite(perSecond) && perSecond > 0)) {
    throw invalidConfig('rateLimit.perSecond must be a positive number.');
  }
  return { burst, perSecond };
}

/**
 * A leaky bucket: `acquire()` grants a slot at once while fewer than `burst` requests are "in the bucket" and otherwise
 * waits until enough has drained. Each caller reserves its slot when it asks, so concurrent callers are served in
 * order without a queue; an aborted wait gives its slot back.
 */
export class LeakyBucket {
  private options: RateLimitOptions;
  private level = 0;
  private last: number;

  constructor(options: RateLimitOptions = DEFAULT_RATE_LIMIT, private readonly now: () => number = () => performance.now()) {
    this.options = checkOptions(options);
    this.last = this.now();
  }

  /** The current settings. */
  get settings(): Readonly<RateLimitOptions> {
    return { ...this.options };
  }

  /** Changes the settings; requests already counted stay in the bucket. */
  configure(options: RateLimitOptions): void {
    this.drain();
    this.options = checkOptions(options);
  }

  /** How full the bucket is right now (requests not yet drained), for tests and diagnostics. */
  get fill(): number {
    this.drain();
    return this.level;
  }

  /** The longest a caller can wait when the bucket is full: the time it takes to drain. */
  get drainMs(): number {
    return (this.options.burst / this.options.perSecond) * 1000;
  }

  /**
   * Takes a slot: undefined when one is free now, so that the caller's request leaves in the same turn (the
   * element's first render waits for it); else a promise of the wait, which rejects with the signal's reason if
   * it aborts. `onWait` hears of a wait before it starts.
   */
  acquire(signal?: AbortSignal, onWait?: B24CallOptions['onWait']): Promise<void> | undefined {
    throwIfAborted(signal);
    this.drain();
    this.level += 1;
    const waitMs = ((this.level - this.options.burst) / this.options.perSecond) * 1000;
    if (waitMs <= 0) return undefined;
    noticeWait(onWait, waitMs, 'rate-limit');
    return sleep(waitMs, signal).catch((reason: unknown) => {
      // The request will not be sent: hand the reserved slot back so later callers do not wait for a ghost.
      this.drain();
      this.level = Math.max(0, this.level - 1);
      throw reason;
    });
  }

  private drain(): void {
    const now = this.now();
    this.level = Math.max(0, this.level - ((now - this.last) / 1000) * this.options.perSecond);
    this.last = now;
  }
}

/*
 * One bucket per portal origin, kept page-wide (on the global registry, so two copies of the bundle share it). Why: the portal's limit is per portal, not per webhook,
 * token or transport instance. Every `<b24-attached-vote>` with the same `webhook-url` shares a transport, but a
 * page may also hold elements with other users' webhooks, an OAuth transport and a BX24 transport for the same
 * portal; with one bucket each, N transports could burst N x 50 requests and earn 503s. Keying by origin
 * (scheme + host + port, as `URL.origin` spells it) makes them all draw from the same bucket.
 */
const registry = pageRegistry('rate-limit-buckets/1', () => new Map<string, LeakyBucket>());

/**
 * The shared bucket for a portal origin, or `null` when `options` is `false` (this transport opts out; other
 * transports of the origin keep theirs). Explicit settings reconfigure the origin's bucket (the latest explicit
 * settings win, e.g. a host that knows it is on Enterprise); `undefined` joins the bucket as it is, created with
 * the standard-plan defaults if it does not exist yet.
 */
export function sharedRateLimiter(origin: string, options?: RateLimitOptions | false): LeakyBucket | null {
  if (options === false) return null;
  const key = origin.toLowerCase();
  let bucket = registry.get(key);
  if (!bucket) {
    bucket = new LeakyBucket(options ?? DEFAULT_RATE_LIMIT);
    registry.set(key, bucket);
  } else if (options) {
    bucket.configure(options);
  }
  return bucket;
}

/** Forgets every shared bucket, those of other copies on the page too (tests start from empty buckets). */
export function resetRateLimiters(): void {
  registry.clear();
}
