// `npm test`: everything CI checks (`.ci/run` runs this after `npm ci`), in order, stopping at the first failure.
//
//   1 browsers        find Chromium and Firefox; on Debian as root (or with passwordless sudo) install them
//   2 lint            eslint . (layer rules per folder of src/), then scripts/check-import-cycles.js
//   3 typecheck       tsc --noEmit -p tsconfig.json
//   4 host-types      the Vue, Angular and Svelte templates by their own checkers (scripts/check-host-types.js)
//                     and the README's code samples (scripts/check-readme-samples.js)
//   5 manifest        custom-elements.json matches the sources (scripts/check-manifest.js), the types generated
//                     from it match it (scripts/generate-from-manifest.cjs --check), and it passes
//                     @wc-toolkit/cem-validator (scripts/check-cem.js)
//   6 emulator        the portal emulator's own tests: node --test on portal/test (skipped if there is none),
//                     and the build scripts' own (scripts/*.test.js)
//   7 build           npm run build (both library outputs, the declarations, scripts/check-dist.js)
//   8 size            gzip of the built files as shipped against size-limits.json (scripts/size.js)
//   9 pack            the packed tarball installed into fresh projects (scripts/pack-smoke.js), its license file,
//                     and the README's first example and framework samples against `npx b24-attached-vote portal`
//  10 ssr             the server-rendering recipes as Next.js, Nuxt and Astro production apps, each installed from
//                     its lockfile, then the tarball (scripts/test-ssr.js; about 2 minutes with a warm npm cache)
//  11 demo            the demo as `npm start` serves it (scripts/demo-smoke.js)
//  12 browser-tests   web-test-runner in Chromium and Firefox
//
// For local iteration:
//   SKIP=lint,size npm test                  or  npm test -- --skip lint,size
//   ONLY=typecheck,emulator npm test         or  npm test -- --only typecheck,emulator
//   npm test -- --list                       prints the steps
//   npm run test:browsers -- --files test/api/ballot.test.ts
//                                            other arguments go to web-test-runner (e.g. --files, --watch)
//   BROWSERS=chromium npm test               one browser only (web-test-runner.config.js reads it too)
// The browsers step runs exactly when browser-tests do (unless SKIP=browsers). Skipping build leaves size to
// whatever dist/ holds.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './ensure-browsers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const env = {
  ...process.env,
  PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(delimiter),
};
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

// ---------------------------------------------------------------------------------------------------------------
// Arguments

const steps = ['browsers', 'lint', 'typecheck', 'host-types', 'manifest', 'emulator', 'build', 'size', 'pack', 'ssr', 'demo', 'browser-tests'];

function parseArgs(argv) {
  const options = { skip: listOf(process.env.SKIP), only: listOf(process.env.ONLY), list: false, wtrArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    if (flag === '--skip' || flag === '--only') {
      const value = inline ?? argv[++i];
      options[flag.slice(2)].push(...listOf(value));
    } else if (flag === '--list' || flag === '--help' || flag === '-h') {
      options.list = true;
    } else {
      options.wtrArgs.push(arg);
    }
  }
  for (const name of [...options.skip, ...options.only]) {
    if (!steps.includes(name)) throw new Error(`Unknown step "${name}". Steps: ${steps.join(', ')}`);
  }
  return options;
}

function listOf(value) {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------------------
// Running commands

/** Runs a shell command with node_modules/.bin on PATH; resolves to its exit code (a signal counts as failure). */
function run(command, { extraEnv = {} } = {}) {
  console.log(paint('2', `$ ${command}`));
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: 'inherit', env: { ...env, ...extraEnv } });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

