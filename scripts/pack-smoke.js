// `npm run pack:smoke`: the published package, as a user gets it.
//
//   1. npm run build (unless --skip-build), then `npm pack` into a temporary folder; prints the files it ships.
//   2. An empty project there installs the tarball (plus React, Vue and @types/react at this repo's versions,
//      from npm's cache when it has them: --prefer-offline).
//   3. Node imports every JS entry of the installed package (scripts/check-node-import.js): nothing throws or logs.
//      tsc (this repo's) type-checks a small TS/TSX file against the package's public types, three times: with
//      moduleResolution "bundler", "nodenext" and "node10" (typesVersions); every entry: the root, /element,
//      /react, /jsx, /vue, /svelte, /bundle. Then two more projects, each with one framework only and
//      skipLibCheck off: /vue with Vue alone, /svelte with Svelte alone (each framework's types stand alone).
//   4. Vite (this repo's, through its JS API, root = that project) bundles two pages: one imports only the package
//      root, the other only the React entry. A tree-shaking bundler keeps the root's registration only because
//      `sideEffects` names dist/index.js (with `false` it is dropped and that page's poll never appears).
//   5. Chromium (puppeteer-core, no download) opens each page against the portal emulator on its own port (so
//      the requests are cross-origin, as with a real portal): a bare tag with a `transport` property, then
//      <AttachedVote>; it votes in both by clicking. Any page error or console warning fails the run.
//   6. The package's command: `npx b24-attached-vote portal` in the project starts the emulator from the installed
//      tarball; it must print its webhook URL and a poll to try. The README's first example and each of its
//      framework samples (React, React 19 without the wrapper, Vue 3, Svelte 5, Angular; scripts/support/
//      readme-pages.js), bundled by Vite as pasted (only the portal's port differs), vote in Chromium against it.
//   7. Prints the gzip size the React entry adds on top of the package root.
//
// Options: --skip-build (use dist/ as it is: `npm test` runs this after its build step), --keep (leave the
// temporary folder for a look). Exit code 0 when everything passed.
/* global document, window, customElements -- used in functions that puppeteer runs in the page */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browsers.js';
import { packTarball } from './support/pack-tarball.js';
import { readmePages, sveltePlugin } from './support/readme-pages.js';
import { serveStatic } from './support/static-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const started = Date.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const rootRequire = createRequire(join(root, 'package.json'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const step = (text) => console.log(`\n▶ ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
  return result;
}

/** The installed version of one of this repo's devDependencies (so that npm's cache has it). */
const versionOf = (name) => JSON.parse(readFileSync(rootRequire.resolve(`${name}/package.json`), 'utf8')).version;

// ---------------------------------------------------------------------------------------------------------------
// The user's project

const page = (script) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>pack smoke</title><link rel="icon" href="data:,"></head>
<body><script type="module" src="${script}"></script></body>
</html>
`;

const appFiles = {
  'package.json': `${JSON.stringify({ name: 'pack-smoke-app', private: true, type: 'module' }, null, 2)}\n`,
  'tsconfig.json': `${JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: true, types: [], verbatimModuleSyntax: true,
      noUnusedLocals: true,
    },
    include: ['src'],
    exclude: ['src/readme'], // the README's samples: type-checked by scripts/check-readme-samples.js
  }, null, 2)}\n`,
  'tsconfig.nodenext.json': `${JSON.stringify({
    extends: './tsconfig.json',
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  }, null, 2)}\n`,
  // node10 ignores `exports`: the subpaths' types come from package.json's typesVersions.
  'tsconfig.node10.json': `${JSON.stringify({
    extends: './tsconfig.json',
    compilerOptions: { module: 'ESNext', moduleResolution: 'node10', ignoreDeprecations: '5.0' },
  }, null, 2)}\n`,
  // Two pages, so that each entry has to keep its own registration: a tree-shaking bundler keeps the root's
  // `defineB24AttachedVote()` only because `sideEffects` names dist/index.js (checked: with `false` it is dropped).
  'index.html': page('/src/plain.ts'),
  'react.html': page('/src/react.ts'),
  'src/smoke.ts': `import type { Ballot } from 'b24-attached-vote';

declare global {
  interface Window {
    smoke: { votes: Ballot[]; loads: number };
  }
}
window.smoke = { votes: [], loads: 0 };
export const webhookUrl = new URLSearchParams(location.search).get('webhook') ?? '';
`,
  // The package root only (a named import, as most code has): the bare tag.
  'src/plain.ts': `import { createFetchTransport } from 'b24-attached-vote';
