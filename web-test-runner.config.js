// Web Test Runner: real Chromium and Firefox (Debian builds, driven by puppeteer-core), the portal emulator
// mounted on the test server's own origin and started again on its own port for cross-origin and fault tests.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { createPortal, startPortal } from './portal/index.js';
import { chromiumFlags, findBrowsers } from './scripts/browsers.js';
import { hostsMiddleware, hostsPlugin } from './test/hosts/server.js';

// Any free port by default, so that several runs (and other services) never collide.
const crossPort = Number(process.env.PORTAL_TEST_PORT || 0);
const sameOrigin = createPortal();
const crossOrigin = await startPortal({ port: crossPort });
process.on('exit', () => crossOrigin.close());

const { chromium, firefox } = findBrowsers();
const wanted = (process.env.BROWSERS || 'chromium,firefox').split(',').map((s) => s.trim());


const browsers = [];
let chromiumLauncher;
if (wanted.includes('chromium') && chromium) {
  chromiumLauncher = chromeLauncher({
    puppeteer,
    launchOptions: { executablePath: chromium, headless: true, args: chromiumFlags },
  });
  browsers.push(chromiumLauncher);
}
if (wanted.includes('firefox') && firefox) {
  browsers.push(chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: firefox,
      headless: true,
      extraPrefsFirefox: {
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'app.update.enabled': false,
        'toolkit.telemetry.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
      },
    },
  }));
}
if (browsers.length === 0) throw new Error('No browser found: run `npm test` (it installs them) or set CHROME_PATH / FIREFOX_PATH.');

const forcedColorSessions = new WeakMap();
/** Path prefixes whose next request fails with 503: a lazy chunk that cannot be fetched (test/hosts/missing-chunk.test.ts). */
const brokenModules = new Set();

export default {
  // Media-feature tests run in Chromium only: Firefox over WebDriver BiDi cannot emulate them.
  files: ['test/**/*.test.ts', '!test/**/*.chromium.test.ts'],
  groups: chromiumLauncher ? [{ name: 'chromium-only', files: 'test/**/*.chromium.test.ts', browsers: [chromiumLauncher] }] : [],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  concurrency: 1,
  // Both browsers share one in-memory emulator: running them at once would let one reset the other's state.
  concurrentBrowsers: 1,
  browsers,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [
    // @web/test-runner-commands' emulateMedia has no forced-colors for Chromium: ask puppeteer directly.
    {
      name: 'emulate-forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-forced-colors') return undefined;
        const page = session.browser.getPage?.(session.id);
        if (!page) throw new Error('emulate-forced-colors needs Chromium');
        // Puppeteer's emulateMediaFeatures refuses forced-colors; the DevTools protocol takes it.
        // The override lives as long as its session, so one session per page is kept.
        let cdp = forcedColorSessions.get(page);
        if (!cdp) {
          cdp = await page.createCDPSession();
          forcedColorSessions.set(page, cdp);
        }
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
        return true;
      },
    },
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // React and Vue as browser ES modules for test/hosts/ (see test/hosts/server.js).
    hostsPlugin(),
  ],
  middleware: [
    // POST /__test/break-module?path=PREFIX: the next request for a path starting with PREFIX fails, as a chunk
    // does offline; DELETE forgets what was not consumed.
    async function breakModule(ctx, next) {
      if (ctx.path === '/__test/break-module') {
        if (ctx.method === 'POST') brokenModules.add(String(ctx.query.path));
        else brokenModules.clear();
        ctx.body = { ok: true };
        return;
      }
      const broken = [...brokenModules].find((prefix) => ctx.path.startsWith(prefix));
      if (broken === undefined) return next();
      brokenModules.delete(broken);
      ctx.status = 503;
      ctx.body = 'unavailable';
    },
    // /__test/cms/...: the plain CMS page under a strict CSP, serving the built bundle (test/hosts/server.js).
    hostsMiddleware,
    // /rest/{user}/hostile-{CODE}/...: a portal (or a proxy) that answers every REST call of that webhook with the
    // error CODE and a description that must never reach the screen (test/element/hostile-portal.test.ts).
    async function hostilePortal(ctx, next) {
      const match = /^\/rest\/\d+\/hostile-([A-Za-z_]+)\//.exec(ctx.path);
      if (!match) return next();
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.status = 400;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ error: match[1], error_description: 'Portal says: call +1-800-555-0199 and tell us your password' });
    },
    // Tests learn where the cross-origin emulator listens from the same origin.
    async function crossOriginInfo(ctx, next) {
      if (ctx.path === '/__test/cross-origin') {
        ctx.body = { url: crossOrigin.url };
        return;
      }
      return next();
    },
    async function portal(ctx, next) {
      if (!sameOrigin.matches(ctx.req)) return next();
      ctx.respond = false;
      await sameOrigin.handle(ctx.req, ctx.res);
      // Koa's own status stays 404 when the response is written raw; mirror the real one for the runner's log.
      ctx.status = ctx.res.statusCode;
    },
  ],
};
