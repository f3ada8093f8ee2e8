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
