// `npm run bench`: measures the element in a real browser against the portal emulator and prints a table, each
// figure with how it was measured.
//
//   1. requests     HTTP requests to load N = 1, 10, 50, 200 elements (distinct polls, one webhook-url), beside the
//                   naive count (one `get` per element, measured with a transport that says supportsBatch: false)
//   2. time         until all 200 elements show their poll, beside the time for 1 (median of 5 fresh pages)
//   3. render cost  main-thread time to render a 10-question x 10-answer poll, as a ratio against building the
//                   same static markup with innerHTML in the same run (our floor)
//   4. heap         growth after 1,000 create/remove cycles of a loaded element (after forced GC)
//   5. size         gzip of what a page loads up front: the ES module entry + its static imports (lit external),
//                   and the self-contained bundle (lit inside) + its static imports
//   6. cold start   the README's CDN embed against two hand-written floors (one module script, one form-encoded
//                   POST, innerHTML; plain and padded to the CDN file's gzip size) on three profiles (slow 4G, the
//                   phone profile: slow 4G with the CPU x4, broadband), page and emulator on different origins,
//                   gzip, a fresh context and user per run: poll visible, script -> REST call leaves, click Vote ->
//                   results, the request chain, bytes, preflights, layout shift, each against its goal, and what
//                   of the CDN file ran before its first fetch() (V8 precise coverage, scripts/bench/coverage.js)
//                   (scripts/bench/cold-start.js measures, scripts/bench/cold-report.js prints; BENCH_COLD_RUNS
//                   sets the runs per page, default 5, at least 5 for figures worth quoting)
//   7. click->results  click Vote -> the first painted frame with every number of the outcome, the element (drawn
//                   at the click) against the plain floor (a round trip), on every cold-start profile, the phone
//                   profile included (scripts/bench/click-results.js; BENCH_CLICK_RUNS, default 5)
//   8. lighthouse   Lighthouse 12, mobile and desktop presets, on an article with no poll, with the hand-written
//                   poll, with the same poll as a LitElement (the stack's own cost) and with the README's CDN
//                   snippet: score, CLS, JavaScript execution time (the page's, and the poll script's share), failing
//                   audits that list the poll's script (scripts/bench/lighthouse.js; LIGHTHOUSE_RUNS, default 5; alone:
//                   BENCH_ONLY=lighthouse npm run bench or node scripts/bench/lighthouse.js)
//
// Everything runs on loopback: the emulator on its own port (`startPortal`), a static server for the bench page
// and dist/. Loops are bounded, and a watchdog ends the run if anything hangs. Uses dist/ as built; builds it
// (`vite build`, both modes) only when a file it needs is missing.
/* global window, document, requestAnimationFrame -- functions passed to page.evaluate run in the browser */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startPortal } from '../portal/index.js';
import { launchChromium } from './browsers.js';
import { measureColdStart } from './bench/cold-start.js';
import { printColdStart } from './bench/cold-report.js';
import { measureLighthouse, printLighthouse } from './bench/lighthouse.js';
import { measureClickToResults, printClickToResults } from './bench/click-results.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = 'dist/index.js';
const BUNDLE = 'dist/b24-attached-vote.bundle.js';
// The whole bench takes 3.5 to 6 minutes here (sections 1-5 about half, the cold start the rest, more when the
// machine is busy); the watchdog only ends a run that hangs.
// The click -> results section adds about 2 minutes, Lighthouse (section 8) 40 runs of 10 to 25 s each.
const WATCHDOG_MS = (12 + 2 + 20) * 60 * 1000;
const RUNS = 5;
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 1000} s, giving up`);
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

// ---- build ------------------------------------------------------------------------------------------------------

/** The newest modification time under a directory (ms). */
function newest(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const path = join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

function ensureBuilt() {
  const vite = join(root, 'node_modules', '.bin', 'vite');
  for (const [file, args] of [[ENTRY, ['build']], [BUNDLE, ['build', '--mode', 'bundle']]]) {
    if (existsSync(join(root, file))) continue;
    console.log(`bench: ${file} is missing, running vite ${args.join(' ')}`);
    const result = spawnSync(vite, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`vite ${args.join(' ')} failed`);
  }
  if (newest(join(root, 'src')) > statSync(join(root, ENTRY)).mtimeMs) {
    console.warn('bench: dist/ is older than src/; the figures are those of the last build (run `npm run build` for current ones)');
  }
}

// ---- sizes ------------------------------------------------------------------------------------------------------

/** A module file and every file it imports statically (relative specifiers; bare ones such as lit stay out). */
function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(root, file), 'utf8');
  const specifiers = [
    ...code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g),
    ...code.matchAll(/\bimport\s*["'](\.{1,2}\/[^"']+)["']/g),
  ].map((m) => m[1]);
  for (const specifier of specifiers) {
    const target = relative(root, join(dirname(join(root, file)), specifier)).split(sep).join('/');
    staticGraph(target, seen);
  }
  return seen;
}

function gzipOf(files) {
  const text = files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  return { gzip: gzipSync(text, { level: 9 }).length, raw: Buffer.byteLength(text), files };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// ---- servers ----------------------------------------------------------------------------------------------------

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json', '.html': 'text/html' };

function benchPage(portalUrl) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>b24-attached-vote bench</title>
<style>body { margin: 0; font: 14px system-ui, sans-serif } .col { width: 480px }</style></head>
<body><div class="col" id="host"></div>
<script type="module">
  import * as lib from '/${BUNDLE}';
  window.lib = lib;
  window.portalUrl = ${JSON.stringify(portalUrl)};
  window.benchReady = true;
</script></body></html>`;
}

