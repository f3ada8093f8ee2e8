// Checks the built package against package.json (the last part of `npm run build`):
// - every file package.json points at (main, module, types, unpkg, jsdelivr, exports) exists and is published
//   (covered by `files`); every `sideEffects` file exists;
// - the tag is registered only in files listed in `sideEffects` (elsewhere a bundler may drop the registration);
// - the npm build leaves lit outside (no copy of lit in dist/*.js), and no chunk imports an entry (what entries
//   share is a chunk; a chunk importing `index.js` by file name breaks once the entry is renamed or loaded with a
//   query string);
// - the self-contained bundle is ONE file with lit inside that imports nothing at all (no chunk, no package).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** The self-contained CDN files: the voter's, and the composer's (which holds the voter too). */
const bundleFiles = ['dist/b24-attached-vote.bundle.js', 'dist/b24-vote-composer.bundle.js'];
const problems = [];

const normalize = (path) => path.replace(/^\.\//, '');
const posix = (path) => path.split(sep).join('/');

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [posix(relative(root, path))];
  });
}

/** Every string target in the exports map (conditions and subpaths alike). */
function exportTargets(value, key = '.') {
  if (typeof value === 'string') return [[key, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => exportTargets(v, k.startsWith('.') ? k : key));
  }
  return [];
}

const published = (path) => path === 'package.json'
  || (pkg.files ?? []).some((entry) => path === normalize(entry) || path.startsWith(`${normalize(entry).replace(/\/$/, '')}/`));

// 1. What package.json points at.
const pointers = [
  ['main', pkg.main], ['module', pkg.module], ['types', pkg.types], ['unpkg', pkg.unpkg], ['jsdelivr', pkg.jsdelivr],
  ['customElements', pkg.customElements],
  ...exportTargets(pkg.exports).map(([subpath, target]) => [`exports["${subpath}"]`, target]),
].filter(([, target]) => target);
for (const [field, target] of pointers) {
  const path = normalize(target);
  if (!existsSync(join(root, path))) problems.push(`${field} points at ${target}, which does not exist${path.startsWith('dist/') ? ' after the build' : ''}`);
  else if (!published(path)) problems.push(`${field} points at ${target}, which "files" leaves out of the package`);
}
const sideEffects = Array.isArray(pkg.sideEffects) ? pkg.sideEffects.map(normalize) : [];
for (const path of sideEffects) {
  if (!path.includes('*') && !existsSync(join(root, path))) problems.push(`sideEffects names ${path}, which does not exist`);
}

// 2. Registration only where sideEffects says: the root entry is a side effect, the element entry is not.
const target = (subpath) => exportTargets(pkg.exports?.[subpath]).map(([, t]) => normalize(t)).find((t) => t.endsWith('.js'));
if (target('.') && !sideEffects.includes(target('.'))) problems.push(`sideEffects must name ${target('.')} (importing the package registers the tag)`);
if (target('./element') && sideEffects.includes(target('./element'))) problems.push(`sideEffects must not name ${target('./element')} (the element entry registers nothing)`);
const distJs = walk(join(root, 'dist')).filter((path) => path.endsWith('.js'));
const npmJs = distJs.filter((path) => !bundleFiles.includes(path));
const read = (path) => readFileSync(join(root, path), 'utf8');
const registering = npmJs.filter((path) => /customElements\.define\(/.test(read(path)));
for (const path of registering) {
  if (!sideEffects.includes(path)) problems.push(`${path} registers the element but sideEffects does not name it`);
}

/** The specifiers a built module imports, statically or through import(). */
const importsOf = (path) => [...read(path).matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);

// 3. No chunk imports an entry.
const entries = new Set(['main', 'module', ...Object.keys(pkg.exports ?? {})].flatMap((key) => {
  const value = key === 'main' || key === 'module' ? pkg[key] : target(key);
  return value ? [normalize(value)] : [];
}));
for (const path of npmJs.filter((p) => !entries.has(p))) {
  for (const specifier of importsOf(path)) {
    if (!specifier.startsWith('.')) continue;
    const resolved = posix(relative(root, join(root, path, '..', specifier)));
    if (entries.has(resolved)) problems.push(`${path} imports the entry ${resolved} ("${specifier}"): entries may import chunks, never the other way round`);
  }
}

// 4. lit outside the npm build; the bundle one file with everything inside.
const litInside = /reactiveElementVersions|litHtmlVersions|litElementVersions/;
for (const path of npmJs) {
  if (litInside.test(read(path))) problems.push(`${path} contains a copy of lit: lit must stay external in the npm build`);
}
for (const bundleFile of bundleFiles) {
  if (!existsSync(join(root, bundleFile))) {
    problems.push(`${bundleFile} was not built`);
    continue;
  }
  if (!litInside.test(read(bundleFile))) problems.push(`${bundleFile} does not contain lit`);
  for (const specifier of importsOf(bundleFile)) problems.push(`${bundleFile} imports "${specifier}": the bundle must be one self-contained file`);
  if (/\bimport\.meta\b/.test(read(bundleFile))) problems.push(`${bundleFile} uses import.meta: it must not depend on its own URL`);
}
if (existsSync(join(root, 'dist/bundle'))) problems.push('dist/bundle/ exists: the bundle must have no chunks');

if (problems.length) {
  console.error(`dist/ does not match package.json:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`dist/ matches package.json: ${pointers.length} paths in package.json exist, ${npmJs.length} npm module(s) `
  + `without lit, none of whose chunks imports an entry; the bundle is one file that imports nothing.`);
