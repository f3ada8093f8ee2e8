// @ts-check
// `batch`: "method?query" sub-calls (the first 50 run), optional halt, `$result[key][field]` references; HTTP 200
// regardless.
import { callMethod } from './dispatch.js';
import { RestError, system } from './errors.js';
import { errorBody } from './envelope.js';
import { parsePhpQuery } from '../http/php-query.js';
import { methodName } from './route.js';
import { timeBlock, nowMs } from './time.js';

const MAX_BATCH = 50;

/**
 * The commands of `cmd` as [key, command] pairs.
 * @param {unknown} cmd
 * @returns {Array<[string, unknown]>}
 */
export function batchCommands(cmd) {
  if (Array.isArray(cmd)) return cmd.map((c, i) => [String(i), c]);
  if (cmd && typeof cmd === 'object') return Object.entries(cmd);
  return [];
}

/**
 * Lower-cased method names of a batch, for the log.
 * @param {unknown} cmd
 */
export function batchMethodNames(cmd) {
  return batchCommands(cmd).map(([, c]) => (typeof c === 'string' ? methodName(c.split('?')[0]) : ''));
}

/**
 * PHP array -> JSON: a list when its keys are 0..n-1, `[]` when empty, else an object.
 * @param {Array<[string, unknown]>} pairs
 */
function phpArray(pairs) {
  if (pairs.every(([key], i) => key === String(i))) return pairs.map(([, v]) => v);
  return Object.fromEntries(pairs);
}

/**
 * Replaces `$result[key][field]...` with earlier results (scalars only).
 * @param {string} command
 * @param {Map<string, unknown>} results
 */
function substitute(command, results) {
  return command.replace(/\$result\[([^\]]+)\]((?:\[[^\]]*\])*)/g, (_, key, rest) => {
    /** @type {unknown} */
    let value = results.get(key);
    for (const [, part] of String(rest).matchAll(/\[([^\]]*)\]/g)) {
      value = value && typeof value === 'object' ? /** @type {Record<string, unknown>} */ (value)[part] : undefined;
    }
    return typeof value === 'string' || typeof value === 'number' ? encodeURIComponent(String(value)) : typeof value === 'boolean' ? (value ? '1' : '') : '';
  });
}

/**
 * @param {import('../vote/methods/context.js').CallContext} ctx the outer call
 * @param {{ codelessCode: string, takeSubcallFault: (method: string) => import('./faults.js').Fault | null }} env
 */
export async function runBatch(ctx, env) {
  await ctx.pause();
  const commands = batchCommands(ctx.params.cmd);
  const halt = ['1', 'true', 'y', 'Y'].includes(String(ctx.params.halt)) || ctx.params.halt === true || ctx.params.halt === 1;
  /** @type {Map<string, unknown>} */
  const results = new Map();
  /** @type {Array<[string, unknown]>} */
  const errors = [];
  /** @type {Array<[string, unknown]>} */
  const totals = [];
  /** @type {Array<[string, unknown]>} */
  const nexts = [];
  /** @type {Array<[string, unknown]>} */
  const times = [];
  for (const [index, [key, command]] of commands.entries()) {
    // rest_provider.php: commands past the 50th are not run, each gets its own error; non-string commands still
    // count towards the 50 but are skipped without a trace.
    if (index >= MAX_BATCH) {
      errors.push([key, errorBody(system.batchLength(), env.codelessCode)]);
      continue;
    }
    if (typeof command !== 'string') continue;
    const started = nowMs();
    try {
      const text = substitute(command, results);
      const q = text.indexOf('?');
      const method = methodName(q === -1 ? text : text.slice(0, q));
      const params = parsePhpQuery(q === -1 ? '' : text.slice(q + 1));
      delete params.auth;
      if (method === 'batch') throw system.batchMethod();
      const fault = env.takeSubcallFault(method);
      if (fault) throw subcallFaultError(fault);
      const out = await callMethod(method, { ...ctx, params, inBatch: true, pause: async () => {} });
      if (out.file) throw system.batchMethod();
      results.set(key, out.result);
      if (out.total !== undefined) totals.push([key, out.total]);
      if (out.next !== undefined) nexts.push([key, out.next]);
      times.push([key, timeBlock(started, started)]);
    } catch (error) {
      if (!(error instanceof RestError)) throw error;
      errors.push([key, errorBody(error, env.codelessCode)]);
      if (halt) break;
    }
  }
  return {
    result: {
      result: phpArray([...results.entries()]),
      result_error: phpArray(errors),
      result_total: phpArray(totals),
      result_next: phpArray(nexts),
      result_time: phpArray(times),
    },
  };
}

/** @param {import('./faults.js').Fault} fault */
function subcallFaultError(fault) {
  if (fault.kind === 'operation-limit') return system.operationLimit();
  if (fault.kind === 'insufficient-scope') return system.insufficientScope();
  return system.internal();
}