const quote = (arg) => (/^[\w./:=,@+-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`);

// Test counts, for the closing line: collected from the test steps that report them.
const counts = { passed: 0, failed: 0, skipped: 0, reported: false };

function addCounts(passed, failed, skipped = 0) {
  counts.passed += passed;
  counts.failed += failed;
  counts.skipped += skipped;
  counts.reported = true;
}

// ---------------------------------------------------------------------------------------------------------------
// The steps. Each resolves to { ok } or { skipped: 'why' }.

/** Node's default file patterns for its test runner, applied to portal/test (Node 20 takes no globs). */
const nodeTestFile = /(?:^test|[.\-_]test)\.[cm]?js$|^test-.+\.[cm]?js$/;

function findFiles(dir, pattern) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'fixtures' ? [] : findFiles(path, pattern);
    return pattern.test(entry.name) ? [relative(root, path)] : [];
  }).sort();
}

/** @type {Record<string, { title: string, run: (options: ReturnType<typeof parseArgs>) => Promise<{ ok?: boolean, skipped?: string }> }>} */
const stepDefs = {
  browsers: {
    title: 'Browsers (Chromium and Firefox; CHROME_PATH / FIREFOX_PATH override)',
    async run() {
      try {
        ensureBrowsers();
        return { ok: true };
      } catch (error) {
        console.error(paint('31', error instanceof Error ? error.message : String(error)));
        return { ok: false };
      }
    },
  },
  lint: {
    title: 'Lint (eslint, the layers included) and no import cycles in src/',
    run: async () => ({ ok: (await run('eslint .')) === 0 && (await run('node scripts/check-import-cycles.js')) === 0 }),
  },
  typecheck: {
    title: 'Type check (tsc --noEmit)',
    run: async () => ({ ok: (await run('tsc --noEmit -p tsconfig.json')) === 0 }),
  },
  'host-types': {
    title: 'Host template types (vue-tsc, Angular ngc, svelte-check) and the README samples',
    run: async () => ({ ok: (await run('node scripts/check-host-types.js')) === 0 && (await run('node scripts/check-readme-samples.js')) === 0 }),
  },
  manifest: {
    title: 'Custom elements manifest is up to date and valid (cem-validator)',
    run: async () => ({ ok: (await run('npm run analyze:check')) === 0 }),
  },
  emulator: {
    title: 'Portal emulator and build script tests (node --test)',
    async run() {
      // In scripts/ only *.test.js: Node's default patterns would take scripts/test.js (this file) for a test.
      const files = [...(existsSync('portal/test') ? findFiles('portal/test', nodeTestFile) : []),
        ...findFiles('scripts', /\.test\.js$/)];
      if (files.length === 0) return { skipped: 'no test files in portal/test or scripts' };
      // Readable output on the console, TAP into a file for the counts.
      const tapDir = mkdtempSync(join(tmpdir(), 'b24-node-test-'));
      const tapFile = join(tapDir, 'report.tap');
      try {
        const code = await run(['node', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
          '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files].map(quote).join(' '));
        const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
        const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);
        if (Number.isFinite(count('pass'))) {
          addCounts(count('pass'), (count('fail') || 0) + (count('cancelled') || 0), (count('skipped') || 0) + (count('todo') || 0));
        }
        return { ok: code === 0 };
      } finally {
        rmSync(tapDir, { recursive: true, force: true });
      }
    },
  },
  build: {
    title: 'Build (npm run build)',
    run: async () => ({ ok: (await run('npm run build')) === 0 }),
  },
  pack: {
    title: 'Published package smoke test (npm pack, install, license, type-check, bundle, render, README samples against its portal)',
    run: async () => ({ ok: (await run('node scripts/pack-smoke.js --skip-build')) === 0 }),
  },
  ssr: {
    title: 'Server-rendering recipes (Next.js, Nuxt, Astro production apps, in Chromium; scripts/test-ssr.js)',
    run: async () => ({ ok: (await run('node scripts/test-ssr.js --skip-build')) === 0 }),
  },
  demo: {
    title: 'Demo as npm start serves it (Vite + the embedded emulator, in Chromium)',
    run: async () => ({ ok: (await run('node scripts/demo-smoke.js')) === 0 }),
  },
  size: {
    title: 'Size limits (gzip of the built files as shipped, scripts/size.js)',
    run: async () => ({ ok: (await run('node scripts/size.js')) === 0 }),
  },
  'browser-tests': {
    title: 'Browser tests (web-test-runner)',
    async run({ wtrArgs }) {
      const ownConfig = wtrArgs.some((arg) => arg === '--config' || arg.startsWith('--config='));
      const args = ownConfig ? [] : ['--config', 'web-test-runner.config.js'];
      // Progress bars redrawn in place make a mess of a CI log.
      if (process.env.CI || !process.stdout.isTTY) args.push('--static-logging');
      const code = await runCounting(['web-test-runner', ...args, ...wtrArgs].map(quote).join(' '));
      return { ok: code === 0 };
    },
  },
};

/** Runs web-test-runner, passing its output through and reading the per-browser "N passed, N failed" counts. */
function runCounting(command) {
  console.log(paint('2', `$ ${command}`));
  return new Promise((resolve) => {
    const childEnv = { ...env };
    // Its output goes through a pipe here: keep colours only when this script writes to a terminal.
    if (color) childEnv.FORCE_COLOR = '1';
    else {
      delete childEnv.FORCE_COLOR;
      childEnv.NO_COLOR = '1';
    }
    const child = spawn(command, { shell: true, stdio: ['inherit', 'pipe', 'pipe'], env: childEnv });
    let tail = '';
    const keep = (chunk) => {
      tail = (tail + chunk.toString()).slice(-200_000);
    };
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      keep(chunk);
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      keep(chunk);
    });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      // The summary has one line per browser, the last of which counts: "Chromium: ... | 12 passed, 0 failed".
      const plain = tail.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
      const perBrowser = new Map();
      for (const match of plain.matchAll(/^(\S[^:|\n]*):\s+\|[^|\n]*\|[^|\n]*\| (\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)) {
        perBrowser.set(match[1], [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)]);
      }
      for (const [passed, failed, skipped] of perBrowser.values()) addCounts(passed, failed, skipped);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Main

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    return 2;
  }
  if (options.list) {
    console.log(`Steps: ${steps.join(', ')}\nSKIP=a,b or --skip a,b leaves steps out; ONLY=a,b or --only a,b runs just those.`);
    return 0;
  }

  // ONLY=browser-tests still finds (or installs) the browsers first.
  const onlyWants = (name) => options.only.includes(name) || (name === 'browsers' && options.only.includes('browser-tests'));
  const skippedByUser = (name) => options.skip.includes(name) || (options.only.length > 0 && !onlyWants(name));
  const selected = steps.filter((name) => !skippedByUser(name));
  if (options.wtrArgs.length && !selected.includes('browser-tests')) {
    console.error(`Unknown option(s) ${options.wtrArgs.join(' ')}: only web-test-runner takes extra options, and it is not run.`);
    return 2;
  }
  const results = [];
  const started = Date.now();
  let failed = null;

  for (const [index, name] of steps.entries()) {
    const header = `[${index + 1}/${steps.length}] ${name}: ${stepDefs[name].title}`;
    let skipped = null;
    if (skippedByUser(name)) skipped = options.skip.includes(name) ? 'SKIP' : 'ONLY';
    else if (name === 'browsers' && !selected.includes('browser-tests')) skipped = 'no browser tests';
    if (skipped) {
      results.push({ name, status: 'skipped', note: skipped });
      continue;
    }

    console.log(`\n${paint('1;36', `━━━ ${header} `.padEnd(100, '━'))}`);
    const stepStart = Date.now();
    const result = await stepDefs[name].run(options);
    const ms = Date.now() - stepStart;
    if (result.skipped) {
      console.log(paint('33', `Skipped: ${result.skipped}.`));
      results.push({ name, status: 'skipped', note: result.skipped, ms });
      continue;
    }
    results.push({ name, status: result.ok ? 'passed' : 'FAILED', ms });
    console.log(result.ok ? paint('32', `✔ ${name} passed in ${seconds(ms)}`) : paint('31', `✘ ${name} FAILED after ${seconds(ms)}`));
    if (!result.ok) {
      failed = name;
      break;
    }
  }

  const summary = results.filter(({ note }) => note !== 'SKIP' && note !== 'ONLY').map(({ name, status, note, ms }) => {
    if (status === 'skipped') return `${name} skipped (${note})`;
    return `${name} ${status === 'passed' ? 'ok' : 'FAILED'} ${seconds(ms)}`;
  });
  const leftOut = results.filter(({ note }) => note === 'SKIP' || note === 'ONLY').map(({ name }) => name);
  if (leftOut.length) summary.push(`left out: ${leftOut.join(', ')}`);
  const notRun = steps.slice(results.length).filter((name) => !skippedByUser(name));
  if (notRun.length) summary.push(`not reached: ${notRun.join(', ')}`);
  console.log(`\n${paint('1', 'Summary:')} ${summary.join(' · ')} · total ${seconds(Date.now() - started)}`);
  if (counts.reported) {
    console.log(`tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  }
  if (failed) {
    console.error(paint('31', `npm test failed at step "${failed}".`));
    return 1;
  }
  return 0;
}

process.exitCode = await main();
