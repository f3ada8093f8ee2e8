// @ts-check
// What went over the wire, for tests: one entry per REST request, and the CORS preflights apart. Never holds a
// webhook code or a token.

/**
 * @typedef {{ seq: number, at: string, httpMethod: string, path: string, method: string,
 *   params: Record<string, unknown>, contentType: string, auth: 'webhook' | 'oauth' | 'none',
 *   userId: number | null, status: number | null, batch?: string[], fault?: string, bodyError?: string }} LogEntry
 * @typedef {{ seq: number, at: string, httpMethod: 'OPTIONS', path: string, method: string, origin: string,
 *   requestMethod: string, requestHeaders: string }} PreflightEntry
 */

const MAX_ENTRIES = 5000;

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
    /** @type {PreflightEntry[]} CORS preflights, kept apart so that counts of REST calls stay what they were */
    this.preflights = [];
    this.seq = 0;
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

  /**
   * Records a CORS preflight (`OPTIONS`) of a REST path.
   * @param {Omit<PreflightEntry, 'seq' | 'at' | 'httpMethod'>} fields
   * @returns {PreflightEntry}
   */
  addPreflight(fields) {
    this.seq += 1;
    /** @type {PreflightEntry} */
    const entry = { seq: this.seq, at: new Date().toISOString(), httpMethod: 'OPTIONS', ...fields };
    this.preflights.push(entry);
    if (this.preflights.length > MAX_ENTRIES) this.preflights.splice(0, this.preflights.length - MAX_ENTRIES);
    return entry;
  }

  /** How many preflights arrived: in all, per (redacted) path and per REST method. */
  preflightCounts() {
    /** @type {Record<string, number>} */
    const byPath = {};
    /** @type {Record<string, number>} */
    const byMethod = {};
    for (const { path, method } of this.preflights) {
      byPath[path] = (byPath[path] ?? 0) + 1;
      byMethod[method] = (byMethod[method] ?? 0) + 1;
    }
    return { total: this.preflights.length, byPath, byMethod };
  }

  clear() {
    this.entries = [];
    this.preflights = [];
  }

  toJSON() {
    return { requests: this.entries, preflights: this.preflights, preflightCounts: this.preflightCounts() };
  }
}
