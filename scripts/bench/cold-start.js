// Cold start as a person on a phone feels it: the element's page (the README's CDN embed) against two floors (one
// vanilla module script, one form-encoded REST call, innerHTML; plain, and padded to the CDN file's gzip size),
// each loaded into a fresh browser context, as a fresh emulator user, over a throttled network (DevTools
// protocol; the phone profile also slows the CPU down four times), the page and the emulator on different origins (127.0.0.1 and 127.0.0.2:
// different sites, so every CORS rule applies), every file gzip. Runs are interleaved (element, floor, padded,
// element, ...) after one warm-up round per profile, and each figure is the median of `runs`.
//
// One run: navigate, wait for "poll visible", let the user read for THINK_MS, click the first answer, click
// Vote, wait for "results on screen" (the picked answer's percent, as the vote's answer has it).
/* global window -- functions passed to page.evaluate run in the browser */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startPortal } from '../../portal/index.js';
import { maskedPath, requestChain, shortName } from './chain.js';
import { GZIP_LEVEL, elementPage, floorPage, floorScripts, readmeSnippet } from './cold-pages.js';
import { startGzipServer } from './gzip-server.js';
import { coverageBeforeFetch } from './coverage.js';
import { clickFirstAnswerAndVote } from './vote-click.js';
import { installProbe, readTimings } from './page-probe.js';

/**
 * The profiles (throughput in bit/s, latency: the DevTools minimum request-to-headers time; cpu: the DevTools
 * CPU slow-down, 1 for none). The phone profile is slow 4G with a CPU four times slower (DevTools protocol
 * Emulation.setCPUThrottlingRate; not Lighthouse's own throttling).
 */
export const PROFILES = [
  { name: 'mobile', label: 'slow 4G: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up', latency: 150, down: 1.6e6, up: 750e3, cpu: 1 },
  { name: 'phone', label: 'phone profile: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU x4', latency: 150, down: 1.6e6, up: 750e3, cpu: 4 },
  { name: 'broadband', label: 'broadband: 40 ms RTT, 10 Mbit/s down, 5 Mbit/s up', latency: 40, down: 10e6, up: 5e6, cpu: 1 },
];

/** Applies a profile's network and CPU throttling to a page's DevTools session. */
export async function throttle(cdp, profile) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency,
    downloadThroughput: profile.down / 8,
    uploadThroughput: profile.up / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
}

/** The pages, in the order each round loads them. */
export const VARIANTS = [
  { key: 'element', label: 'element', path: '/element.html' },
  { key: 'floor', label: 'plain floor', path: '/floor.html' },
  { key: 'padded', label: 'size-matched floor', path: '/padded.html' },
];

const THINK_MS = 1000; // a person reads the poll before clicking; lazily fetched code gets the same chance
const STEP_TIMEOUT_MS = 15000;
const FIRST_USER = 5000; // users 10 and up have voted nowhere (portal/README.md); each run takes the next one
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startEmulator() {
  // 127.0.0.2 is loopback on Linux; where it cannot be bound, another port of 127.0.0.1 is still another origin.
  try {
    return await startPortal({ port: 0, host: '127.0.0.2' });
  } catch {
    return startPortal({ port: 0, host: '127.0.0.1' });
  }
}

/** What the probe looks for: the poll's question, its answers, the first answer and its percent after a vote. */
async function expectations(emulator, attachId) {
  const response = await fetch(`${emulator.webhook(FIRST_USER - 1)}vote.AttachedVote.get`, {
    method: 'POST',
    body: new URLSearchParams({ attachId: String(attachId) }),
  });
  const { result } = await response.json();
  const attach = result?.attach;
  const questions = Object.values(attach?.QUESTIONS ?? {});
  if (questions.length !== 1 || !attach.canVote) {
    throw new Error(`cold start: poll ${attachId} (the README's webhook example) must be a one-question poll a new user can vote in`);
  }
  const [q] = questions;
  const answers = Object.values(q.ANSWERS).sort((a, b) => Number(a.C_SORT) - Number(b.C_SORT));
  const picked = answers[0];
  const total = Number(q.COUNTER);
  const before = total > 0 ? (Number(picked.COUNTER) * 100) / total : 0;
  const percent = ((Number(picked.COUNTER) + 1) * 100) / (total + 1);
  if (Math.abs(percent - before) < 1.5) throw new Error('cold start: a vote must move the picked percent by more than the tolerance');
  return { question: q.QUESTION, answers: answers.map((a) => a.ID), picked: picked.ID, percent };
}

