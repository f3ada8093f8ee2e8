// @ts-check
// The Bitrix24 portal emulator: a local, in-memory REST server for the vote methods (see README.md).
export { createPortal } from './lib/portal.js';
export { startPortal } from './lib/server.js';
export { seedSummary } from './lib/vote/seed.js';
export { FAULT_KINDS } from './lib/rest/faults.js';
