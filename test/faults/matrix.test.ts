/**
 * The fault matrix (test/faults/matrix-cases.ts) through the fetch transport: a webhook transport with the suite's
 * short retry waits, cross-origin.
 */
import { describeMatrix } from './matrix-cases.js';
import { webhookTransport } from './support.js';

describeMatrix('fault injection: every fault, every action (cross-origin emulator)', (userId, c) =>
  webhookTransport(userId, c.timeoutMs ? { timeoutMs: c.timeoutMs } : {}),
);
