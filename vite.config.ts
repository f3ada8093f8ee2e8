// Library build, two passes (`npm run build` runs both, then tsc for the declarations in dist/types):
//
//   vite build                 dist/index.js, dist/element.js, dist/define.js (+ dist/react.js once
//                              src/react/index.ts exists): ES modules for npm users, lit / lit/* / @lit/*
//                              (and react, vue) left as imports, except @lit/react, which is bundled into
//                              dist/react.js. Shared code goes to dist/chunks/, code that is only reached through a
//                              dynamic import() (other languages, ...) to dist/lazy/.
//                              No chunk imports an entry (scripts/check-dist.js checks): what entries share is
//                              a chunk of its own.
//   vite build --mode bundle   dist/b24-attached-vote.bundle.js: ONE self-contained ES module with lit and
//                              everything else inside (all languages, features and transports: our own
//                              import() calls become static imports), for a CDN or CMS <script type="module">.
//                              It fetches no other script, so it works renamed, from any folder, with any query
//                              string. It takes lit's server-safe builds (the `node` export condition; they guard
//                              every DOM access and differ from the browser builds by a few bytes) so that
//                              importing it under Node does not throw (scripts/check-node-import.js).
//
// Both stamp package.json's version into src/version.ts (two copies on a page compare it). Both are minified
// with sourcemaps, the static text of lit's html`` and css`` templates too (see
// scripts/minify-templates.js), and internal member names too (scripts/build/mangle-members.js). The first pass empties dist/, the second adds to it.
// `npm run build` then runs terser over every shipped file (scripts/build/terser-pass.js): a second minifier pass.
// The demo has its own config (demo/vite.config.ts); this one is for the library only.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, normalizePath, type Plugin } from 'vite';
import { mangleMembers } from './scripts/build/mangle-members.js';
import { minifyTemplates } from './scripts/minify-templates.js';

/** The package root: paths below are relative to it, wherever vite is started from. */
const root = fileURLToPath(new URL('.', import.meta.url));

/** package.json's version, stamped into the build (src/version.ts). */
const packageVersion = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;

/** Imports that stay imports in the npm build: runtime dependencies and framework wrappers' peers. */
const external = /^(?:lit|lit-html|lit-element|react|react-dom|vue)(?:\/|$)|^@lit(?:-labs)?\//;
/** Bundled into dist/react.js although it matches `external`: @lit/react is no dependency of the package (its
 *  public types are the package's own), so React users install nothing but React. */
const bundledInReact = /^@lit\/react(?:\/|$)/;

/** The package's own TypeScript sources (what the two plugins below rewrite; never a dependency). */
const sourceDir = normalizePath(`${root}src/`);
const isSource = (id: string): boolean => id.startsWith(sourceDir) && id.endsWith('.ts');

/** The JS minifier leaves template text as written; this minifies lit's templates in the TS sources ('pre':
 *  before the TS is compiled, while source maps still point at the real source). */
function litTemplates(): Plugin {
  return {
    name: 'b24-minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      return isSource(id) ? minifyTemplates(code, id) : null;
    },
  };
}

/**
 * The CDN file holds every chunk anyway: our own `import('./x.js')` become static imports there, so that the
 * bundler has no module to initialise lazily (it would wrap each such module, and everything it imports, lit
 * included, in an init function: bytes, and a call per module at startup). The module is still handed over
 * through a promise, as an import() would.
 */
function staticImportsInBundle(): Plugin {
  return {
    name: 'b24-static-imports-in-bundle',
    enforce: 'pre',
    transform(code, id) {
      if (!isSource(id) || !code.includes('import(')) return null;
      const imports: string[] = [];
      const out = code.replace(/(?<!typeof\s+)(?<![\w$.])import\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_m, _q, path: string) => {
        const name = `__b24_static_${imports.length}`;
        imports.push(`import * as ${name} from '${path}';`);
        return `Promise.resolve(${name})`;
      });
      // Appended (imports are hoisted): every line keeps its number, so the source map stays right.
      return imports.length === 0 ? null : { code: `${out}\n${imports.join('\n')}\n`, map: null };
    },
  };
}

/** Code-split chunks: lazy ones (reached only through import()) apart from shared static ones. */
function chunkFileNames(dir: { shared: string; lazy: string }) {
  return (chunk: { isDynamicEntry: boolean }) =>
    `${chunk.isDynamicEntry ? dir.lazy : dir.shared}/[name]-[hash].js`;
}

//   vite build --mode composer-bundle
//                              dist/b24-vote-composer.bundle.js: the same for the composer, which also registers
//                              the voter (one file per pass: a self-contained file cannot share chunks).
export default defineConfig(({ mode }) => {
  const bundle = mode === 'bundle' || mode === 'composer-bundle';

  const entries: Record<string, string> = mode === 'composer-bundle'
    ? { 'b24-vote-composer.bundle': 'src/composer-bundle.ts' }
    : bundle
      ? { 'b24-attached-vote.bundle': 'src/index.ts' }
      : { index: 'src/index.ts', element: 'src/element.ts', define: 'src/define.ts', composer: 'src/composer.ts' };
  if (!bundle && existsSync(`${root}src/react/index.ts`)) entries.react = 'src/react/index.ts';

  return {
    root,
    // Nothing from public/ belongs in the package.
    publicDir: false,
    plugins: bundle
      ? [litTemplates(), staticImportsInBundle(), mangleMembers(root, isSource)]
      : [litTemplates(), mangleMembers(root, isSource)],
    define: { __B24_ATTACHED_VOTE_VERSION__: JSON.stringify(packageVersion) },
    // The bundle: lit's server-safe builds, with their DOM shim replaced by an empty stand-in (see that file).
    resolve: bundle
      ? {
          conditions: ['node', 'module', 'import', 'production', 'default'],
          alias: { '@lit-labs/ssr-dom-shim': `${root}scripts/build/no-dom-shim.js` },
        }
      : {},
    build: {
      outDir: 'dist',
      emptyOutDir: !bundle,
      target: 'es2022',
      sourcemap: true,
      minify: true,
      copyPublicDir: false,
      reportCompressedSize: true,
      lib: {
        entry: entries,
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rolldownOptions: {
        // Entries may export more than their source does: element.js then holds the element's code itself and
        // define.js / index.js import it, instead of all three being facades of one shared chunk.
        preserveEntrySignatures: 'allow-extension',
        external: bundle ? [] : (id: string) => external.test(id) && !bundledInReact.test(id),
        output: {
          // Vite leaves whitespace in ES library output unless the output itself asks for minification.
          minify: true,
          // Lit's and @lit/react's license notices (BSD-3-Clause) stay with the code that is bundled in.
          comments: { legal: true, annotation: false, jsdoc: false },
          ...(bundle
            ? { codeSplitting: false }
            : { chunkFileNames: chunkFileNames({ shared: 'chunks', lazy: 'lazy' }) }),
        },
      },
    },
  };
});
