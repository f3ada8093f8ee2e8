// @ts-check
// Everything one portal instance holds, shared by the route handlers.

/**
 * @typedef {{
 *   store: import('../vote/store.js').Store,
 *   faults: import('./faults.js').FaultList,
 *   log: import('./request-log.js').RequestLog,
 *   limiter: import('./rate-limit.js').LeakyBucket | null,
 *   rateLimit: { burst: number, perSecond: number } | null,
 *   latencyMs: number,
 *   voteLockWaitMs: number,
 *   codelessCode: string,
 *   moduleIdCaseInsensitive: boolean,
 *   hung: Set<import('node:http').ServerResponse>,
 * }} Runtime
 */

export {};
