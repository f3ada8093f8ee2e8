// Build-time mangling of internal member names (the Vite plugin in vite.config.ts applies it to src/**/*.ts in both
// library builds). The JS minifier shortens variables and `#private` names but not `private` members, which are
// plain properties to it: their names (`periodicFailing`, `markFirstSent`, ...) would ship as written.
//
// The rule: a name declared `private` or `protected` in src/ is shortened to `$` + one or two letters, everywhere it
// is used as a property (esbuild's mangleProps, one cache for every module, so all modules agree), unless
//   - it is also read as a property of something other than `this` anywhere in src/ (then it is someone's API),
//   - it is a word of the DOM's or lit's type declarations (a built-in or lit member of the same name), or
//   - it belongs to a file whose objects live in a page-wide registry (shared by copies of other versions, whose
//     mangled names would differ): the rate-limit buckets, the poll-updates hub, the registry itself.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { transform } from 'esbuild';

/** Files whose objects are shared page-wide between copies of the package: their members keep their names. */
const REGISTRY_FILES = ['src/transport/rate-limiter.ts', 'src/api/poll-updates.ts', 'src/util/page-registry.ts', 'src/api/shared-writes.ts', 'src/api/shared-request.ts'];

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every identifier-like word of the type declarations the code runs against (DOM, lit). */
function apiWords(root) {
  const files = [
    'node_modules/typescript/lib/lib.dom.d.ts',
    'node_modules/typescript/lib/lib.es5.d.ts',
    'node_modules/typescript/lib/lib.es2015.core.d.ts',
    ...['lit-html', 'lit-element', '@lit/reactive-element', '@lit/task'].flatMap((pkg) =>
      readdirSync(join(root, 'node_modules', pkg), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.d.ts') && !f.includes('node_modules'))
        .map((f) => join('node_modules', pkg, f)),
    ),
  ];
  const words = new Set();
  for (const file of files) {
    for (const word of readFileSync(join(root, file), 'utf8').match(/[A-Za-z_$][\w$]*/g) ?? []) words.add(word);
  }
  return words;
}

/** The member names to mangle, and a cache that gives each its short name. */
export function mangleTable(root) {
  const sources = tsFiles(join(root, 'src')).map((file) => ({
    file: relative(root, file).split(sep).join('/'),
    code: readFileSync(file, 'utf8'),
  }));
  const declared = new Set();
  for (const { file, code } of sources) {
    if (REGISTRY_FILES.includes(file)) continue;
    for (const match of code.matchAll(/\b(?:private|protected)\s+(?:(?:readonly|static|override|async|get|set)\s+)*([A-Za-z_][\w]*)/g)) {
      declared.add(match[1]);
    }
  }
  const publicUse = new Set();
  for (const { code } of sources) {
    for (const match of code.matchAll(/(?<!\bthis)\??\.([A-Za-z_][\w]*)/g)) publicUse.add(match[1]);
  }
  const api = apiWords(root);
  const names = [...declared].filter((name) => !publicUse.has(name) && !api.has(name)).sort();
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = (i) => `$${i < letters.length ? letters[i] : letters[Math.floor(i / letters.length) - 1] + letters[i % letters.length]}`;
  const cache = Object.fromEntries(names.map((name, i) => [name, short(i)]));
  return { names, cache };
}

/** The Vite plugin: runs after the other 'pre' plugins on the package's TypeScript sources. */
export function mangleMembers(root, isSource) {
  const { names, cache } = mangleTable(root);
  let mangleCache = { ...cache };
  const mangleProps = names.length > 0 ? new RegExp(`^(?:${names.join('|')})$`) : undefined;
  return {
    name: 'b24-mangle-members',
    enforce: 'pre',
    async transform(code, id) {
      if (!mangleProps || !isSource(id)) return null;
      const result = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: id,
        sourcemap: 'external',
        // Keep non-ASCII text as it is (esbuild would escape it, and the languages would grow).
        charset: 'utf8',
        mangleProps,
        mangleCache,
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, experimentalDecorators: true, verbatimModuleSyntax: false } },
      });
      mangleCache = result.mangleCache ?? mangleCache;
      return { code: result.code, map: result.map };
    },
  };
}
