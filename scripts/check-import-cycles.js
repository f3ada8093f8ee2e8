// Fails on any import cycle among the files of src/, type-only imports counted (a cycle of types still ties two
// layers together). Uses TypeScript's own parser: no dependency beyond the compiler the project already has.
//
//   node scripts/check-import-cycles.js        prints each cycle found, exit code 1 if any
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

/** Every .ts file under `dir`. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The src/ files that `file` imports or re-exports, statically, dynamically (`import()`) or as types. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  // preProcessFile skips `import('x')` inside type positions; catch `typeof import('x')` too.
  for (const match of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]);
  return [...new Set(specifiers)]
    .filter((s) => s.startsWith('.'))
    .map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')))
    .filter((path) => path.startsWith(src));
}

const files = sourceFiles(src);
const graph = new Map(files.map((file) => [file, importsOf(file).filter((dep) => files.includes(dep))]));

// Depth-first search; a back edge to a file on the current path closes a cycle.
const cycles = [];
const state = new Map(); // file -> 'open' | 'done'
const path = [];
function visit(file) {
  state.set(file, 'open');
  path.push(file);
  for (const dep of graph.get(file)) {
    if (state.get(dep) === 'open') cycles.push([...path.slice(path.indexOf(dep)), dep]);
    else if (!state.has(dep)) visit(dep);
  }
  path.pop();
  state.set(file, 'done');
}
for (const file of files) if (!state.has(file)) visit(file);

const show = (file) => relative(root, file);
if (cycles.length) {
  console.error(`${cycles.length} import cycle(s) in src/ (type imports counted):`);
  for (const cycle of cycles) console.error(`  ${cycle.map(show).join(' -> ')}`);
  process.exit(1);
}
console.log(`No import cycles among ${files.length} files in src/ (type imports counted).`);
