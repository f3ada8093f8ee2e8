// @ts-check
// What went over the wire, for tests: one entry per REST request. Never holds a webhook code or a token.

/**
 * @typedef {{ seq: number, at: string, httpMethod: string, path: string, method: string,
 *   params: Record<string, unknown>, contentType: string, auth: 'webhook' | 'oauth' | 'none',
 *   userId: number | null, status: number | null, batch?: string[], fault?: string, bodyError?: string }} LogEntry
 */

const MAX_ENTRIES = 5000;

/**
 * A CORS preflight that reached a REST path (kept apart from the REST requests, which tests count).
 * @typedef {{ seq: number, at: string, path: string, requestMethod: string, requestHeaders: string }} PreflightEntry
 */

/**
 * A copy of the parameters fit for the log: `auth=` inside batch commands is masked.
 * @param {Record<string, unknown>} params
 */
export function loggableParams(params) {
  const copy = structuredClone(params);
  const mask = (/** @type {unknown} */ c) => (typeof c === 'string' ? c.replace(/([?&])auth=[^&]*/g, '$1auth=***') : c);
  if (Array.isArray(copy.cmd)) copy.cmd = copy.cmd.map(mask);
  else if (copy.cmd && typeof copy.cmd === 'object') {
    copy.cmd = Object.fromEntries(Object.entries(copy.cmd).map(([k, c]) => [k, mask(c)]));
  }
  return copy;
}

export class RequestLog {
  constructor() {
    /** @type {LogEntry[]} */
    this.entries = [];
    /** @type {PreflightEntry[]} */
    this.preflights = [];
    this.seq = 0;
  }

  /**
   * Records an `OPTIONS` request under /rest/ (tests assert that simple requests cause none).
   * @param {Omit<PreflightEntry, 'seq' | 'at'>} fields
   */
  addPreflight(fields) {
    this.seq += 1;
    this.preflights.push({ seq: this.seq, at: new Date().toISOString(), ...fields });
    if (this.preflights.length > MAX_ENTRIES) this.preflights.splice(0, this.preflights.length - MAX_ENTRIES);
  }

  /**
   * @param {Omit<LogEntry, 'seq' | 'at' | 'status'>} fields
   * @returns {LogEntry}
   */
  add(fields) {
    this.seq += 1;
    const entry = { seq: this.seq, at: new Date().toISOString(), ...fields, status: /** @type {number | null} */ (null) };
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return entry;
  }

  clear() {
    this.entries = [];
    this.preflights = [];
  }

  toJSON() {
    return { requests: this.entries, preflights: this.preflights };
  }
}