import { webhookUrl } from './smoke.js';

const plain = document.createElement('b24-attached-vote');
plain.id = 'poll';
plain.setAttribute('attach-id', '1');
plain.transport = createFetchTransport({ webhookUrl });
plain.addEventListener('vote-load', () => window.smoke.loads++);
plain.addEventListener('vote-success', (event) => window.smoke.votes.push(event.detail.ballot));
document.body.append(plain);
`,
  // The React entry only.
  'src/react.ts': `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { AttachedVote } from 'b24-attached-vote/react';
import { webhookUrl } from './smoke.js';

const mount = document.createElement('div');
document.body.append(mount);
createRoot(mount).render(createElement(AttachedVote, {
  id: 'poll',
  attachId: 2,
  webhookUrl,
  onVoteLoad: () => window.smoke.loads++,
  onVoteSuccess: (event) => window.smoke.votes.push(event.detail.ballot),
}));
`,
  // Type-checked only: every public entry, as a user writes it.
  'src/types.tsx': `import type {} from 'b24-attached-vote/jsx';
import type {} from 'b24-attached-vote/vue';
import type {} from 'b24-attached-vote/svelte';
import type { GlobalComponents } from 'vue';
import { useRef } from 'react';
import {
  B24Error, createBx24Transport, createFetchTransport, defineB24AttachedVote, isB24Error, tagName,
  type B24Transport, type Ballot, type Poll, type VoteErrorDetail,
} from 'b24-attached-vote';
import { B24AttachedVote } from 'b24-attached-vote/element';
import { AttachedVote, type AttachedVoteProps } from 'b24-attached-vote/react';
import { B24AttachedVote as BundledClass } from 'b24-attached-vote/bundle';

export const registered: string = tagName;
export function define(): void {
  defineB24AttachedVote();
}
export const transport: B24Transport = createFetchTransport({ restUrl: 'https://example.bitrix24.com/rest/', auth: () => 'token' });
export const bx24 = (): B24Transport => createBx24Transport();
export const same: typeof B24AttachedVote = BundledClass;
export function failed(error: unknown): string {
  return isB24Error(error) ? error.code : error instanceof B24Error ? 'never' : '';
}

export function plainDom(): void {
  const el = document.createElement('b24-attached-vote');
  const typed: B24AttachedVote = el;
  typed.transport = transport;
  el.addEventListener('vote-success', (event) => {
    const ballot: Ballot = event.detail.ballot;
    console.log(ballot, el.poll satisfies Poll | null);
  });
  el.addEventListener('vote-error', (event) => console.log(event.detail satisfies VoteErrorDetail));
}

export function Bare() {
  const ref = useRef<B24AttachedVote>(null);
  return (
    <>
      <b24-attached-vote ref={ref} attach-id="1" transport={transport} onvote-success={(e) => console.log(e.detail.ballot)} />
      <b24-attached-vote attachId={3} transport={transport} />
    </>
  );
}

export function Wrapped(props: AttachedVoteProps) {
  const ref = useRef<B24AttachedVote>(null);
  return (
    <>
      <AttachedVote {...props} ref={ref} attachId={1} transport={transport} onVoteError={(e) => console.log(e.detail.code)} />
      {/* @ts-expect-error: theme is light or dark */}
      <AttachedVote theme="blue" />
    </>
  );
}

type VueProps = InstanceType<GlobalComponents['b24-attached-vote']>['$props'];
export const vueProps: VueProps = {
  attachId: 1,
  transport,
  onVoteSuccess: (event) => console.log(event.detail.ballot),
};
`,
};

/** A project with one framework only and skipLibCheck off: the package's types for it must need nothing else. */
const soloFiles = (entry, usage) => ({
  'package.json': `${JSON.stringify({ name: `pack-smoke-${entry}`, private: true, type: 'module' }, null, 2)}\n`,
  'tsconfig.json': `${JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true, noEmit: true, skipLibCheck: false, types: [],
    },
    include: ['src'],
  }, null, 2)}\n`,
  'src/main.ts': `import type {} from 'b24-attached-vote/${entry}';\nimport { createFetchTransport } from 'b24-attached-vote';\n${usage}\n`,
});

const soloProjects = {
  vue: soloFiles('vue', `import type { GlobalComponents } from 'vue';
type Props = InstanceType<GlobalComponents['b24-attached-vote']>['$props'];
export const props: Props = { attachId: 1, transport: createFetchTransport({ webhookUrl: 'https://example.bitrix24.com/rest/1/x/' }) };`),
  svelte: soloFiles('svelte', `import type { SvelteHTMLElements } from 'svelte/elements';
