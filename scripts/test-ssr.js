// `npm run test:ssr`: the README's server-rendering recipes (Next.js, Nuxt, Astro), each as a real production app.
//
//   1. npm run build (unless --skip-build), then `npm pack` into a temporary folder.
//   2. Each framework's app is copied from test/ssr/<framework>/ (the files the README quotes) into that folder,
//      installs its framework tree from its own lockfile (`npm ci`: package.json pins the framework, and React,
//      TypeScript and their types where the app needs them; package-lock.json freezes everything below), then
//      the freshly packed tarball on top (`npm install --no-save`: the lockfile stays as committed). The installs
//      run side by side.
//   3. One by one: the production build (`next build`, `nuxi build`, `astro build`) with the emulator's webhook
//      in B24_WEBHOOK, then the production server (`next start`, `node .output/server/index.mjs`; Astro's build is
//      static HTML, served here by a small static server).
//   4. The portal emulator runs on a port of its own, so the pages reach it cross-origin, as a real portal.
//   5. For every route: the server's HTML (plain HTTP) must contain the tag. Then headless Chromium
//      (puppeteer-core, launchChromium) opens the page with a recorder installed before any page script: it
//      collects `vote-error` events (a capture listener on document), every `status` the element takes, and any
//      error box (role="alert", part="error") in its shadow root. A poll route must reach `ready` with the
//      question and its answer inputs visible, and take a vote by clicking (`vote-success`); the Next.js route
//      /inert (the tag in a server component, no client module) must stay inert: tag not registered, no shadow
//      root, zero height, no request to the emulator. Any vote-error, error state, page error, console error or
//      console warning fails the route.
//   6. Prints a table: framework, version, install s, build s, check. Exit code 0 when every check passed.
//
// Options: --skip-build (use dist/ as it is), --keep (leave the temporary folder for a look), --only next,nuxt,astro
// (some of the apps), --npm-cache DIR (npm's cache for the installs: an empty folder measures a cold cache).
//
// Versions: the newest release of each framework whose `engines` accept Node 20 (the oldest Node this package
// supports), checked with `npm view <name>@<range> version engines --json`:
//   next  16.4.6  node >=20.9.0
//   nuxt  4.4.5   node ^20.19.0 || >=22.12.0 (4.4.6 and later, and 4.5.x, need Node 22)
//   astro 5.18.2  node 18.20.8 || ^20.3.0 || >=22.0.0 (the 5.x line; 6.0.6 and later, and 7.x, need Node 22)
// Each app's package.json pins them, and its package-lock.json freezes their dependencies, so a run installs the
// same tree every time (and from npm's cache when it has it: --prefer-offline). Some of that tree asks for Node 22
// in `engines` (Nuxt's chokidar 6 and rollup-plugin-visualizer 7, Astro's undici 8): npm warns, and they work here.
// To update an app: change the version in test/ssr/<app>/package.json, run `npm install --package-lock-only` in
// that folder, prove the lockfile with `npm ci` in a copy of it, and commit both files (README, "Server rendering").
/* global document, window, customElements, MutationObserver -- used in functions that puppeteer runs in the page */
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browsers.js';
import { packTarball } from './support/pack-tarball.js';
import { serveStatic } from './support/static-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const step = (text) => console.log(`\n▶ ${text} (${seconds(started)} s)`);

/** The framework's version as the app's package.json pins it. */
const pinnedVersion = (id, name) => JSON.parse(readFileSync(join(root, 'test/ssr', id, 'package.json'), 'utf8')).dependencies[name];

// ---------------------------------------------------------------------------------------------------------------
// The apps

/**
 * One entry per framework: what to install besides the tarball, how to build, how to serve, what to check.
 * Users 12, 13 and 14 have voted in no seeded poll (README's table), one per app, so each sees a ballot.
 */