/** Serves the three pages, the two floor scripts and dist/, all gzip. */
export function pageRoutes({ root, snippet, bundle, emulator, attachId, floors }) {
  const files = new Map();
  return (url) => {
    const user = Number(url.searchParams.get('user'));
    const webhook = emulator.webhook(user);
    switch (url.pathname) {
      case '/element.html':
        return { type: 'text/html; charset=utf-8', text: elementPage(snippet, { bundlePath: `/${bundle}`, webhook }) };
      case '/floor.html':
        return { type: 'text/html; charset=utf-8', text: floorPage({ scriptPath: '/floor.js', webhook, attachId }) };
      case '/padded.html':
        return { type: 'text/html; charset=utf-8', text: floorPage({ scriptPath: '/floor-padded.js', webhook, attachId }) };
      case '/floor.js':
        return { type: TYPES['.js'], text: floors.plain };
      case '/floor-padded.js':
        return { type: TYPES['.js'], text: floors.padded };
      default: {
        const file = normalize(join(root, decodeURIComponent(url.pathname)));
        if (!file.startsWith(join(root, 'dist') + sep) || !existsSync(file)) return null;
        if (!files.has(file)) files.set(file, readFileSync(file, 'utf8'));
        return { type: TYPES[extname(file)] ?? 'application/octet-stream', text: files.get(file) };
      }
    }
  };
}

