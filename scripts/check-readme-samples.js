// `npm test` (host-types step): every ts, tsx, js, vue and svelte sample of README.md type-checks as pasted, against
// the package's sources (`b24-attached-vote` and its subpaths mapped to src/, as an installed package maps them to
// dist/types): tsc for ts/tsx and js (checkJs), vue-tsc for vue, svelte-check for svelte. The html samples are loaded
// in browsers by test/hosts/readme-html.test.ts.
//
// Each sample is its own module in .cache/readme-samples/ (inside the repository, so that node_modules resolves).
// The one fixture: the CMS recipe imports `./b24-attached-vote.bundle.js` (the CDN file copied beside it), which is
// given the package's types by a one-line declaration file.
//
// A block with `<!-- fixture: path -->` on the line above its fence (the server-rendering recipes) is a verbatim
// quote of that file of the repository, in any language: it must equal the file, and it is not type-checked here,
// since it needs its framework's generated types (Nuxt's auto-imports, Astro components). `npm run test:ssr` builds
// and runs those files as real apps (and `next build` type-checks the Next.js one).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeBlocks } from './readme-samples.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, '.cache/readme-samples');
const extension = { ts: 'ts', tsx: 'tsx', js: 'js', vue: 'vue', svelte: 'svelte' };
const allBlocks = codeBlocks(readFileSync(join(root, 'README.md'), 'utf8'));
const blocks = allBlocks.filter((block) => extension[block.lang] && !block.fixture);

/** Each quoted fixture must match its file exactly; returns the number that do not. */
function checkFixtureQuotes() {
  let bad = 0;
  for (const block of allBlocks.filter((b) => b.fixture)) {
    const file = join(root, block.fixture);
    const text = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (text === block.code) continue;
    bad++;
    console.error(text === null
      ? `README.md:${block.line}: the fixture ${block.fixture} does not exist`
      : `README.md:${block.line}: the block differs from ${block.fixture} (copy the file into the README as it is)`);
  }
  return bad;
}

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const names = blocks.map((block) => {
  const name = `line-${block.line}.${extension[block.lang]}`;
  writeFileSync(join(dir, name), block.code);
  return { ...block, name };
});
const paths = {
  'b24-attached-vote': ['../../src/index.ts'],
  'b24-attached-vote/react': ['../../src/react/index.ts'],
  'b24-attached-vote/bundle': ['../../src/index.ts'],
  'b24-attached-vote/*': ['../../src/*.ts'],
};
const compilerOptions = {
  target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  strict: true, noEmit: true, skipLibCheck: true, jsx: 'react-jsx', allowJs: true, checkJs: true,
  experimentalDecorators: true, useDefineForClassFields: false, types: [], baseUrl: '.', paths,
};
writeFileSync(join(dir, 'b24-attached-vote.bundle.d.ts'), "export * from 'b24-attached-vote';\n");
writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts', '*.tsx', '*.js'] }, null, 2));
writeFileSync(join(dir, 'vue-env.d.ts'), "import type {} from 'b24-attached-vote/vue';\n");
writeFileSync(join(dir, 'tsconfig.vue.json'), JSON.stringify({
  compilerOptions, files: ['vue-env.d.ts'], include: ['*.vue'], vueCompilerOptions: { strictTemplates: true },
}, null, 2));
writeFileSync(join(dir, 'svelte-env.d.ts'), "import type {} from 'b24-attached-vote/svelte';\n");
writeFileSync(join(dir, 'tsconfig.svelte.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, jsx: 'preserve' }, files: ['svelte-env.d.ts'], include: ['*.svelte'] }, null, 2));
writeFileSync(join(dir, 'svelte.config.js'), 'export default {};\n');

const bin = (name, command) => {
  const pkgDir = join(root, 'node_modules', name);
  const { bin: bins } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  return join(pkgDir, typeof bins === 'string' ? bins : bins[command]);
};
const has = (lang) => names.some((block) => block.lang === lang);
const checks = [
  { name: 'ts, tsx, js (tsc, checkJs)', when: has('ts') || has('tsx') || has('js'), args: [bin('typescript', 'tsc'), '-p', 'tsconfig.json'] },
  { name: 'vue (vue-tsc)', when: has('vue'), args: [bin('vue-tsc', 'vue-tsc'), '-p', 'tsconfig.vue.json'] },
  { name: 'svelte (svelte-check)', when: has('svelte'), args: [bin('svelte-check', 'svelte-check'), '--workspace', '.', '--tsconfig', './tsconfig.svelte.json', '--fail-on-warnings'] },
];
const quoted = allBlocks.filter((b) => b.fixture).length;
let failed = checkFixtureQuotes();
if (quoted) console.log(`${failed ? 'FAIL' : 'ok  '} README samples: ${quoted} quoted from test fixtures, as in the files`);
for (const check of checks.filter((c) => c.when)) {
  const result = spawnSync(process.execPath, check.args, { cwd: dir, encoding: 'utf8' });
  const ok = result.status === 0;
  if (!ok) {
    failed++;
    // File names say where the sample is: line-N is the README line of its opening fence.
    console.error(`${result.stdout}${result.stderr}`.trim());
  }
  console.log(`${ok ? 'ok  ' : 'FAIL'} README samples: ${check.name}`);
}
// Leave nothing behind for eslint or tsc of the repository to trip over (--keep to look at the files).
if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
console.log(`README: ${names.length} samples (${[...new Set(names.map((b) => b.lang))].join(', ')}) checked.`);
process.exitCode = failed ? 1 : 0;
