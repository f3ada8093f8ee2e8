// Finds Chromium and Firefox on this machine; CHROME_PATH and FIREFOX_PATH override the search.
import { existsSync } from 'node:fs';

const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const firefoxCandidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function pick(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envName}=${fromEnv} does not exist`);
    return fromEnv;
  }
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** @returns {{ chromium: string | null, firefox: string | null }} */
export function findBrowsers() {
  return { chromium: pick('CHROME_PATH', chromiumCandidates), firefox: pick('FIREFOX_PATH', firefoxCandidates) };
}

/** Flags for headless Chromium here: as root it needs --no-sandbox, and this machine's network is closed. */
export const chromiumFlags = [
  '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check', '--disable-quic',
];

/** Starts headless Chromium through puppeteer-core (for the scripts that drive a page themselves). */
export async function launchChromium() {
  const { chromium } = findBrowsers();
  if (!chromium) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH.');
  const puppeteer = (await import('puppeteer-core')).default;
  return puppeteer.launch({ executablePath: chromium, headless: true, args: chromiumFlags });
}
