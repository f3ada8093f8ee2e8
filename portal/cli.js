#!/usr/bin/env node
// @ts-check
// The emulator on 127.0.0.1 (see README.md): the package's command (`npx b24-attached-vote portal [flags]`), and in
// the repository `npm run portal` / `PORT=NNNN node portal/cli.js [flags]`.
import { startPortal } from './lib/server.js';
import { seedSummary, TRY_USER_ID } from './lib/vote/seed.js';
import { cliOptions } from './lib/cli-options.js';

let parsed;
try {
  // `portal` is the command's one subcommand; without it (npm run portal) the emulator starts all the same.
  const args = process.argv.slice(2);
  parsed = cliOptions(args[0] === 'portal' ? args.slice(1) : args, process.env);
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
const tryWebhook = running.webhook(TRY_USER_ID);
const lines = [
  `Bitrix24 portal emulator listening on ${running.url}`,
  `  webhook URL:       ${tryWebhook}   (user ${TRY_USER_ID}; code "demo" works for any numeric user ID, user 1 authors every poll)`,
  `  a poll to try:     <b24-attached-vote attach-id="1" webhook-url="${tryWebhook}"></b24-attached-vote>`,
  `  OAuth:             ${running.url}/rest/{method}?auth=token-${TRY_USER_ID}   (expired-${TRY_USER_ID} = expired token)`,
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
