// Lighthouse 12 (the last version that runs on Node 20) on a page owner's article, four ways: no poll, the
// hand-written one-script poll (scripts/bench/floor-poll.js), the same poll written with the project's stack (a
// LitElement with a Task, scripts/bench/lit-floor-poll.js: what lit costs before any feature of ours), and the
// README's CDN snippet pasted as is (only the CDN URL and the webhook URL replaced). Each article: a heading, a paragraph, the poll, more paragraphs; the page
// and the portal emulator on different origins (127.0.0.1 and 127.0.0.2), every file gzip, a fresh emulator user per
// run (a reader who has not voted: the form). Lighthouse's mobile and desktop presets (its own simulated
// throttling), storage reset before each run (a first visit), median of `runs` with the spread.
//
// Printed per article and preset: the performance score, Cumulative Layout Shift, JavaScript execution time
// (`bootup-time`: the page's scripts, ours and the floor's), and every audit scoring below 0.9 that lists our
// file. Goal (issue 24): score 98 or more and CLS under 0.1 at both presets, no audit below 0.9 listing our file.
//
// Run it alone: `node scripts/bench/lighthouse.js` (or `BENCH_ONLY=lighthouse npm run bench`); LIGHTHOUSE_RUNS sets
// the runs per article and preset (default 5), LH_PRESET=mobile (or desktop) runs one preset only. "Of it, the poll's
// script": its own row of bootup-time (0 when Lighthouse does not list it: under its 10 ms threshold). Uses dist/ as built (`npm run build`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startPortal } from '../../portal/index.js';
import { chromiumFlags, findBrowsers } from '../browsers.js';
import { startGzipServer } from './gzip-server.js';
import { litFloorScript } from './lit-floor.js';

const BUNDLE = 'dist/b24-attached-vote.bundle.js';
const BUNDLE_NAME = 'b24-attached-vote.bundle.js';
const FIRST_USER = 20000; // users 10 and up have voted nowhere (portal/README.md); each run takes the next one
const CDN = /https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/b24-attached-vote(?:@[\w.-]+)?\/dist\/b24-attached-vote\.bundle\.js/g;
const README_WEBHOOK = /https:\/\/your-portal\.bitrix24\.com\/rest\/\d+\/your-webhook-code\//g;

/** The presets: Lighthouse's default (mobile) config and its desktop config. */
export const PRESETS = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
].filter((p) => !process.env.LH_PRESET || p.name === process.env.LH_PRESET);

/** The articles, in the order each round loads them. */
export const ARTICLES = [
  { key: 'none', label: 'no poll', path: '/none.html', script: null },
  { key: 'floor', label: 'hand-written poll', path: '/floor.html', script: '/floor.js' },
  { key: 'lit', label: 'hand-written poll on Lit', path: '/lit.html', script: '/lit-floor.js' },
  { key: 'element', label: '<b24-attached-vote> (README snippet)', path: '/element.html', script: BUNDLE_NAME },
];

const paragraph = (n) => `<p>Paragraph ${n}. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor
incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut
aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore.</p>`;

