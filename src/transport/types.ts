/** The `time` block of a Bitrix24 REST response envelope. */
export interface B24Time {
  start?: number;
  finish?: number;
  duration?: number;
  processing?: number;
  date_start?: string;
  date_finish?: string;
  /** Unix time (seconds) when the oldest operating-limit bucket expires. */
  operating_reset_at?: number;
  /** Seconds of execution time the method has accumulated in the operating window. */
  operating?: number;
}

/** A successful Bitrix24 REST response envelope. */
export interface B24Envelope<T = unknown> {
  result: T;
  total?: number;
  next?: number;
  time?: B24Time;
}

/** Options of a single transport call. */
export interface B24CallOptions {
  /** Aborts the call; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Sends one Bitrix24 REST call and resolves to the response envelope, or throws a `B24Error`.
 * Any object of this shape can be given to the element's `transport` property.
 */
export interface B24Transport {
  /** Calls a REST method; rejects with a `B24Error`, or with the signal's reason on abort. */
  call(method: string, params: Record<string, unknown>, options?: B24CallOptions): Promise<B24Envelope>;
  /** The portal's origin, used to resolve relative URLs such as `resultUrl` and question images. */
  readonly origin?: string;
  /** `false`: never send `batch` through this transport (loads go one by one). */
  readonly supportsBatch?: boolean;
  /**
   * The bound, in milliseconds, on one whole call (retries and waits included). The element aborts a call that
   * takes longer and reports `TIMEOUT`. Default 60000.
   */
  readonly callTimeoutMs?: number;
}

/** Client-side leaky bucket settings: `burst` requests at once, refilled at `perSecond`. */
export interface RateLimitOptions {
  burst: number;
  perSecond: number;
}

/** Retry settings. Delays are in milliseconds. */
export interface RetryOptions {
  /** Tries in all (the first included) for 503 `QUERY_LIMIT_EXCEEDED`. Default 4. */
  rateLimitTries: number;
  /** Back-off before the first retry; doubles each time (with jitter). Default 500. */
  baseDelayMs: number;
  /** The longest single back-off. Default 8000. */
  maxDelayMs: number;
  /** Tries in all for 429 `OPERATION_TIME_LIMIT`. Default 2 (one wait). */
  operationLimitTries: number;
  /** Wait for a 429 whose body has no `time.operating_reset_at`. Default 10000. */
  operationLimitDefaultWaitMs: number;
  /** A 429 that asks for a longer wait than this fails at once instead. Default 60000. */
  operationLimitMaxWaitMs: number;
  /** Tries in all for network errors, timeouts and 5xx, read methods only. Default 3. */
  readTries: number;
  /** Multiplies every computed back-off (tests use a small factor); a portal's reset time is never scaled. Default 1. */
  delayScale: number;
  /** Random numbers in [0, 1) for the jitter. Default `Math.random`. */
  random: () => number;
  /** Current time in ms since the epoch, for `operating_reset_at`. Default `Date.now`. */
  now: () => number;
}

/** Options shared by every fetch transport. */
export interface FetchTransportCommonOptions {
  /** Milliseconds before a call fails with `TIMEOUT`. Default 30000. */
  timeoutMs?: number;
  /** Client-side rate limit; default `{ burst: 50, perSecond: 2 }`; `false` turns it off. */
  rateLimit?: RateLimitOptions | false;
  /** The `fetch` to use; defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Overrides of the safe-retry policy (see `DEFAULT_RETRY`); `false` turns retries off. */
  retry?: Partial<RetryOptions> | false;
}

/** A fetch transport authenticated by an incoming webhook URL. */
export interface WebhookTransportOptions extends FetchTransportCommonOptions {
  /** `https://portal/rest/{userId}/{code}/`; plain http only for loopback hosts. */
  webhookUrl: string;
}

/** A token, or a function returning one (sync or async). */
export type AuthSource = string | (() => string | Promise<string>);

/** A fetch transport authenticated by an OAuth access token sent as the `auth` parameter. */
export interface OAuthTransportOptions extends FetchTransportCommonOptions {
  /** The portal's REST base, e.g. `https://portal.bitrix24.com/rest/`. */
  restUrl: string;
  /** The access token, or a function returning it. */
  auth: AuthSource;
  /** Returns a fresh access token after a 401 `expired_token`; called once per expiry across concurrent calls. */
  refreshAuth?: () => string | Promise<string>;
}

/** Options of `createFetchTransport`. */
export type FetchTransportOptions = WebhookTransportOptions | OAuthTransportOptions;
