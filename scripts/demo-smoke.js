// The demo as `npm start` serves it: Vite with the demo config (the emulator mounted by its plugin), opened in
// headless Chromium. Every poll of the gallery must settle, a vote must go through and reach the event log.
// Run by `npm test` (step "demo"); alone: `node scripts/demo-smoke.js`.
/* global document -- used in functions that puppeteer runs in the page */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launchChromium } from './browsers.js';

const configFile = fileURLToPath(new URL('../demo/vite.config.ts', import.meta.url));
const cleanup = [];
const watchdog = setTimeout(() => fail('still running after 90 s'), 90_000);

function fail(message) {
  console.error(`demo smoke FAILED: ${message}`);
  process.exitCode = 1;
  void Promise.allSettled(cleanup.map((fn) => fn())).then(() => process.exit(1));
}

async function main() {
  const server = await createServer({ configFile, server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  cleanup.push(() => server.close());
  await server.listen();
  const url = server.resolvedUrls.local[0];
  const browser = await launchChromium();
  cleanup.push(() => browser.close());
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto(`${url}?user=10`);
  const states = await page.waitForFunction(
    () => {
      const polls = [...document.querySelectorAll('b24-attached-vote')];
      return polls.length >= 8 && polls.every((p) => p.status === 'ready' || p.status === 'error') && polls.map((p) => p.status);
    },
    { timeout: 30_000 },
  ).then((handle) => handle.jsonValue());
  const ready = states.filter((s) => s === 'ready').length;
  console.log(`${states.length} polls on the page: ${ready} ready, ${states.length - ready} showing an error (expected: the "not a poll" and "user 1 only" cards)`);
  if (ready < states.length - 2) throw new Error('too many polls failed to load through the Vite-mounted emulator');

  const ballot = await page.evaluate(async () => {
    const poll = document.querySelector('b24-attached-vote');
    const success = new Promise((resolve) => poll.addEventListener('vote-success', (e) => resolve(e.detail.ballot), { once: true }));
    poll.shadowRoot.querySelector('label.answer').click();
    await poll.updateComplete;
    poll.shadowRoot.querySelector('[part~="vote-button"]').click();
    return success;
  });
  await page.waitForFunction(() => document.querySelector('#log').textContent.includes('vote-success'), { timeout: 5000 });
  console.log(`voted ${JSON.stringify(ballot)}; the event log shows vote-success`);
  if (problems.length) throw new Error(`page errors: ${problems.join('; ')}`);
  console.log('demo smoke passed');
}

main()
  .catch((error) => fail(error instanceof Error ? error.message : String(error)))
  .finally(async () => {
    clearTimeout(watchdog);
    await Promise.allSettled(cleanup.map((fn) => fn()));
  });
