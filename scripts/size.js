// `npm test`'s size step: gzip sizes of the files AS SHIPPED (each built file compressed on its own, as a server
// sends it; nothing is bundled again), against the limits in size-limits.json.
//
//   node scripts/size.js            measure and check (exit 1 when a check is over its limit)
//   node scripts/size.js --update   measure and write limits = measured + headroom (2 %) into size-limits.json
//
// A check names built files and, optionally, source modules. Its size is the sum over the files it needs: the named
// files, the modules' built files (found through the source maps, so chunk names and hashes don't matter), and
// everything those import statically (`import ... from './x.js'`; `import()` is left out: it is on demand).
// Packages (lit) are not in dist/: they count for nothing, which is what "lit external" means.
// Run `npm run build` first.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const limitsFile = join(root, 'size-limits.json');
const posix = (path) => path.split(sep).join('/');

/** gzip at the highest level, as a CDN serves static files. */
export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Every .js file under dist/, repository-relative. */
function builtFiles(dir = join(root, 'dist')) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return builtFiles(path);
    return entry.name.endsWith('.js') ? [posix(relative(root, path))] : [];
  });
}

/** Relative static imports of a built module, repository-relative. */
export function staticImports(file) {
  const code = readFileSync(join(root, file), 'utf8');
  return [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'"`()]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)]
    .map((match) => posix(relative(root, join(root, dirname(file), match[1]))));
}

/** The file and everything it imports statically. */
function closure(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    if (!existsSync(join(root, file))) throw new Error(`${file} does not exist (run npm run build)`);
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  files.forEach(visit);
  return seen;
}

/** The built files whose source map lists `module` among its sources (the npm build; not the CDN file). */
function filesHolding(module) {
  const wanted = posix(module);
  return builtFiles().filter((file) => !file.endsWith('.bundle.js') && existsSync(join(root, `${file}.map`))).filter((file) => {
    const map = JSON.parse(readFileSync(join(root, `${file}.map`), 'utf8'));
    return (map.sources ?? []).some((source) => posix(relative(root, join(root, dirname(file), source))) === wanted);
  });
}

/** What a check loads: file -> gzip bytes. */
export function measure(check) {
  const start = [...check.files];
  for (const module of check.modules ?? []) {
    const holding = filesHolding(module);
    if (holding.length === 0) throw new Error(`no built file contains ${module}: update size-limits.json if it moved`);
    start.push(...holding);
  }
  return new Map([...closure(start)].sort().map((file) => [file, gzipSize(join(root, file))]));
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

function main(argv) {
  const config = JSON.parse(readFileSync(limitsFile, 'utf8'));
  const update = argv.includes('--update');
  let failed = 0;
  for (const [name, check] of Object.entries(config.checks)) {
    const files = measure(check);
    const total = [...files.values()].reduce((sum, bytes) => sum + bytes, 0);
    const over = !update && total > check.limit;
    if (over) failed++;
    if (update) check.limit = Math.ceil(total * (1 + config.headroom));
    console.log(`${over ? 'OVER' : 'ok  '} ${name}: ${check.title}: ${kB(total)} gzip, limit ${kB(check.limit)}`);
    for (const [file, bytes] of files) console.log(`       ${file.padEnd(48)} ${kB(bytes).padStart(9)}`);
  }
  if (update) {
    writeFileSync(limitsFile, `${JSON.stringify(config, null, 2)}\n`);
    console.log(`size-limits.json: limits set to the measured sizes + ${config.headroom * 100} %.`);
  } else if (failed) {
    console.error(`${failed} size check(s) over the limit: shrink the code, or if the growth is wanted, run node scripts/size.js --update.`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