const frameworks = {
  next: {
    name: 'Next.js',
    // `next build` installs @types/node itself when it is missing: the app's package.json pins it instead.
    package: 'next',
    user: 12,
    build: [bin('next', 'next'), 'build'],
    serve: (port) => ({ command: [bin('next', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'] }),
    routes: [{ path: '/', expect: 'poll' }, { path: '/inert', expect: 'inert' }],
  },
  nuxt: {
    name: 'Nuxt',
    package: 'nuxt',
    user: 13,
    build: [bin('nuxt', 'nuxi'), 'build'],
    serve: (port) => ({ command: ['.output/server/index.mjs'], env: { PORT: String(port), HOST: '127.0.0.1' } }),
    routes: [{ path: '/', expect: 'poll' }],
  },
  astro: {
    name: 'Astro',
    package: 'astro',
    user: 14,
    build: [bin('astro', 'astro'), 'build'],
    serve: 'dist', // static output: served by serveStatic below
    routes: [{ path: '/', expect: 'poll' }],
  },
};

/** A package's bin script inside the app (run with this Node, so no npx and no shell). */
function bin(name, command) {
  return (app) => {
    const dir = join(app, 'node_modules', name);
    const { bin: bins } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return join(dir, typeof bins === 'string' ? bins : bins[command]);
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const options = { skipBuild: false, keep: false, only: Object.keys(frameworks), npmCache: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (flag === '--skip-build') options.skipBuild = true;
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--only') options.only = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (flag === '--npm-cache') options.npmCache = value();
    else throw new Error(`Unknown option ${argv[i]} (options: --skip-build, --keep, --only next,nuxt,astro, --npm-cache DIR)`);
  }
  for (const name of options.only) {
    if (!frameworks[name]) throw new Error(`Unknown framework "${name}" (${Object.keys(frameworks).join(', ')})`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------------------------
// Processes

/** Environment for every app command: no telemetry, no prompts. */
const quietEnv = {
  ...process.env, CI: '1', NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1',
};

/** Runs a command with its output in a log file; resolves when it exits 0, else rejects with the log's tail. */
function runLogged(command, args, { cwd, env = {}, log, timeoutMs = 10 * 60_000 }) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(log, { flags: 'a' });
    out.write(`$ ${[command, ...args].join(' ')}\n`);
    const child = spawn(command, args, { cwd, env: { ...quietEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      out.end(() => {
        if (code === 0) resolve();
        else reject(new Error(`${[command, ...args].join(' ')} failed (exit ${code ?? signal}); last lines of ${log}:\n${tail(log)}`));
      });
    });
  });
}

const tail = (file, lines = 30) => readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).map((l) => `    ${l}`).join('\n');

/** Starts a long-running server in its own process group (so that stopping it stops its children too). */
function startProcess(command, args, { cwd, env = {}, log }) {
  const out = createWriteStream(log, { flags: 'a' });
  out.write(`$ ${[command, ...args].join(' ')}\n`);
  const child = spawn(command, args, { cwd, env: { ...quietEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function freePort() {
  const server = createNetServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once `url` answers at all; rejects when the server process exits first or after `timeoutMs`. */
async function waitForServer(url, exited, timeoutMs = 60_000) {
  let gone = false;
  exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server for ${url} exited before it answered`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

// ---------------------------------------------------------------------------------------------------------------
// Install, build, serve

async function install(app, framework, tarball, options) {
  cpSync(join(root, 'test/ssr', app.id), app.dir, { recursive: true });
  const cache = options.npmCache ? [`--cache=${options.npmCache}`] : [];
  const quiet = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=warn', ...cache];
  const since = Date.now();
  await runLogged(npm, ['ci', ...quiet], { cwd: app.dir, log: app.log });
  await runLogged(npm, ['install', '--no-save', ...quiet, tarball], { cwd: app.dir, log: app.log });
  app.installSeconds = seconds(since);
}

async function build(app, framework, webhook) {
  const [script, ...args] = framework.build;
  const since = Date.now();
  await runLogged(process.execPath, [script(app.dir), ...args], { cwd: app.dir, env: { B24_WEBHOOK: webhook }, log: app.log });
  app.buildSeconds = seconds(since);
}

/** Starts the app's production server; resolves to { url, stop }. */
async function serve(app, framework, webhook) {
  if (framework.serve === 'dist') {
    const site = await serveStatic(join(app.dir, 'dist'));
    return { url: site.url, stop: site.close };
  }
  const port = await freePort();
  const { command: [script, ...args], env = {} } = framework.serve(port);
  const scriptPath = typeof script === 'function' ? script(app.dir) : join(app.dir, script);
  const server = startProcess(process.execPath, [scriptPath, ...args], { cwd: app.dir, env: { ...env, B24_WEBHOOK: webhook }, log: app.log });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(url, server.exited);
  } catch (error) {
    await server.stop();
    throw new Error(`${error.message}; last lines of ${app.log}:\n${tail(app.log)}`, { cause: error });
  }
  return { url, stop: server.stop };
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a page

/**
 * Runs in the page before any of its scripts: records every vote-error, every status each element takes, and any
 * error box in its shadow root (a MutationObserver per shadow root, so that even a brief one is seen).
 */
function installRecorder() {
  const seen = { errors: [], statuses: [], alerts: [] };
  window.__ssrCheck = seen;
  document.addEventListener('vote-error', (event) => {
    seen.errors.push({ action: event.detail?.action, code: event.detail?.code });
  }, true);
  const observed = new WeakSet();
  const lookForAlert = (shadow) => {
    const alert = shadow.querySelector('[role="alert"], [part~="error"]');
    if (alert) seen.alerts.push(alert.textContent.trim().slice(0, 200));
  };
  const sample = () => {
    document.querySelectorAll('b24-attached-vote').forEach((el, index) => {
      const statuses = (seen.statuses[index] ??= []);
      if (el.status !== undefined && statuses.at(-1) !== el.status) statuses.push(el.status);
      if (el.shadowRoot && !observed.has(el.shadowRoot)) {
        observed.add(el.shadowRoot);
        lookForAlert(el.shadowRoot);
        new MutationObserver(() => lookForAlert(el.shadowRoot)).observe(el.shadowRoot, { childList: true, subtree: true });
      }
    });
  };
  setInterval(sample, 10);
  document.addEventListener('DOMContentLoaded', sample);
}

/** The server's own HTML must hold the tag with its poll attribute (rendered on the server, not by script). */
async function checkServerHtml(url) {
  const response = await fetch(url);
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status}`);
  if (!/<b24-attached-vote\b[^>]*\battach-id="1"/.test(html)) throw new Error(`GET ${url}: the server's HTML has no <b24-attached-vote attach-id="1">`);
}

/** Opens a page with the recorder and problem collectors; resolves to { page, problems, portalRequests }. */
async function openPage(browser, url, portalUrl) {
  const page = await browser.newPage();
  const problems = [];
  const portalRequests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type())) problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url().replace(/\/rest\/\d+\/[^/]+\//, '/rest/…/')}`);
  });
  page.on('request', (request) => {
    if (request.url().startsWith(portalUrl)) portalRequests.push(request.url().replace(/\/rest\/\d+\/[^/]+\//, '/rest/…/'));
  });
  await page.evaluateOnNewDocument(installRecorder);
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, portalRequests };
}

/** The poll must show (question and answer inputs visible in the shadow root) and take a vote by clicking. */
async function expectPoll(page) {
  await page.waitForFunction(() => {
    const el = document.querySelector('b24-attached-vote');
    return el?.status === 'ready' || el?.status === 'error' || window.__ssrCheck.errors.length > 0;
  }, { timeout: 20_000 });
  return page.evaluate(async () => {
    const el = document.querySelector('b24-attached-vote');
    if (el.status !== 'ready') return { failure: `status ${el.status}` };
    const question = el.poll.questions[0];
    const legend = el.shadowRoot.querySelector('[part~="question-text"]');
    const inputs = [...el.shadowRoot.querySelectorAll('label.answer input')];
    const shown = {
      question: legend?.checkVisibility() && legend.textContent.includes(question.text),
      inputs: inputs.length === question.answers.length && inputs.every((input) => input.checkVisibility()),
      height: el.getBoundingClientRect().height,
    };
    if (!shown.question || !shown.inputs || !(shown.height > 0)) return { failure: `poll not shown: ${JSON.stringify(shown)}` };
    const voted = new Promise((resolve) => el.addEventListener('vote-success', (e) => resolve(e.detail.ballot), { once: true }));
    el.shadowRoot.querySelector('label.answer').click();
    await el.updateComplete;
    el.shadowRoot.querySelector('[part~="vote-button"]').click();
    const ballot = await Promise.race([voted, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]);
    return ballot ? { detail: `${inputs.length} answers shown, voted ${JSON.stringify(ballot)}` } : { failure: 'no vote-success within 10 s' };
  });
}

/** The tag without a client module: never registered, no shadow root, zero height (checked past the 2 s delay). */
async function expectInert(page) {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  return page.evaluate(() => {
    const el = document.querySelector('b24-attached-vote');
    const state = {
      present: !!el,
      defined: customElements.get('b24-attached-vote') !== undefined,
      shadowRoot: !!el?.shadowRoot,
      height: el?.getBoundingClientRect().height,
    };
    const ok = state.present && !state.defined && !state.shadowRoot && state.height === 0;
    return ok ? { detail: 'not registered, no shadow root, zero height' } : { failure: `not inert: ${JSON.stringify(state)}` };
  });
}

async function checkRoute(browser, portal, url, expect) {
  await checkServerHtml(url);
  portal.portal.clearLog();
  const { page, problems, portalRequests } = await openPage(browser, url, portal.url);
  try {
    const outcome = expect === 'poll' ? await expectPoll(page) : await expectInert(page);
    const seen = await page.evaluate(() => window.__ssrCheck);
    const failures = [
      outcome.failure,
      ...seen.errors.map((e) => `vote-error ${e.action} ${e.code}`),
      ...seen.statuses.flat().filter((s) => s === 'error').map(() => 'status error'),
      ...seen.alerts.map((text) => `error state shown: ${text}`),
      ...problems,
    ].filter(Boolean);
    if (expect === 'inert' && (portalRequests.length || portal.portal.requests.length)) {
      failures.push(`requests to the emulator: ${portalRequests.join(', ') || portal.portal.requests.length}`);
    }
    if (failures.length) throw new Error(`${url}: ${[...new Set(failures)].join('; ')}`);
    const statuses = seen.statuses.map((list) => list.join(' > ')).join(', ');
    return `${new URL(url).pathname} ${expect}: ${outcome.detail}${statuses ? ` (status ${statuses})` : ''}`;
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** Builds, serves and checks one app; records the outcome on `app`. */
async function buildAndCheck(app, framework, browser, portal) {
  const webhook = portal.webhook(framework.user);
  step(`${framework.name}: build`);
  await build(app, framework, webhook);
  const server = await serve(app, framework, webhook);
  try {
    if (new URL(server.url).origin === portal.url) throw new Error('the app must reach the emulator cross-origin');
    step(`${framework.name}: check ${server.url} in Chromium`);
    for (const route of framework.routes) {
      const line = await checkRoute(browser, portal, `${server.url}${route.path}`, route.expect);
      console.log(`  ok ${line}`);
      app.checks.push(line);
    }
  } finally {
    await server.stop();
  }
}

function printSummary(apps) {
  const rows = [['framework', 'version', 'install s', 'build s', 'check'], ...apps.map((app) => [
    app.framework.name, pinnedVersion(app.id, app.framework.package), app.installSeconds ?? '-', app.buildSeconds ?? '-',
    app.error ? `FAIL: ${app.error.split('\n')[0]}` : `ok (${app.framework.routes.map((r) => `${r.path} ${r.expect}`).join(', ')})`,
  ])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  console.log('\nSSR recipes:');
  for (const row of rows) console.log(`  ${row.map((cell, i) => String(cell).padEnd(i === row.length - 1 ? 0 : widths[i])).join('  ')}`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'b24-ssr-'));
  const apps = options.only.map((id) => ({ id, framework: frameworks[id], dir: join(work, id), log: join(work, `${id}.log`), checks: [] }));
  const cleanup = [];
  try {
    const { tarball, info } = packTarball(work, { skipBuild: options.skipBuild, step });
    console.log(`${info.filename}: ${info.entryCount} files`);

    step(`install ${apps.map((a) => `${a.framework.package}@${pinnedVersion(a.id, a.framework.package)}`).join(', ')} from their lockfiles, then the tarball (side by side; logs in ${work})`);
    await Promise.all(apps.map((app) => install(app, app.framework, tarball, options).catch((error) => (app.error = error.message))));
    for (const app of apps) console.log(`  ${app.framework.name}: ${app.error ? 'install FAILED' : `installed in ${app.installSeconds} s`}`);

    const { startPortal } = await import('../portal/index.js');
    const portal = await startPortal({ port: 0 });
    cleanup.push(() => portal.close());
    const browser = await launchChromium();
    cleanup.push(() => browser.close());
    for (const app of apps.filter((a) => !a.error)) {
      await buildAndCheck(app, app.framework, browser, portal).catch((error) => (app.error = error.message));
      if (app.error) console.error(`  FAIL ${app.framework.name}: ${app.error}`);
    }
  } finally {
    for (const fn of cleanup.reverse()) await fn().catch(() => {});
  }
  printSummary(apps);
  const ok = apps.every((app) => !app.error);
  if (options.keep || !ok) console.log(`\ntemporary folder kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
  console.log(`\nSSR test ${ok ? 'passed' : 'FAILED'} in ${seconds(started)} s`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((error) => {
  console.error(`\nSSR test FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
