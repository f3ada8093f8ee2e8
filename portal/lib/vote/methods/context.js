// @ts-check
// What a REST method handler gets and returns.

/**
 * @typedef {{
 *   store: import('../store.js').Store,
 *   userId: number,
 *   params: Record<string, unknown>,
 *   pause: () => Promise<void>,
 *   options: { moduleIdCaseInsensitive: boolean, voteLockWaitMs: number },
 *   inBatch: boolean,
 * }} CallContext
 * @typedef {{ contentType: string, filename: string, body: Buffer }} FileAnswer
 * @typedef {{ result: unknown, total?: number, next?: number, file?: undefined } | { file: FileAnswer }} CallResult
 * @typedef {{ run: (ctx: CallContext) => CallResult | Promise<CallResult>, locks?: boolean, pausesItself?: boolean, notInBatch?: boolean }} MethodEntry
 */

export {};
