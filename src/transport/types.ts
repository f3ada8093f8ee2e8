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

/**
 * Why a call waits before it is sent (again): `'rate-limit'` for a slot of the client-side bucket (this page's
 * own share of the portal's limit), `'query-limit'` before retrying a 503 `QUERY_LIMIT_EXCEEDED`,
 * `'operation-limit'` before retrying a 429 `OPERATION_TIME_LIMIT`.
 */
export type B24WaitReason = 'rate-limit' | 'query-limit' | 'operation-limit';

/** Options of a single transport call. */
export interface B24CallOptions {
  /** Aborts the call; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Called each time the call begins to wait because the portal (or the page's own rate limit) asks it to slow
   * down, with the length of that wait in milliseconds. Lets a UI say "Bitrix24 is busy, your vote is waiting"
   * instead of a silent spinner. Not called for the back-off between retries of a failed read.
   */
  onWait?: (waitMs: number, reason: B24WaitReason) => void;
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
   * The longest one whole `call` can take, retries, waits and token refresh included, in milliseconds; past it the
   * element gives up on the call (aborts its signal, shows `TIMEOUT`). Absent: the element's default (60000).
   * The fetch and BX24 transports compute it from their `timeoutMs` and retry policy.
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
  /** Tries in all for 429 `OPERATION_TIME_LIMIT`, on top of the time limit below. Default no limit (`Infinity`). */
  operationLimitTries: number;
  /**
   * Wait before retrying a 429 whose body has no `time.operating_reset_at` (real error answers carry no `time`
   * block). Scaled by `delayScale`. Default 10000.
   */
  operationLimitDefaultWaitMs: number;
  /** The first back-off after a 429; doubles with each 429 of the call. Scaled by `delayScale`. Default 1000. */
  operationBaseDelayMs: number;
  /** The longest back-off after a 429. Default 32000. */
  operationMaxDelayMs: number;
  /**
   * Give up on 429s this long after the first one: a wait that would end later fails at once instead (a portal's
   * reset time included). Not scaled. Default 60000.
   */
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