export const props: SvelteHTMLElements['b24-attached-vote'] = {
  'attach-id': 1,
  transport: createFetchTransport({ webhookUrl: 'https://example.bitrix24.com/rest/1/x/' }),
  'onvote-success': (event) => console.log(event.detail.ballot),
};`),
};

function writeFiles(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function writeApp(dir) {
  for (const [path, text] of Object.entries(appFiles)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function declarationFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? declarationFiles(path) : entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Sizes

/** Static imports of an ES module (relative ones only), resolved to files. */
function staticImports(file) {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'"`()]*?\bfrom\s*)?["'](\.[^"']+)["']/g)].map((m) => m[1]);
  return found.map((spec) => join(dirname(file), spec));
}

function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(entry);
  return seen;
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function reactSizes(packageDir) {
  const reactClosure = closure(join(packageDir, 'dist/react.js'));
  const rootClosure = closure(join(packageDir, 'dist/index.js'));
  const added = [...reactClosure].filter((f) => !rootClosure.has(f));
  const sum = (files) => files.reduce((total, f) => total + gz(f), 0);
  return {
    added: added.map((f) => [relative(packageDir, f), gz(f)]),
    addedGzip: sum(added),
    reactClosureGzip: sum([...reactClosure]),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The README's samples

/** `npx b24-attached-vote portal --port=0` in `dir`; resolves once it has printed its URL, webhook and poll to try. */
function startCommandPortal(dir) {
  const child = spawn(npx, ['--no', 'b24-attached-vote', 'portal', '--port=0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void stop().then(() => reject(new Error(`npx b24-attached-vote portal printed no poll to try within 30 s:\n${output}`))), 30000);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      const webhook = /webhook URL: +(\S+)/.exec(output)?.[1];
      if (!url || !webhook || !output.includes(`<b24-attached-vote attach-id="1" webhook-url="${webhook}">`)) return;
      clearTimeout(timer);
      resolve({ url, output, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npx b24-attached-vote portal exited (${code}):\n${output}`));
    });
  });
}

/** Runs in the page: picks the first answer of the first poll and votes by clicking; resolves to what happened. */
async function voteInFirstPoll() {
  const el = document.querySelector('b24-attached-vote');
  if (el.status !== 'ready') return { failure: `status ${el.status}` };
  const voted = new Promise((resolve) => el.addEventListener('vote-success', (e) => resolve(e.detail.ballot), { once: true }));
  el.shadowRoot.querySelector('label.answer').click();
  await el.updateComplete;
  el.shadowRoot.querySelector('[part~="vote-button"]').click();
  const ballot = await Promise.race([voted, new Promise((resolve) => setTimeout(() => resolve(null), 10000))]);
  return ballot ? { ballot: JSON.stringify(ballot) } : { failure: 'no vote-success within 10 s' };
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'b24-pack-smoke-'));
  const app = join(work, 'app');
  let ok = false;
  const cleanup = [];
  try {
    const { tarball, info } = packTarball(work, { skipBuild: args.has('--skip-build'), step });
    console.log(`${info.filename}: ${info.entryCount} files, ${kb(info.size)} packed, ${kb(info.unpackedSize)} unpacked`);
    for (const file of [...info.files].sort((a, b) => a.path.localeCompare(b.path))) {
      console.log(`  ${file.path.padEnd(52)} ${kb(file.size).padStart(10)}`);
    }

    step('install the tarball into an empty project');
    writeApp(app);
    const extras = [
      'react', 'react-dom', '@types/react', '@types/react-dom', 'vue', 'svelte',
      '@angular/core', '@angular/common', '@angular/compiler', '@angular/platform-browser', 'rxjs',
    ].map((name) => `${name}@${versionOf(name)}`);
    run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, ...extras], { cwd: app });
    const installed = join(app, 'node_modules', pkg.name);
    const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const appRequire = createRequire(join(app, 'package.json'));
    appRequire.resolve(`${pkg.name}/custom-elements.json`); // throws when the export is missing
    if (!installedPkg['web-types']) throw new Error('package.json has no "web-types"');
    for (const file of ['dist/vscode.html-custom-data.json', installedPkg['web-types']]) {
      if (!existsSync(join(installed, file))) throw new Error(`the package lacks ${file}`);
    }
    const license = existsSync(join(installed, 'LICENSE')) ? readFileSync(join(installed, 'LICENSE'), 'utf8') : '';
    if (!/^MIT License\b/.test(license) || !license.includes('Copyright (c) 2026 the b24-attached-vote authors')) {
      throw new Error('the package lacks its LICENSE file (MIT, "Copyright (c) 2026 the b24-attached-vote authors")');
    }
    if (installedPkg.license !== 'MIT') throw new Error(`package.json says license ${installedPkg.license}, the LICENSE file MIT`);
    // The emulator ships as the command only: no module the browser loads may reach it.
    for (const file of readdirSync(join(installed, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.js'))) {
      const code = readFileSync(join(installed, 'dist', String(file)), 'utf8');
      if (/portal\/(?:lib|index|cli)\b|Bitrix24 portal emulator/.test(code)) throw new Error(`dist/${file} contains or imports the portal emulator`);
    }
    const atLit = readdirSync(join(app, 'node_modules', '@lit'));
    if (atLit.includes('react')) throw new Error('@lit/react was installed: it must not be a dependency (it is bundled into dist/react.js)');
    console.log(`installed; dependencies: ${Object.keys(installedPkg.dependencies ?? {}).join(', ')}`);

    step('import every entry under Node');
    run(process.execPath, [join(root, 'scripts/check-node-import.js'), app]);

    step('type-check against the public types (tsc, moduleResolution bundler, nodenext and node10)');
    // skipLibCheck keeps this fast; what it could hide (a declaration importing a package the user may not have,
    // whose types would then silently be any) is checked here, and the @ts-expect-error lines catch any-typed props.
    const allowedInTypes = new Set([...Object.keys(installedPkg.dependencies ?? {}), ...Object.keys(installedPkg.peerDependencies ?? {})]);
    for (const file of declarationFiles(join(installed, 'dist/types'))) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"'.][^"']*)["']/g)) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!allowedInTypes.has(name) && name !== installedPkg.name) throw new Error(`${relative(installed, file)} imports "${spec}", which is neither a dependency nor a peer`);
      }
    }
    const tsc = rootRequire.resolve('typescript/bin/tsc');
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app });
    run(process.execPath, [tsc, '-p', 'tsconfig.nodenext.json'], { cwd: app });
    run(process.execPath, [tsc, '-p', 'tsconfig.node10.json'], { cwd: app });
    for (const [framework, files] of Object.entries(soloProjects)) {
      const dir = join(work, `solo-${framework}`);
      writeFiles(dir, files);
      run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, `${framework}@${versionOf(framework)}`], { cwd: dir });
      const others = ['react', 'vue', 'svelte', '@types/react'].filter((name) => name !== framework && existsSync(join(dir, 'node_modules', name)));
      if (others.length) throw new Error(`the ${framework}-only project has ${others.join(', ')} installed`);
      run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir });
      console.log(`b24-attached-vote/${framework}: types OK with ${framework} alone, skipLibCheck off`);
    }
    console.log('types OK');

    step('start `npx b24-attached-vote portal` in the project (the package\'s command, from the tarball)');
    const command = await startCommandPortal(app);
    cleanup.push(() => command.stop());
    console.log(command.output.trim().split('\n').slice(0, 3).join('\n'));

    step('bundle with Vite (two pages of our own, the README\'s first example and its framework samples)');
    const readme = readmePages(readFileSync(join(root, 'README.md'), 'utf8'), command.url);
    writeFiles(app, readme.files);
    const { build } = await import('vite');
    const { default: vue } = await import('@vitejs/plugin-vue');
    const svelteCompiler = await import(pathToFileURL(createRequire(join(app, 'package.json')).resolve('svelte/compiler')).href);
    const compile = svelteCompiler.compile ?? svelteCompiler.default.compile; // its require() build is CommonJS
    await build({
      root: app,
      configFile: false,
      logLevel: 'warn',
      // As README's vite.config.ts sample for Vue; .svelte files compiled by the project's own Svelte.
      plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('b24-') } } }), sveltePlugin(compile)],
      build: {
        outDir: join(app, 'dist'),
        emptyOutDir: true,
        target: 'es2022',
        reportCompressedSize: false,
        rolldownOptions: {
          input: Object.fromEntries([
            ['plain', join(app, 'index.html')], ['react', join(app, 'react.html')],
            ...readme.pages.map((p) => [p.path.slice(1, -'.html'.length), join(app, p.path)]),
          ]),
        },
      },
    });

    step('render and vote in Chromium against the emulator');
    const { startPortal } = await import('../portal/index.js');
    const portal = await startPortal({ port: 0 });
    cleanup.push(() => portal.close());
    const site = await serveStatic(join(app, 'dist'));
    cleanup.push(() => site.close());
    const browser = await launchChromium();
    cleanup.push(() => browser.close());
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
    });
    const webhook = `${portal.url}/rest/41/demo/`; // users 2..9 have voted in the seeded polls
    if (new URL(webhook).origin === site.url) throw new Error('the pages must reach the portal cross-origin');
    /** Opens a page, waits for its poll, votes by clicking like a user; resolves to what the page saw. */
    const voteOn = async (path, picks) => {
      await page.goto(`${site.url}${path}?webhook=${encodeURIComponent(webhook)}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.getElementById('poll')?.status === 'ready', { timeout: 10000 });
      return page.evaluate(async (indexes) => {
        const el = document.getElementById('poll');
        const labels = [...el.shadowRoot.querySelectorAll('label.answer')];
        for (const index of indexes) labels[index].click();
        await el.updateComplete;
        // Loads before the vote: after it, the element may re-read the poll once for the voters' faces.
        const loadsBeforeVote = window.smoke.loads;
        el.shadowRoot.querySelector('[part~="vote-button"]').click();
        const deadline = Date.now() + 10000;
        while (window.smoke.votes.length < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        return {
          smoke: window.smoke,
          loadsBeforeVote,
          registered: customElements.get('b24-attached-vote') === el.constructor,
        };
      }, picks);
    };
    const results = { 'bare tag (package root)': await voteOn('/', [1]), '<AttachedVote> (b24-attached-vote/react)': await voteOn('/react.html', [0, 2]) };
    for (const [name, seen] of Object.entries(results)) {
      if (seen.smoke.votes.length !== 1 || seen.loadsBeforeVote !== 1) throw new Error(`${name}: did not load and vote once: ${JSON.stringify(seen.smoke)}`);
      if (!seen.registered) throw new Error(`${name}: the element is not the registered class`);
    }
    const logged = (await (await fetch(`${portal.url}/__portal/log`)).json()).requests.filter((r) => r.method === 'vote.attachedvote.vote');
    if (logged.length !== 2) throw new Error(`the emulator saw ${logged.length} votes, expected 2`);
    if (problems.length) throw new Error(`the pages reported problems:\n  ${problems.join('\n  ')}`);
    for (const [name, seen] of Object.entries(results)) console.log(`${name}: voted ${JSON.stringify(seen.smoke.votes[0])}`);
    console.log('no page error or console warning');

    step('the README\'s first example and framework samples vote against `npx b24-attached-vote portal`');
    page.on('dialog', (dialog) => void dialog.accept()); // the React sample asks "Send your vote?"
    for (const sample of readme.pages) {
      problems.length = 0;
      await fetch(`${command.url}/__portal/reset`, { method: 'POST' }); // every sample votes as user 12, first
      await page.goto(`${site.url}${sample.path}`, { waitUntil: 'load' });
      await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('b24-attached-vote')?.status), { timeout: 15000 })
        .catch(() => { throw new Error(`${sample.name}: no poll within 15 s${problems.length ? `: ${problems.join('; ')}` : ''}`); });
      const outcome = await page.evaluate(voteInFirstPoll);
      const sent = (await (await fetch(`${command.url}/__portal/log`)).json()).requests.filter((r) => r.method === 'vote.attachedvote.vote');
      if (outcome.failure || sent.length !== 1 || Number(sent[0].userId) !== 12 || problems.length) {
        throw new Error(`${sample.name}: ${outcome.failure ?? ''} ${sent.length} vote(s) sent${sent[0] ? ` by user ${sent[0].userId}` : ''} ${problems.join('; ')}`);
      }
      console.log(`${sample.name}: voted ${outcome.ballot} as user 12`);
    }

    step('sizes');
    const sizes = reactSizes(installed);
    console.log(`React entry (b24-attached-vote/react, @lit/react inside) adds ${kb(sizes.addedGzip)} gzip on top of the package root:`);
    for (const [file, size] of sizes.added) console.log(`  ${file}: ${kb(size)} gzip`);
    console.log(`(React entry with everything it imports, lit and react excluded: ${kb(sizes.reactClosureGzip)} gzip)`);
    ok = true;
  } finally {
    for (const fn of cleanup.reverse()) {
      try {
        await fn();
      } catch {
        // closing is best effort
      }
    }
    if (args.has('--keep') || !ok) console.log(`\ntemporary folder kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  console.log(`\npack smoke passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(`\npack smoke FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
