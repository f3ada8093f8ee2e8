// @ts-check
// Start options from flags and environment variables (flags win).

const HELP = `Bitrix24 portal emulator

Usage: npx b24-attached-vote portal [flags]   (in the repository: npm run portal, or node portal/cli.js [flags])

  --port=N                 port (env PORT, default 8787; 0 = any free port)
  --host=H                 host (env HOST, default 127.0.0.1)
  --rate-limit=B,R         leaky bucket: burst B, drain R per second (env PORTAL_RATE_LIMIT; "off" = none)
  --latency=MS             delay every REST answer by MS milliseconds (env PORTAL_LATENCY)
  --vote-lock-wait=MS      how long a second vote of the same user waits for the first (env PORTAL_VOTE_LOCK_WAIT,
                           default 15000 as on a real server)
  --fault=KIND[:METHOD][,key=value...]
                           inject a fault (repeatable; env PORTAL_FAULTS, several separated by ";")
                           e.g. --fault=internal-error:vote.AttachedVote.vote,times=2  --fault=latency,ms=800
  --codeless-error=CODE    the "error" sent for errors without a code: "" (default, env PORTAL_CODELESS_ERROR) or 0
  --module-id-ci           compare moduleId case-insensitively (env PORTAL_MODULE_ID_CI=1)
  --help                   this text
`;

/**
 * `KIND[:METHOD][,key=value...]` -> a fault object.
 * @param {string} text
 */
export function parseFaultFlag(text) {
  const [head, ...pairs] = text.split(',');
  const colon = head.indexOf(':');
  /** @type {Record<string, unknown>} */
  const fault = { kind: colon === -1 ? head.trim() : head.slice(0, colon).trim() };
  if (colon !== -1 && head.slice(colon + 1).trim() !== '') fault.method = head.slice(colon + 1).trim();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq === -1) continue;
    const key = pair.slice(0, eq).trim();
    const raw = pair.slice(eq + 1).trim();
    fault[key] = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw === 'true' ? true : raw === 'false' ? false : raw;
  }
  return fault;
}

/**
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} env
 */
export function cliOptions(argv, env) {
  /** @type {Record<string, string[]>} */
  const flags = {};
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg}\n\n${HELP}`);
    (flags[match[1]] ??= []).push(match[2] ?? 'true');
  }
  const last = (/** @type {string} */ name) => flags[name]?.at(-1);
  if (last('help')) return { help: HELP };

  const port = Number(last('port') ?? env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad port ${port}`);
  const host = last('host') ?? env.HOST ?? '127.0.0.1';

  const rateText = last('rate-limit') ?? env.PORTAL_RATE_LIMIT;
  let rateLimit = null;
  if (rateText && rateText !== 'off') {
    const [burst, perSecond] = rateText.split(',').map(Number);
    if (!(burst >= 1) || !(perSecond >= 0)) throw new Error(`bad --rate-limit ${rateText} (want BURST,PER_SECOND)`);
    rateLimit = { burst, perSecond };
  }

  const latencyText = last('latency') ?? env.PORTAL_LATENCY;
  const latencyMs = latencyText ? Number(latencyText) : 0;
  if (!(latencyMs >= 0)) throw new Error(`bad --latency ${latencyText}`);

  const lockText = last('vote-lock-wait') ?? env.PORTAL_VOTE_LOCK_WAIT;
  const voteLockWaitMs = lockText ? Number(lockText) : undefined;
  if (voteLockWaitMs !== undefined && !(voteLockWaitMs >= 0)) throw new Error(`bad --vote-lock-wait ${lockText}`);

  const faultTexts = [...(env.PORTAL_FAULTS ? env.PORTAL_FAULTS.split(';') : []), ...(flags.fault ?? [])]
    .map((s) => s.trim())
    .filter(Boolean);

  const codeless = last('codeless-error') ?? env.PORTAL_CODELESS_ERROR ?? '';
  const ci = last('module-id-ci') ?? env.PORTAL_MODULE_ID_CI;

  return {
    help: null,
    options: {
      port,
      host,
      rateLimit,
      latencyMs,
      ...(voteLockWaitMs === undefined ? {} : { voteLockWaitMs }),
      faults: /** @type {any[]} */ (faultTexts.map(parseFaultFlag)),
      codelessErrorCode: codeless === 'empty' ? '' : codeless,
      moduleIdCaseInsensitive: ci === 'true' || ci === '1',
    },
  };
}
