#!/usr/bin/env node
// @ts-check
// `npm run portal` / `PORT=NNNN node portal/cli.js [flags]`: the emulator on 127.0.0.1 (see README.md).
import { startPortal } from './lib/server.js';
import { seedSummary } from './lib/vote/seed.js';
import { cliOptions } from './lib/cli-options.js';

let parsed;
try {
  parsed = cliOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  process.exit(2);
}
if (parsed.help !== null) {
  console.log(parsed.help);
  process.exit(0);
}

const { options } = parsed;
const running = await startPortal(options);
const lines = [
  `Bitrix24 portal emulator listening on ${running.url}`,
  `  webhook (user 1):  ${running.url}/rest/1/demo/   (code "demo", any numeric user ID)`,
  `  OAuth:             ${running.url}/rest/{method}?auth=token-1   (expired-1 = expired token)`,
  `  control:           ${running.url}/__portal/ (reset, faults, limits, log, state, polls)`,
  '  seeded polls:',
  ...seedSummary().map(
    (p) => `    attachId ${p.attachId}  voteId ${p.voteId}  ${p.moduleId.padEnd(4)} entityId ${p.entityId}  ${p.what}`,
  ),
];
if (options.rateLimit) lines.push(`  rate limit: burst ${options.rateLimit.burst}, ${options.rateLimit.perSecond}/s`);
if (options.latencyMs) lines.push(`  latency: ${options.latencyMs} ms`);
if (options.voteLockWaitMs !== undefined) lines.push(`  vote lock wait: ${options.voteLockWaitMs} ms`);
for (const fault of options.faults) lines.push(`  fault: ${JSON.stringify(fault)}`);
console.log(lines.join('\n'));

const stop = () => {
  void running.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
