// Click -> results: from the click on Vote to the first frame that shows every number the vote's outcome has
// (each answer's percent and count, the total; the floor shows percents only), for the element (the README's CDN
// embed) and the plain floor (scripts/bench/floor-poll.js: one form-encoded POST, innerHTML from its answer), on
// every cold-start network profile and on the phone stand-in (the mobile network with the CPU slowed 4 times
// through the DevTools protocol) unless a profile already slows the CPU. The pages and servers are the cold
// start's (scripts/bench/cold-start.js): a fresh browser context and emulator user per run, the emulator on
// another origin, gzip. The element draws the outcome at the click (issue 22); the floor waits a round trip, so
// the floor's figure is the round trip a page that waits pays.
//
// "Every number" is what the page shows once the portal's answer is in (the last state, read after the answer),
// so each page is held to its own rounding. A probe reads the numbers in every animation frame and times a frame
// when it has been painted (the first task after it), as the cold-start probe does.
//
// Standalone: `node scripts/bench/click-results.js` (uses dist/ as built; BENCH_CLICK_RUNS, default 5).
/* global window, document, requestAnimationFrame */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../browsers.js';
import { GZIP_LEVEL, floorScripts, readmeSnippet } from './cold-pages.js';
import { PROFILES, VARIANTS, pageRoutes, startEmulator } from './cold-start.js';
import { startGzipServer } from './gzip-server.js';
import { clickFirstAnswerAndVote } from './vote-click.js';

/** The phone stand-in: the mobile network, the CPU 4 times slower (added when no profile slows the CPU). */
const PHONE_STANDIN = { name: 'mobile-cpu4', label: 'mobile network + CPU x4 (phone stand-in)', cpu: 4 };
/** The element's page and the plain floor (the padded floor's click costs the same as the plain one's). */
const PAGES = VARIANTS.filter((v) => v.key === 'element' || v.key === 'floor');
const THINK_MS = 1000; // as in the cold start: a person reads the poll before clicking
const SETTLE_MS = 400; // after the answer: long enough for a last redraw of the numbers to show up
const STEP_TIMEOUT_MS = 20000;
const FIRST_USER = 7000; // fresh emulator users (10 and up have voted nowhere); the cold start uses 5000 and up

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The profiles to measure: every cold-start profile, plus the phone stand-in when none slows the CPU. */
export function clickProfiles(profiles = PROFILES) {
  if (profiles.some((p) => (p.cpu ?? 1) > 1)) return profiles;
  const mobile = profiles.find((p) => p.name === 'mobile') ?? profiles[0];
  return [...profiles, { ...mobile, ...PHONE_STANDIN }];
}

/**
 * Runs in the page: in every frame, the numbers on screen (percents, counts, the total; inside the element's
 * shadow root when there is one), recorded with the time the frame was painted whenever they change; the Vote
 * click's time; and when the element fired `vote-success` (the truth).
 */
