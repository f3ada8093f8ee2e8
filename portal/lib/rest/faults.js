// @ts-check
// Injected faults: a list of `{ kind, method?, times?, ...extra }`, consumed per matching request.

/** Every kind the emulator knows. */
export const FAULT_KINDS = [
  'rate-limit', 'operation-limit', 'internal-error', 'insufficient-scope', 'expired-token', 'latency', 'html-502',
  'drop-before', 'drop-after', 'drop-early', 'malformed-json', 'truncated-json', 'hang', 'replay', 'echo',
];

/** Kinds that may also hit one sub-call of a `batch` (when the fault names that sub-call's method). */
const SUBCALL_KINDS = new Set(['operation-limit', 'internal-error', 'insufficient-scope']);

/**
 * @typedef {{ kind: string, method?: string, times?: number, ms?: number, resetInSeconds?: number, cors?: boolean,
 *   [extra: string]: unknown }} Fault
 */

export class FaultList {
  constructor() {
    /** @type {Fault[]} */
    this.items = [];
  }

  /**
   * Validates and appends faults.
   * @param {unknown} input an array of faults, or one fault
   * @returns {Fault[]} the faults added
   */
  add(input) {
    const list = Array.isArray(input) ? input : [input];
    const added = list.map(normalize);
    this.items.push(...added);
    return added;
  }

  clear() {
    this.items = [];
  }

  /**
   * Consumes the faults that apply to one HTTP request: all matching `latency` faults add up, and the first other
   * matching fault is the outcome.
   * @param {string} method lower-cased REST method of the request (`batch` for a batch)
   * @returns {{ latencyMs: number, outcome: Fault | null }}
   */
  takeForRequest(method) {
    let latencyMs = 0;
    /** @type {Fault | null} */
    let outcome = null;
    for (const fault of [...this.items]) {
      if (fault.method !== undefined && fault.method !== method) continue;
      if (fault.kind === 'latency') {
        latencyMs += fault.ms ?? 1000;
        this.consume(fault);
      } else if (!outcome) {
        outcome = fault;
        this.consume(fault);
      }
    }
    return { latencyMs, outcome };
  }

  /**
   * The fault (if any) that makes one sub-call of a batch fail: only faults naming that method explicitly.
   * @param {string} method lower-cased sub-call method
   * @returns {Fault | null}
   */
  takeForSubcall(method) {
    const fault = this.items.find((f) => f.method === method && SUBCALL_KINDS.has(f.kind));
    if (!fault) return null;
    this.consume(fault);
    return fault;
  }

  /** @param {Fault} fault */
  consume(fault) {
    if (fault.times === undefined) return;
    fault.times -= 1;
    if (fault.times <= 0) this.items = this.items.filter((f) => f !== fault);
  }
}

/**
 * @param {unknown} value
 * @returns {Fault}
 */
function normalize(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new TypeError('a fault must be an object');
  const fault = /** @type {Record<string, unknown>} */ ({ ...value });
  if (typeof fault.kind !== 'string' || !FAULT_KINDS.includes(fault.kind)) {
    throw new TypeError(`unknown fault kind ${JSON.stringify(fault.kind)}; known: ${FAULT_KINDS.join(', ')}`);
  }
  if (fault.method === undefined || fault.method === null || fault.method === '') delete fault.method;
  else if (typeof fault.method !== 'string') throw new TypeError('fault.method must be a string');
  else fault.method = fault.method.toLowerCase().replace(/\.json$/, '');
  if (fault.times === undefined || fault.times === null) delete fault.times;
  else if (!Number.isInteger(fault.times) || /** @type {number} */ (fault.times) < 1) {
    throw new TypeError('fault.times must be a positive integer');
  }
  if (fault.ms !== undefined && (typeof fault.ms !== 'number' || fault.ms < 0)) throw new TypeError('fault.ms must be >= 0');
  if (fault.resetInSeconds !== undefined && typeof fault.resetInSeconds !== 'number') {
    throw new TypeError('fault.resetInSeconds must be a number');
  }
  return /** @type {Fault} */ (fault);
}