async function startStatic(portalUrl) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://bench.local').pathname);
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(benchPage(portalUrl));
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(join(root, 'dist') + sep) || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => { server.close(() => r()); server.closeAllConnections(); }) };
}

// ---- in-page helpers (run in the browser) -----------------------------------------------------------------------

/** Mounts one element per attach ID and resolves when every one has fired vote-load or vote-error and rendered. */
const mountAll = async ({ ids, mode, userId }) => {
  const { lib, portalUrl } = window;
  const host = document.getElementById('host');
  host.replaceChildren();
  const webhook = `${portalUrl}/rest/${userId}/demo/`;
  let transport;
  if (mode === 'naive') {
    const inner = lib.createFetchTransport({ webhookUrl: webhook, rateLimit: false });
    transport = { origin: inner.origin, supportsBatch: false, call: (m, p, o) => inner.call(m, p, o) };
  }
  const elements = ids.map((id) => {
    const el = document.createElement('b24-attached-vote');
    if (transport) el.transport = transport;
    else el.setAttribute('webhook-url', webhook);
    el.setAttribute('attach-id', String(id));
    return el;
  });
  const settled = elements.map((el) => new Promise((resolve) => {
    const done = (e) => resolve(e.type);
    el.addEventListener('vote-load', done, { once: true });
    el.addEventListener('vote-error', done, { once: true });
  }));
  const t0 = performance.now();
  host.append(...elements);
  const outcomes = await Promise.all(settled);
  await Promise.all(elements.map((el) => el.updateComplete));
  // Shown means painted: one frame after the last update.
  await new Promise((r) => requestAnimationFrame(() => r()));
  const ms = performance.now() - t0;
  const errors = outcomes.filter((o) => o !== 'vote-load').length;
  const shown = elements.filter((el) => el.shadowRoot.querySelector('[part~="question"]')).length;
  return { ms, errors, shown };
};

/** Warms the page up: the transport chunk, the element's code paths, JIT, with a poll not used by the runs. */
const warmUp = async ({ userId, attachId }) => {
  const { lib, portalUrl } = window;
  const el = document.createElement('b24-attached-vote');
  el.setAttribute('webhook-url', `${portalUrl}/rest/${userId}/demo/`);
  el.setAttribute('attach-id', String(attachId));
  const loaded = new Promise((r) => el.addEventListener('vote-load', r, { once: true }));
  document.body.append(el);
  await loaded;
  await el.updateComplete;
  el.remove();
  void lib;
};

// ---- main -------------------------------------------------------------------------------------------------------

