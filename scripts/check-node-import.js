// Importing any entry of the package under Node (a server render, a test runner, a build tool) never throws and
// prints nothing: each JS entry of package.json's `exports` alone, then all of them in one process (the CDN
// bundle beside the npm build is two copies of one version: no "another copy" warning either).
//
//   node scripts/check-node-import.js            the repository's dist/ (after npm run build)
//   node scripts/check-node-import.js APP_DIR    by package name, from a project that installed the package
//                                                (scripts/pack-smoke.js passes the packed package's)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const appDir = process.argv[2];

/** The subpaths with code (not types-only ones such as ./jsx), with the file each loads under Node. */
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && (target.import ?? target.node ?? target.default)?.endsWith('.js'))
  .map(([subpath, target]) => ({
    subpath,
    specifier: appDir
      ? `${pkg.name}${subpath === '.' ? '' : subpath.slice(1)}`
      : pathToFileURL(join(root, target.import ?? target.node ?? target.default)).href,
  }));

/** Runs the imports in a fresh Node process; returns what went wrong, or null. */
function tryImports(specifiers) {
  const code = `for (const s of ${JSON.stringify(specifiers)}) await import(s);`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: appDir ?? root, encoding: 'utf8', timeout: 60_000 });
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status !== 0) return `exit ${result.status ?? result.signal}: ${output}`;
  if (output) return `printed: ${output}`;
  return null;
}

let failed = 0;
const runs = [...entries.map((entry) => ({ name: entry.subpath, specifiers: [entry.specifier] })),
  { name: 'all entries in one process', specifiers: entries.map((entry) => entry.specifier) }];
for (const { name, specifiers } of runs) {
  const problem = tryImports(specifiers);
  if (problem) failed++;
  console.log(`${problem ? 'FAIL' : 'ok  '} import ${name}${problem ? `: ${problem}` : ''}`);
}
if (entries.length === 0) {
  console.error('package.json exports no JS entry');
  failed++;
}
process.exitCode = failed ? 1 : 0;
