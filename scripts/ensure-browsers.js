// Makes sure the browsers the tests need are on this machine: Chromium and Firefox (or those named in
// BROWSERS=chromium,firefox). Found by scripts/browsers.js (CHROME_PATH / FIREFOX_PATH override the search).
// When one is missing and apt-get is usable (root, or passwordless sudo), installs Debian's package for it;
// otherwise fails with a message that says how to install them.
//
//   node scripts/ensure-browsers.js        (npm test runs this as its first step)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findBrowsers } from './browsers.js';

const debianPackage = { chromium: 'chromium', firefox: 'firefox-esr' };
const envName = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };
const installCommand = 'sudo apt-get update && sudo apt-get install -y chromium firefox-esr';

/** The browsers the test run wants: BROWSERS (comma-separated), as web-test-runner.config.js reads it. */
export function wantedBrowsers() {
  const list = (process.env.BROWSERS || 'chromium,firefox').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = list.filter((name) => !(name in debianPackage));
  if (unknown.length) throw new Error(`BROWSERS names unknown browser(s): ${unknown.join(', ')} (known: chromium, firefox)`);
  return list;
}

function succeeds(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** How to run apt-get here: `[]` as root, `['sudo', '-n']` with passwordless sudo, or null when it can't be run. */
function aptPrefix() {
  if (!succeeds('sh', ['-c', 'command -v apt-get'])) return null;
  if (process.getuid?.() === 0) return [];
  if (succeeds('sudo', ['-n', 'true'])) return ['sudo', '-n'];
  return null;
}

function run(argv) {
  console.log(`$ ${argv.join(' ')}`);
  const result = spawnSync(argv[0], argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited with ${result.status ?? result.signal}`);
}

function version(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 15000 });
  return result.status === 0 ? result.stdout.trim().split('\n').pop() : 'version unknown';
}

/** Installs what is missing if it can; resolves to the paths, or throws with instructions. */
export function ensureBrowsers(wanted = wantedBrowsers()) {
  let found = findBrowsers();
  let missing = wanted.filter((name) => !found[name]);

  if (missing.length) {
    const prefix = aptPrefix();
    if (!prefix) {
      throw new Error([
        `No ${missing.join(' or ')} found, and this machine can't install them with apt-get (that needs apt-get and root or passwordless sudo).`,
        `Install them (on Debian: \`${installCommand}\`), or point`,
        `${missing.map((name) => envName[name]).join(' / ')} at the browser executable.`,
        'BROWSERS=chromium (or firefox) runs the browser tests in one browser only.',
      ].join('\n'));
    }
    const packages = missing.map((name) => debianPackage[name]);
    console.log(`Installing Debian's ${packages.join(' and ')} (apt-get)...`);
    run([...prefix, 'apt-get', 'update']);
    run([...prefix, 'apt-get', 'install', '-y', ...packages]);
    found = findBrowsers();
    missing = wanted.filter((name) => !found[name]);
    if (missing.length) {
      throw new Error(`apt-get finished but ${missing.join(' and ')} still can't be found: set ${missing.map((name) => envName[name]).join(' / ')}.`);
    }
  }

  for (const name of wanted) console.log(`${name}: ${found[name]} (${version(found[name])})`);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureBrowsers();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