async function main() {
  ensureBuilt();
  if (process.env.BENCH_ONLY === 'lighthouse') return lighthouseSection();

  const emulator = await startPortal({ port: 0 });
  const statics = await startStatic(emulator.url);
  const browser = await launchChromium();
  const rows = [];
  const notes = [];
  let cold;
  let click;
  try {
    const portal = emulator.portal;
    // 200 distinct polls (plus one to warm up with), created in the emulator's memory.
    const pollIds = [];
    for (let i = 1; i <= 201; i++) {
      const created = portal.createPoll({
        build: true,
        QUESTIONS: [{ QUESTION: `Bench poll #${i}: where shall we meet?`, ANSWERS: ['North', 'South', 'East', 'West'].map((MESSAGE) => ({ MESSAGE })) }],
      });
      pollIds.push(created.attachId);
    }
    const warmId = pollIds.pop();
    const big = portal.createPoll({
      build: true,
      QUESTIONS: Array.from({ length: 10 }, (_, q) => ({
        QUESTION: `Question ${q + 1} of the 10 x 10 bench poll`,
        FIELD_TYPE: q % 2,
        ANSWERS: Array.from({ length: 10 }, (_, a) => ({ MESSAGE: `Answer ${a + 1} to question ${q + 1}` })),
      })),
    }).attachId;

    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    let preflights = 0;
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.type === 'Preflight' || e.request.method === 'OPTIONS') preflights += 1;
    });
    const fresh = async () => {
      await page.goto(`${statics.url}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.benchReady === true, { timeout: 10000 });
    };

    // 1. Requests per N.
    for (const n of [1, 10, 50, 200]) {
      const ids = pollIds.slice(0, n);
      const measure = async (mode) => {
        await fresh();
        portal.clearLog();
        preflights = 0;
        const result = await page.evaluate(mountAll, { ids, mode, userId: 10 });
        if (result.errors > 0 || result.shown !== n) throw new Error(`N=${n} (${mode}): ${result.errors} errors, ${result.shown} shown`);
        return { rest: portal.requests.length, preflights, methods: [...new Set(portal.requests.map((r) => r.method))] };
      };
      const coalesced = await measure('coalesced');
      const naive = await measure('naive');
      rows.push([
        `HTTP requests to load N = ${n}`,
        `${coalesced.rest} (+${coalesced.preflights} CORS preflight) vs naive ${naive.rest} (+${naive.preflights})`,
        `fresh page, N elements with distinct attach-ids and one webhook-url; REST requests counted by the emulator's log (${coalesced.methods.join(', ')}), preflights by CDP Network events. Naive: the same elements through a transport with supportsBatch: false (one get each, measured)`,
      ]);
    }

    // 2. Time until all N show their poll.
    const timeFor = async (n) => {
      const times = [];
      for (let run = 0; run < RUNS; run++) {
        await fresh();
        await page.evaluate(warmUp, { userId: 11, attachId: warmId });
        const result = await page.evaluate(mountAll, { ids: pollIds.slice(0, n), mode: 'coalesced', userId: 11 });
        if (result.errors > 0 || result.shown !== n) throw new Error(`timing N=${n}: ${result.errors} errors`);
        times.push(result.ms);
      }
      times.sort((a, b) => a - b);
      return { median: times[Math.floor(times.length / 2)], min: times[0], max: times.at(-1) };
    };
    const one = await timeFor(1);
    const many = await timeFor(200);
    rows.push([
      'Time until all 200 show their poll',
      `${many.median.toFixed(0)} ms vs ${one.median.toFixed(0)} ms for N = 1 (x${(many.median / one.median).toFixed(1)})`,
      `median of ${RUNS} fresh pages (200: ${many.min.toFixed(0)}-${many.max.toFixed(0)} ms, 1: ${one.min.toFixed(0)}-${one.max.toFixed(0)} ms); from appending the elements to every vote-load + updateComplete + one animation frame; page warmed up with another poll first (transport chunk loaded); emulator on loopback, no added latency`,
    ]);

    // 3. Main-thread cost of rendering a 10 x 10 poll vs innerHTML of the same markup.
    await fresh();
    await cdp.send('Performance.enable');
    const taskSeconds = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'TaskDuration').value;
    };
    const setup = await page.evaluate(async ({ attachId }) => {
      const { lib, portalUrl } = window;
      const real = lib.createFetchTransport({ webhookUrl: `${portalUrl}/rest/12/demo/`, rateLimit: false });
      const envelope = await real.call('vote.AttachedVote.get', { attachId });
      // Answers from memory: the cost measured is the element's, not the network's.
      window.memoryTransport = { origin: real.origin, supportsBatch: false, call: async () => structuredClone(envelope) };
      const el = document.createElement('b24-attached-vote');
      el.transport = window.memoryTransport;
      el.setAttribute('attach-id', String(attachId));
      const loaded = new Promise((r) => el.addEventListener('vote-load', r, { once: true }));
      document.getElementById('host').append(el);
      await loaded;
      await el.updateComplete;
      window.staticMarkup = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
      window.staticSheets = el.shadowRoot.adoptedStyleSheets;
      const inputs = el.shadowRoot.querySelectorAll('input').length;
      el.remove();
      return { inputs, markupLength: window.staticMarkup.length };
    }, { attachId: big });
    if (setup.inputs !== 100) throw new Error(`the 10 x 10 poll rendered ${setup.inputs} inputs`);
    const K = 20;
    const renderElements = () => page.evaluate(async ({ attachId, k }) => {
      const host = document.getElementById('host');
      host.replaceChildren();
      const elements = Array.from({ length: k }, () => {
        const el = document.createElement('b24-attached-vote');
        el.transport = window.memoryTransport;
        el.setAttribute('attach-id', String(attachId));
        return el;
      });
      const loaded = elements.map((el) => new Promise((r) => el.addEventListener('vote-load', r, { once: true })));
      host.append(...elements);
      await Promise.all(loaded);
      await Promise.all(elements.map((el) => el.updateComplete));
      void host.offsetHeight;
      await new Promise((r) => requestAnimationFrame(() => r()));
    }, { attachId: big, k: K });
    const renderStatic = () => page.evaluate(async ({ k }) => {
      const host = document.getElementById('host');
      host.replaceChildren();
      for (let i = 0; i < k; i++) {
        const div = document.createElement('div');
        const shadow = div.attachShadow({ mode: 'open' });
        shadow.adoptedStyleSheets = window.staticSheets;
        shadow.innerHTML = window.staticMarkup;
        host.append(div);
      }
      void host.offsetHeight;
      await new Promise((r) => requestAnimationFrame(() => r()));
    }, { k: K });
    const clear = () => page.evaluate(() => document.getElementById('host').replaceChildren());
    const costs = { element: [], floor: [] };
    for (let round = 0; round < 2 + RUNS; round++) {
      for (const [name, render] of [['element', renderElements], ['floor', renderStatic]]) {
        await clear();
        const before = await taskSeconds();
        await render();
        const after = await taskSeconds();
        if (round >= 2) costs[name].push(((after - before) * 1000) / K); // the first two rounds warm up
      }
    }
    await clear();
    const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const elementMs = median(costs.element);
    const floorMs = median(costs.floor);
    rows.push([
      'Main-thread cost, 10 x 10 poll',
      `x${(elementMs / floorMs).toFixed(1)} of innerHTML (${elementMs.toFixed(2)} ms vs ${floorMs.toFixed(2)} ms per poll)`,
      `CDP Performance.getMetrics TaskDuration (all main-thread work: script, style, layout) around rendering ${K} polls, median of ${RUNS} rounds after 2 warm-up rounds; element: ${K} elements whose transport answers from memory, until vote-load + updateComplete + layout + a frame (normalizing included); floor: the same rendered markup (${(setup.markupLength / 1024).toFixed(0)} KB) set with innerHTML into ${K} shadow roots with the same stylesheet, then layout + a frame`,
    ]);

    // 4. Heap growth after 1,000 create/remove cycles of a loaded element.
    await fresh();
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
      return { used: usedSize, nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
    };
    const cycles = (count) => page.evaluate(async ({ count, attachId }) => {
      const { lib, portalUrl } = window;
      window.cycleTransport ??= lib.createFetchTransport({ webhookUrl: `${portalUrl}/rest/13/demo/`, rateLimit: false });
      const host = document.getElementById('host');
      for (let i = 0; i < count; i++) {
        const el = document.createElement('b24-attached-vote');
        el.transport = window.cycleTransport;
        el.setAttribute('attach-id', String(attachId));
        const loaded = new Promise((resolve, reject) => {
          el.addEventListener('vote-load', resolve, { once: true });
          el.addEventListener('vote-error', (e) => reject(new Error(e.detail.code)), { once: true });
        });
        host.append(el);
        await loaded;
        await el.updateComplete;
        el.remove();
      }
    }, { count, attachId: pollIds[0] });
    await cycles(50);
    const before = await heap();
    const t0 = Date.now();
    await cycles(1000);
    const cycleMs = Date.now() - t0;
    const after = await heap();
    // A second block tells a one-off warm-up cost (V8 code and feedback, caches) from a leak that keeps growing.
    await cycles(1000);
    const again = await heap();
    const signed = (n, unit = (v) => String(v)) => `${n >= 0 ? '+' : '-'}${unit(Math.abs(n))}`;
    const growth = after.used - before.used;
    const second = again.used - after.used;
    rows.push([
      'Heap growth, 1,000 create/remove cycles',
      `${signed(growth, kb)} (${(growth / 1000).toFixed(0)} B per cycle), next 1,000: ${signed(second, kb)}; DOM nodes ${signed(again.nodes - before.nodes)}, listeners ${signed(again.listeners - before.listeners)}`,
      `each cycle: create, append, wait for vote-load (a real request to the emulator) + updateComplete, remove; 50 warm-up cycles, then CDP HeapProfiler.collectGarbage x2 + Runtime.getHeapUsage before and after 1,000 cycles (${(cycleMs / 1000).toFixed(1)} s), and after 1,000 more; nodes and listeners (Performance.getMetrics) over all 2,000`,
    ]);
    await page.close();

    // 5. Bundle sizes.
    const esm = gzipOf([...staticGraph(ENTRY)]);
    const bundle = gzipOf([...staticGraph(BUNDLE)]);
    rows.push([
      'Size: ES module, lit external',
      `${kb(esm.gzip)} gzip (${kb(esm.raw)} min)`,
      `${esm.files.join(' + ')}: the entry and its static imports concatenated, zlib gzip level 9 in Node; lit / @lit/task imports not counted; on-demand chunks (dist/lazy) not counted`,
    ]);
    // What loads on demand, each with the shared chunks it adds to the up-front ones.
    const upFront = staticGraph(ENTRY);
    const lazyDir = join(root, 'dist/lazy');
    const lazyChunks = existsSync(lazyDir) ? readdirSync(lazyDir).filter((f) => f.endsWith('.js')).sort() : [];
    const onDemand = lazyChunks.map((f) => {
      const name = f.replace(/-[\w-]{8}\.js$/, '');
      const added = [...staticGraph(`dist/lazy/${f}`)].filter((g) => !upFront.has(g));
      return `${name} ${kb(gzipOf(added).gzip)}`;
    });
    rows.push([
      'Size: on-demand chunks, ES module',
      onDemand.join(', ') || 'none (no dist/lazy)',
      'each dist/lazy chunk with the shared chunks it adds to the up-front ones, zlib gzip level 9; loaded when first needed (a voter list, the SDK adapter, a language)',
    ]);
    rows.push([
      'Size: self-contained bundle',
      `${kb(bundle.gzip)} gzip (${kb(bundle.raw)} min)`,
      `${bundle.files.join(' + ')}: lit and everything else inside (one file); zlib gzip level 9`,
    ]);
    // 6. Cold start, in fresh browser contexts of the same browser.
    cold = await measureColdStart({
      browser, root, bundle: BUNDLE, runs: COLD_RUNS, log: (line) => console.log(`bench: ${line}`),
    });
    // 7. Click -> results, in fresh contexts too.
    click = await measureClickToResults({
      browser, root, bundle: BUNDLE, runs: Number(process.env.BENCH_CLICK_RUNS ?? 5), log: (line) => console.log(`bench: ${line}`),
    });
    notes.push(`Chromium ${(await browser.version()).replace(/^[^/]*\//, '')}, Node ${process.version}, emulator ${emulator.url}, page ${statics.url}, built files from dist/.`);
  } finally {
    await browser.close().catch(() => undefined);
    await statics.close();
    await emulator.close();
  }
  printTable(rows);
  for (const note of notes) console.log(note);
  if (cold) printColdStart(cold);
  if (click) printClickToResults(click);
  await lighthouseSection();
}

/** 8. Lighthouse on the three articles (scripts/bench/lighthouse.js); alone with BENCH_ONLY=lighthouse. */
async function lighthouseSection() {
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
  printLighthouse(await measureLighthouse({ root, runs, log: (line) => console.log(`bench: ${line}`) }));
}

function printTable(rows) {
  const header = ['Measure', 'Result', 'How it was measured'];
  const widths = [0, 1].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells[0].padEnd(widths[0])} | ${cells[1].padEnd(widths[1])} | ${cells[2]} |`;
  console.log('');
  console.log(line(header));
  console.log(`|${'-'.repeat(widths[0] + 2)}|${'-'.repeat(widths[1] + 2)}|---|`);
  for (const row of rows) console.log(line(row));
  console.log('');
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
