// Web Test Runner additions for the host tests (test/hosts/*.test.ts), wired in web-test-runner.config.js:
//
// hostsPlugin()      bare imports the browser can't load as they are published:
//                      react, react-dom, react-dom/client  -> ES module facades over one esbuild bundle of React
//                                                            (React ships CommonJS only), built on first use;
//                      vue                                 -> vue/dist/vue.esm-browser.js (with the template compiler);
//                    and the npm build under fresh URLs (its bare `lit` imports resolved like any served module):
//                      GET  /__test/npm/fresh/ID/dist/*    the built dist/ under a URL no page has loaded yet
// hostsMiddleware    /__test/cms/...: a plain CMS page under a strict Content-Security-Policy, no bundler:
//                      GET  /__test/cms/page.html?run=ID   two polls, one <script type="module"> for the bundle
//                      GET  /__test/cms/twice.html?run=ID  the bundle from two URLs (two copies) and once more
//                      GET  /__test/cms/twice-versions.html?run=ID  two copies of different versions
//                      GET  /__test/cms/renamed.html?run=ID  the bundle renamed, in another folder, with a query
//                      GET  /__test/cms/page-oauth.html?run=ID  the OAuth recipe: one external script, no secret
//                      GET  /__test/cms/violation.html?run=ID  an inline style: proves CSP reports arrive
//                      GET  /__test/cms/assets/*           fixtures (page.css, polls.js, harness.js)
//                      GET  /__test/cms/token              a stand-in backend's OAuth token (user 14)
//                      GET  /__test/cms/dist/*, /__test/cms/copy/dist/*   the built dist/ (two URLs, two copies)
//                      GET  /__test/cms/other-version/dist/b24-attached-vote.bundle.js   the bundle with another
//                                                          version stamp (each stamp literal replaced; 500 if none)
//                      GET  /__test/cms/as/ANY/PATH.js     the bundle under any name and folder
//                      GET  /__test/cms/bundle-status      { ok, message } (is dist/ built?)
//                      POST /__test/cms/csp-report?run=ID  CSP violation reports (report-uri)
//                      GET  /__test/cms/csp-reports?run=ID the reports received for a run
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
const dist = join(root, 'dist');
const bundleFile = join(dist, 'b24-attached-vote.bundle.js');
const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------------------------
// React and Vue as browser ES modules

const esmBase = '/__test/esm/';
const facades = {
  react: { file: 'react.js', global: 'React' },
  'react-dom': { file: 'react-dom.js', global: 'ReactDOM' },
  'react-dom/client': { file: 'react-dom-client.js', global: 'ReactDOMClient' },
};

let vendor;
/** One ES module holding React, ReactDOM and ReactDOM/client (development builds), so they share one React. */
function buildVendor() {
  vendor ??= import('esbuild').then(async ({ build }) => {
    const result = await build({
      stdin: {
        contents: Object.entries(facades).map(([id, { global }]) => `export * as ${global} from '${id}';`).join('\n'),
        resolveDir: root,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  });
  return vendor;
}

const exportNames = new Map();
/**
 * The named exports of a CommonJS module, read in a child Node process: loading React in this process would let it
 * call console methods that the runner's console proxy does not have.
 */
function namesOf(id) {
  if (!exportNames.has(id)) {
    const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(id)}))))`;
    const names = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
    exportNames.set(id, names.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default'));
  }
  return exportNames.get(id);
}

/** `export const { a, b } = React;`: the named exports Node sees in the CommonJS module. */
function facade(id, global) {
  const names = namesOf(id);
  return [
    `import { ${global} as ns } from './vendor.js';`,
    `const mod = ns.default ?? ns;`,
    'export default mod;',
    `export const { ${names.join(', ')} } = mod;`,
  ].join('\n');
}

export function hostsPlugin() {
  return {
    name: 'b24-hosts',
    resolveImport({ source }) {
      if (source in facades) return `${esmBase}${facades[source].file}`;
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      return undefined;
    },
    async serve(context) {
      const fresh = /^\/__test\/npm\/fresh\/[\w-]+\/dist\/(.+\.js)$/.exec(context.path);
      if (fresh) {
        const file = normalize(join(dist, fresh[1]));
        if (!file.startsWith(dist + sep) || !existsSync(file)) return undefined;
        return { body: readFileSync(file, 'utf8'), type: 'js' };
      }
      if (!context.path.startsWith(esmBase)) return undefined;
      const file = context.path.slice(esmBase.length);
      if (file === 'vendor.js') return { body: await buildVendor(), type: 'js' };
      const entry = Object.entries(facades).find(([, f]) => f.file === file);
      return entry ? { body: facade(entry[0], entry[1].global), type: 'js' } : undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The CMS page

const cmsBase = '/__test/cms/';
const reports = new Map();

function bundleStatus() {
  if (!existsSync(bundleFile)) {
    return {
      ok: false,
      message: `${bundleFile} is missing: these tests load the built bundle. Run \`npm run build\` first (\`npm test\` builds before the browser tests).`,
    };
  }
  return { ok: true, message: `built ${statSync(bundleFile).mtime.toISOString()}` };
}

