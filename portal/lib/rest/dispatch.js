// @ts-check
// Runs one REST method by its lower-cased name.
import { METHODS } from '../vote/methods/index.js';
import { system } from './errors.js';

/**
 * @param {string} method lower-cased
 * @param {import('../vote/methods/context.js').CallContext} ctx
 * @returns {Promise<import('../vote/methods/context.js').CallResult>}
 */
export async function callMethod(method, ctx) {
  const entry = Object.hasOwn(METHODS, method) ? METHODS[method] : undefined;
  if (!entry) throw system.methodNotFound();
  if (ctx.inBatch && entry.notInBatch) throw system.batchMethod();
  // Methods that take the per-user vote lock spend the latency inside it; Im.send between saving the vote and
  // sending the message.
  if (!entry.locks && !entry.pausesItself) await ctx.pause();
  return entry.run(ctx);
}