function installClickProbe() {
  const probe = { clickAt: null, truthAt: null, frames: [] };
  window.__click = probe;
  const root = () => document.querySelector('b24-attached-vote')?.shadowRoot ?? document;
  const numbers = () => [...root().querySelectorAll('[part~="percent"], .count > :first-child, .meta .total')]
    .map((node) => node.textContent.replace(/\s+/g, ' ').trim()).join(' | ');
  const afterPaint = (record) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(null);
  };
  let last = null;
  const tick = () => {
    if (probe.clickAt !== null) {
      const shown = numbers();
      if (shown !== last) {
        last = shown;
        const frame = { shown, at: null };
        probe.frames.push(frame);
        afterPaint((at) => { frame.at = at; });
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.addEventListener('click', (event) => {
    const onVote = event.composedPath().some((node) => node.getAttribute?.('part')?.split(/\s+/).includes('vote-button'));
    if (onVote && probe.clickAt === null) probe.clickAt = event.timeStamp;
  }, true);
  document.addEventListener('vote-success', () => afterPaint((at) => { probe.truthAt ??= at; }));
}

/** One page load and one vote in a fresh context: click -> every number, and click -> the portal's answer. */
async function runOnce({ browser, pages, portal, profile, page: variant, userId }) {
  portal.reset();
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: profile.latency, downloadThroughput: profile.down / 8, uploadThroughput: profile.up / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu ?? 1 });
    await page.evaluateOnNewDocument(installClickProbe);
    await page.goto(`${pages.url}${variant.path}?user=${userId}`, { waitUntil: 'domcontentloaded', timeout: STEP_TIMEOUT_MS });
    // Polled: a selector wait does not see changes inside a shadow root.
    await page.waitForFunction(
      () => (document.querySelector('b24-attached-vote')?.shadowRoot ?? document).querySelector('[part~="answer"]') !== null,
      { polling: 50, timeout: STEP_TIMEOUT_MS },
    );
    await sleep(THINK_MS);
    await clickFirstAnswerAndVote(page);
    // The answer is in: the element said vote-success, or the floor drew its results from the answer.
    await page.waitForFunction(
      (element) => (element ? window.__click.truthAt !== null : document.querySelector('[part~="percent"]') !== null),
      { polling: 20, timeout: STEP_TIMEOUT_MS },
      variant.key === 'element',
    );
    await sleep(SETTLE_MS);
    const probe = await page.evaluate(() => window.__click);
    const final = probe.frames.at(-1);
    if (!final?.shown) throw new Error('no numbers on screen after the vote');
    // The first painted frame since which the numbers have been the final ones (no later change back and forth).
    let first = probe.frames.length - 1;
    while (first > 0 && probe.frames[first - 1].shown === final.shown) first -= 1;
    const numbersAt = probe.frames[first].at;
    const truthAt = variant.key === 'element' ? probe.truthAt : probe.frames.find((f) => f.shown === final.shown)?.at;
    return { numbers: numbersAt - probe.clickAt, truth: truthAt - probe.clickAt, shown: final.shown };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * Measures click -> results with `browser` (puppeteer) on every profile. Returns
 * { profiles: [{ profile, samples: { element: [...], floor: [...] }, failures }], setup }.
 */
export async function measureClickToResults({ browser, root, bundle, runs, profiles: measured = clickProfiles(), log = () => undefined }) {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`click -> results: runs must be a positive integer, not ${runs}`);
  const snippet = readmeSnippet(root);
  const bundleGzip = gzipSync(readFileSync(join(root, bundle)), { level: GZIP_LEVEL }).length;
  const floors = floorScripts(root, bundleGzip);
  const emulator = await startEmulator();
  const pages = await startGzipServer('127.0.0.1', pageRoutes({ root, snippet, bundle, emulator, attachId: snippet.attachId, floors }));
  let userId = FIRST_USER;
  const profiles = [];
  try {
    for (const profile of measured) {
      const samples = Object.fromEntries(PAGES.map((v) => [v.key, []]));
      const failures = Object.fromEntries(PAGES.map((v) => [v.key, []]));
      for (let round = -1; round < runs; round++) {
        for (const page of PAGES) {
          if (failures[page.key].length >= 2) continue;
          try {
            const sample = await runOnce({ browser, pages, portal: emulator.portal, profile, page, userId: userId++ });
            if (round >= 0) samples[page.key].push(sample); // round -1 warms the browser and the servers up
          } catch (error) {
            failures[page.key].push(String(error.message ?? error).split('\n')[0]);
          }
        }
        log(`click -> results ${profile.name}: round ${round + 1} of ${runs} done`);
      }
      profiles.push({ profile, samples, failures });
    }
  } finally {
    await pages.close();
    await emulator.close();
  }
  return { profiles, setup: { runs, thinkMs: THINK_MS, attachId: snippet.attachId, bundle } };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');

/** Prints one row per profile: the element's click -> every number and -> the truth, against the floor's. */
export function printClickToResults({ profiles, setup }) {
  console.log('');
  console.log(`Click Vote -> every number on screen (median of ${setup.runs} runs per page; poll ${setup.attachId}; goal: 50 ms or less against the floor's round trip on the phone profile)`);
  console.log('| profile | element: click -> numbers | element: click -> portal’s answer | floor: click -> numbers (its round trip) | element minus floor |');
  console.log('|---|---|---|---|---|');
  for (const { profile, samples, failures } of profiles) {
    const element = median(samples.element.map((s) => s.numbers));
    const truth = median(samples.element.map((s) => s.truth));
    const floor = median(samples.floor.map((s) => s.numbers));
    console.log(`| ${profile.label}${profile.cpu > 1 ? '' : ', CPU x1'} | ${ms(element)} | ${ms(truth)} | ${ms(floor)} | ${ms(element - floor)} |`);
    for (const [page, list] of Object.entries(failures)) {
      for (const failure of list) console.log(`  ${profile.name} ${page} failed: ${failure}`);
    }
  }
  const phone = profiles.find((p) => (p.profile.cpu ?? 1) > 1);
  if (phone) {
    const element = median(phone.samples.element.map((s) => s.numbers));
    const over = element - median(phone.samples.floor.map((s) => s.numbers));
    console.log(`${over <= 50 ? 'ok  ' : 'MISS'} ${phone.profile.label}: the element shows every number ${ms(element)} after the click, ${ms(over)} against the floor's round trip (goal: 50 ms or less)`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const runs = Number(process.env.BENCH_CLICK_RUNS ?? 5);
  const browser = await launchChromium();
  try {
    // BENCH_CLICK_PROFILES=name,name measures only those profiles.
    const only = process.env.BENCH_CLICK_PROFILES?.split(',');
    const profiles = clickProfiles().filter((p) => !only || only.includes(p.name));
    const result = await measureClickToResults({
      browser, root, bundle: 'dist/b24-attached-vote.bundle.js', runs, profiles, log: (line) => console.log(`bench: ${line}`),
    });
    printClickToResults(result);
  } finally {
    await browser.close().catch(() => undefined);
  }
}