/** One page load and one vote in a fresh browser context. */
async function runOnce({ browser, pages, portal, profile, variant, userId, expect }) {
  portal.reset(); // the poll as seeded, so the percent after the vote is known
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    const cdp = await page.createCDPSession();
    const wire = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!wire.has(e.requestId)) wire.set(e.requestId, { url: e.request.url, preflight: e.type === 'Preflight' || e.request.method === 'OPTIONS', bytes: 0 });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const request = wire.get(e.requestId);
      if (request) request.bytes = e.encodedDataLength;
    });
    await throttle(cdp, profile);
    await page.evaluateOnNewDocument(installProbe, expect);

    await page.goto(`${pages.url}${variant.path}?user=${userId}`, { waitUntil: 'domcontentloaded', timeout: STEP_TIMEOUT_MS });
    await page.waitForFunction(() => window.__bench.visibleAt !== null, { polling: 50, timeout: STEP_TIMEOUT_MS });
    await sleep(THINK_MS);
    const loaded = await page.evaluate(() => ({ ...window.__bench }));
    const timings = await page.evaluate(readTimings);
    const loadPreflights = portal.preflights.map((p) => p.path);
    const loadRest = portal.requests.length;
    const loadWire = [...wire.values()].map((r) => ({ ...r }));

    await clickFirstAnswerAndVote(page);
    await page.waitForFunction(() => window.__bench.resultsAt !== null, { polling: 50, timeout: STEP_TIMEOUT_MS });
    const done = await page.evaluate(() => ({ ...window.__bench }));
    // What the vote cost on the wire: the requests that started after the poll was read (chunks, preflight, vote).
    const seen = new Set(timings.map((t) => `${t.name} ${t.start}`));
    const afterVote = (await page.evaluate(readTimings)).filter((t) => !seen.has(`${t.name} ${t.start}`))
      .sort((a, b) => a.start - b.start);
    const votePreflights = portal.preflights.slice(loadPreflights.length).map((p) => p.path);
    const votePath = afterVote.map((t) => {
      const at = votePreflights.indexOf(maskedPath(t.name));
      if (at >= 0) votePreflights.splice(at, 1);
      return `${at >= 0 ? 'preflight -> ' : ''}${shortName(t.name, t.type)}`;
    });

    // The vote's own work around its REST call: click -> the call leaves, the answer's last byte -> results painted.
    const voteCall = afterVote.find((t) => /vote\.AttachedVote\.vote$/i.test(new URL(t.name).pathname));
    const voteWork = voteCall ? { toRest: voteCall.start - done.clickAt, toPaint: done.resultsAt - voteCall.end } : null;

    const chain = requestChain(timings, loaded.visibleAt, loadPreflights);
    // Bytes on the wire (CDP: headers and gzip bodies, preflights included) of the requests that ended before
    // the poll showed; resource timing alone cannot tell, as the emulator sends no Timing-Allow-Origin.
    const unused = [...loadWire];
    let bytes = 0;
    for (const row of chain.rows.filter((r) => !r.after)) {
      for (const preflight of [false, ...(row.preflight ? [true] : [])]) {
        const at = unused.findIndex((w) => w.url === row.name && w.preflight === preflight);
        if (at >= 0) bytes += unused.splice(at, 1)[0].bytes;
      }
    }
    return {
      visible: loaded.visibleAt,
      define: loaded.define,
      vote: done.resultsAt - done.clickAt,
      cls: loaded.cls,
      shifts: loaded.shifts,
      chain,
      bytes,
      preflights: { load: loadPreflights.length, vote: portal.preflights.length - loadPreflights.length },
      cdpPreflights: [...wire.values()].filter((w) => w.preflight).length,
      rest: { load: loadRest, vote: portal.requests.length - loadRest },
      voteWork,
      votePath,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * Measures cold start with `browser` (puppeteer) for every profile. Returns
 * { profiles: [{ profile, samples: { element: [...], floor: [...], padded: [...] }, failures }], setup }.
 */
export async function measureColdStart({ browser, root, bundle, runs, log = () => undefined }) {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`cold start: runs must be a positive integer, not ${runs}`);
  const snippet = readmeSnippet(root);
  const bundleGzip = gzipSync(readFileSync(join(root, bundle)), { level: GZIP_LEVEL }).length;
  const floors = floorScripts(root, bundleGzip);
  const emulator = await startEmulator();
  const attachId = snippet.attachId;
  const pages = await startGzipServer('127.0.0.1', pageRoutes({ root, snippet, bundle, emulator, attachId, floors }));
  const loadBefore = loadavg();
  let userId = FIRST_USER;
  const profiles = [];
  try {
    const expect = await expectations(emulator, attachId);
    for (const profile of PROFILES) {
      const samples = Object.fromEntries(VARIANTS.map((v) => [v.key, []]));
      const failures = Object.fromEntries(VARIANTS.map((v) => [v.key, []]));
      for (let round = -1; round < runs; round++) {
        for (const variant of VARIANTS) {
          if (failures[variant.key].length >= 2) continue; // a page that fails twice would only eat the time budget
          try {
            const sample = await runOnce({ browser, pages, portal: emulator.portal, profile, variant, userId: userId++, expect });
            if (round >= 0) samples[variant.key].push(sample); // round -1 warms the browser and the servers up
          } catch (error) {
            failures[variant.key].push(String(error.message ?? error).split('\n')[0]);
          }
        }
        log(`cold start ${profile.name}: round ${round + 1} of ${runs} done`);
      }
      // One more load of the element, paused in its first fetch() while V8's coverage is read (not timed).
      const coverage = await coverageBeforeFetch({
        browser,
        pageUrl: `${pages.url}/element.html?user=${userId++}`,
        bundleFile: join(root, bundle),
        bundlePath: `/${bundle}`,
        setup: (cdp) => throttle(cdp, profile),
      }).catch((error) => ({ error: String(error.message ?? error).split('\n')[0] }));
      profiles.push({ profile, samples, failures, coverage });
    }
  } finally {
    await pages.close();
    await emulator.close();
  }
  return {
    profiles,
    setup: {
      runs,
      cpus: availableParallelism(),
      loadBefore,
      loadAfter: loadavg(),
      thinkMs: THINK_MS,
      page: pages.url,
      emulator: emulator.url,
      attachId,
      snippet,
      bundle,
      bundleGzip,
      floorGzip: floors.plainGzip,
      paddedGzip: floors.paddedGzip,
    },
  };
}