/** Content-Security-Policy of the fixture pages: nothing inline, nothing from elsewhere. */
function csp(run) {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    `report-uri ${cmsBase}csp-report?run=${encodeURIComponent(run)}`,
  ].join('; ');
}

const types = { '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css', '.html': 'text/html' };

function page(ctx, name) {
  if (!existsSync(join(fixtures, name))) {
    ctx.status = 404;
    return;
  }
  const run = String(ctx.query.run ?? 'default');
  const webhookUrl = `${ctx.protocol}://${ctx.host}/rest/${Number(ctx.query.user ?? 12)}/demo/`;
  const html = readFileSync(join(fixtures, name), 'utf8').replaceAll('{{webhookUrl}}', webhookUrl);
  ctx.set('Content-Security-Policy', csp(run));
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = html;
}

/** A file of dist/ (or of the fixtures), refusing anything outside. */
function serveFile(ctx, base, relative) {
  const file = normalize(join(base, relative));
  if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
    ctx.status = 404;
    ctx.body = `not found: ${relative}${base === dist && !existsSync(bundleFile) ? ` (${bundleStatus().message})` : ''}`;
    return;
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.type = types[extname(file)] ?? 'application/octet-stream';
  ctx.body = readFileSync(file);
}

/**
 * The bundle as a copy of another release: every string literal holding this version (the minifier may inline the
 * stamp more than once) says `<version>-other`. Fails loudly when there is none, so the test can't pass vacuously.
 */
function otherVersion(ctx) {
  if (!existsSync(bundleFile)) {
    ctx.status = 404;
    ctx.body = bundleStatus().message;
    return;
  }
  const escaped = packageVersion.replaceAll('.', '\\.');
  let count = 0;
  const text = readFileSync(bundleFile, 'utf8').replace(new RegExp(`(["'\`])${escaped}\\1`, 'g'), (_, quote) => {
    count++;
    return `${quote}${packageVersion}-other${quote}`;
  });
  if (count === 0) {
    ctx.status = 500;
    ctx.body = `no version stamp "${packageVersion}" found in ${bundleFile}`;
    return;
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/javascript';
  ctx.body = text;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function hostsMiddleware(ctx, next) {
  if (!ctx.path.startsWith(cmsBase)) return next();
  const rest = ctx.path.slice(cmsBase.length);
  const run = String(ctx.query.run ?? 'default');
  if (rest === 'bundle-status') {
    ctx.body = bundleStatus();
  } else if (rest === 'csp-report' && ctx.method === 'POST') {
    const text = await readBody(ctx.req);
    let report;
    try {
      report = JSON.parse(text);
    } catch {
      report = { raw: text };
    }
    reports.set(run, [...(reports.get(run) ?? []), report['csp-report'] ?? report]);
    ctx.status = 204;
  } else if (rest === 'token') {
    // Stands in for a site's backend that hands out the signed-in user's OAuth access token (user 14).
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { access_token: 'token-14', expires_in: 3600 };
  } else if (rest === 'csp-reports') {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { reports: reports.get(run) ?? [] };
  } else if (/^[\w-]+\.html$/.test(rest)) {
    page(ctx, rest);
  } else if (rest.startsWith('dist/')) {
    serveFile(ctx, dist, rest.slice('dist/'.length));
  } else if (rest.startsWith('copy/dist/')) {
    serveFile(ctx, dist, rest.slice('copy/dist/'.length));
  } else if (rest === 'other-version/dist/b24-attached-vote.bundle.js') {
    otherVersion(ctx);
  } else if (/^as\/[\w./-]+\.js$/.test(rest) && !rest.includes('..')) {
    serveFile(ctx, dist, 'b24-attached-vote.bundle.js');
  } else if (rest.startsWith('assets/')) {
    serveFile(ctx, fixtures, rest.slice('assets/'.length));
  } else {
    ctx.status = 404;
  }
}