/** An article page with `poll` between its first and second paragraph (and `head` in its head). */
function article(title, poll, head = '') {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><meta name="description" content="An article with a poll.">
<style>body{max-width:680px;margin:0 auto;padding:0 16px;font:16px/1.6 system-ui,sans-serif;color:#222}</style>
${head}</head>
<body><main>
<h1>${title}</h1>
${paragraph(1)}
${poll}
${[2, 3, 4, 5, 6].map(paragraph).join('\n')}
</main></body></html>
`;
}

/** The README's first html block with the CDN script and a webhook tag: the snippet a new user pastes. */
export function readmeEmbed(root) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```html\n([^]*?)^```$/gm)].map((m) => m[1]);
  const block = blocks.find((b) => CDN.test(b) && /<b24-attached-vote [^>]*webhook-url=/.test(b));
  CDN.lastIndex = 0;
  if (!block) throw new Error('README.md: no html block with the CDN script and a <b24-attached-vote webhook-url=…> tag');
  const attachId = Number(block.match(/<b24-attached-vote attach-id="(\d+)"/)?.[1]);
  return { block, attachId };
}

function routes({ root, embed, emulator, litFloor }) {
  const bundle = readFileSync(join(root, BUNDLE), 'utf8');
  const floor = readFileSync(join(root, 'scripts/bench/floor-poll.js'), 'utf8');
  return (url) => {
    const webhook = emulator.webhook(Number(url.searchParams.get('user')));
    const html = (text) => ({ type: 'text/html; charset=utf-8', text });
    switch (url.pathname) {
      case '/none.html':
        return html(article('An article', ''));
      case '/floor.html':
        return html(article('An article', `<div id="poll" data-webhook="${webhook}" data-attach-id="${embed.attachId}"></div>`,
          '<script type="module" src="/floor.js"></script>'));
      case '/lit.html':
        return html(article('An article', `<div id="poll" data-webhook="${webhook}" data-attach-id="${embed.attachId}"></div>`,
          '<script type="module" src="/lit-floor.js"></script>'));
      case '/lit-floor.js':
        return { type: 'text/javascript; charset=utf-8', text: litFloor };
      case '/element.html':
        return html(article('An article', embed.block.replace(CDN, `/${BUNDLE}`).replace(README_WEBHOOK, webhook)));
      case '/floor.js':
        return { type: 'text/javascript; charset=utf-8', text: floor };
      case `/${BUNDLE}`:
        return { type: 'text/javascript; charset=utf-8', text: bundle };
      default:
        return null;
    }
  };
}

/** What one Lighthouse report says about the page; `script`: the poll's file, whose failing audits are listed. */
function summary(lhr, script) {
  const audits = Object.values(lhr.audits);
  return {
    score: lhr.categories.performance.score * 100,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    bootup: lhr.audits['bootup-time'].numericValue,
    // The poll's own script within bootup-time: evaluation and every task it ran (renders included), and its parse.
    scriptBootup: script ? ownBootup(lhr, script) : 0,
    ours: audits
      .filter((a) => script && typeof a.score === 'number' && a.score < 0.9 && JSON.stringify(a.details ?? {}).includes(script))
      .map((a) => `${a.id} (${a.score})`),
    errors: lhr.runtimeError ? [lhr.runtimeError.message] : [],
  };
}

function ownBootup(lhr, script) {
  const item = (lhr.audits['bootup-time'].details?.items ?? []).find((i) => String(i.url).endsWith(script));
  return item ? item.scripting + item.scriptParseCompile : 0;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** Runs Lighthouse `runs` times per article and preset; resolves to rows of medians and spreads. */
export async function measureLighthouse({ root, runs = 5, log = () => undefined }) {
  if (!existsSync(join(root, BUNDLE))) throw new Error(`lighthouse: ${BUNDLE} is missing; run npm run build`);
  const { chromium } = findBrowsers();
  if (!chromium) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH.');
  const embed = readmeEmbed(root);
  let emulator;
  try {
    emulator = await startPortal({ port: 0, host: '127.0.0.2' });
  } catch {
    emulator = await startPortal({ port: 0, host: '127.0.0.1' }); // another port is still another origin
  }
  const pages = await startGzipServer('127.0.0.1', routes({ root, embed, emulator, litFloor: await litFloorScript() }));
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: [...chromiumFlags, '--remote-debugging-port=0'],
  });
  const port = Number(new URL(browser.wsEndpoint()).port);
  let user = FIRST_USER;
  const results = [];
  try {
    for (const preset of PRESETS) {
      const samples = Object.fromEntries(ARTICLES.map((a) => [a.key, []]));
      for (let round = 0; round < runs; round++) {
        for (const page of ARTICLES) {
          const url = `${pages.url}${page.path}?user=${user++}`;
          const flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
          const result = await lighthouse(url, flags, preset.config);
          samples[page.key].push(summary(result.lhr, page.script));
        }
        log(`lighthouse ${preset.name}: round ${round + 1} of ${runs} done`);
      }
      for (const page of ARTICLES) {
        const list = samples[page.key];
        const of = (field) => list.map((s) => s[field]);
        results.push({
          preset: preset.name,
          article: page.label,
          score: { median: median(of('score')), min: Math.min(...of('score')), max: Math.max(...of('score')) },
          cls: { median: median(of('cls')), min: Math.min(...of('cls')), max: Math.max(...of('cls')) },
          bootup: { median: median(of('bootup')), min: Math.min(...of('bootup')), max: Math.max(...of('bootup')) },
          scriptBootup: { median: median(of('scriptBootup')), min: Math.min(...of('scriptBootup')), max: Math.max(...of('scriptBootup')) },
          ours: [...new Set(list.flatMap((s) => s.ours))],
          errors: [...new Set(list.flatMap((s) => s.errors))],
        });
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await pages.close();
    await emulator.close();
  }
  return { runs, results, chromium: await Promise.resolve(chromium) };
}

const spread = ({ median: m, min, max }, digits) => `${m.toFixed(digits)} (${min.toFixed(digits)}-${max.toFixed(digits)})`;

/** Prints the table and the goals. */
export function printLighthouse({ runs, results }) {
  console.log('');
  console.log(`Lighthouse ${lighthouseVersion()}, median of ${runs} (spread), storage reset before each run (a first visit):`);
  console.log('| preset | article | score | CLS | JS execution time (bootup-time) | of it, the poll\'s script | audits < 0.9 listing the poll\'s script |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    const notes = [...r.ours, ...r.errors.map((e) => `error: ${e}`)].join(', ') || 'none';
    console.log(`| ${r.preset} | ${r.article} | ${spread(r.score, 0)} | ${spread(r.cls, 3)} | ${spread(r.bootup, 0)} ms | ${spread(r.scriptBootup, 0)} ms | ${notes} |`);
  }
  const ours = results.filter((r) => r.article.startsWith('<b24'));
  const goals = [
    ['score 98 or more at both presets', ours.every((r) => r.score.median >= 98)],
    ['CLS under 0.1 at both presets', ours.every((r) => r.cls.median < 0.1)],
    ['no audit below 0.9 lists our file', ours.every((r) => r.ours.length === 0)],
    ['mobile JavaScript execution time of the page 70 ms or less (issue 21)', ours.filter((r) => r.preset === 'mobile').every((r) => r.bootup.median <= 70)],
  ];
  for (const [goal, met] of goals) console.log(`goal: ${goal}: ${met ? 'met' : 'NOT met'}`);
  console.log('');
}

function lighthouseVersion() {
  const file = fileURLToPath(new URL('../../node_modules/lighthouse/package.json', import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

// `node scripts/bench/lighthouse.js`: this part of the bench alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
  measureLighthouse({ root, runs, log: (line) => console.log(`bench: ${line}`) }).then(
    (measured) => {
      printLighthouse(measured);
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
