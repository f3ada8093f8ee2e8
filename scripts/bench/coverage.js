// What of the CDN file ran before the element's first fetch(): V8 precise coverage (function granularity, call
// counts) taken in the instant the page calls fetch. The probe below wraps window.fetch and runs a `debugger`
// statement on the first call; the page stays paused while the coverage is read, so nothing after the call
// counts. Bytes are attributed to their source files through the bundle's source map (ours: src/; lit: the rest).
// A diagnostic: it can be gamed by moving work after the request, so it is no goal on its own.
/* global window */
import { readFileSync } from 'node:fs';

const STEP_TIMEOUT_MS = 15000;

/** Runs in the page (evaluateOnNewDocument): pauses on the first fetch() call, before it goes out. */
export function pauseOnFirstFetch() {
  const send = window.fetch;
  let first = true;
  window.fetch = function pausedFetch(...args) {
    if (first) {
      first = false;
      // eslint-disable-next-line no-debugger -- the bench reads the coverage while the page is paused here
      debugger;
    }
    return send.apply(this, args);
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's mappings as [generated line, generated column, source index] points, in generated order. */
function decodeMappings(mappings) {
  const points = [];
  let source = 0;
  let sourceLine = 0;
  mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        sourceLine += fields[2]; // fields[3] (the column) and fields[4] (the name) are not needed here
        points.push([lineIndex, column, source, sourceLine]);
      } else {
        points.push([lineIndex, column, -1, -1]);
      }
    }
  });
  return points;
}

/**
 * For every character of `code`, the index of the source it came from (-1: none) and its line there (0-based),
 * from the source map.
 */
function sourceOfEachChar(code, map) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const owner = new Int32Array(code.length).fill(-1);
  const line = new Int32Array(code.length).fill(-1);
  const points = decodeMappings(map.mappings).map(([l, column, source, sourceLine]) => [lineStarts[l] + column, source, sourceLine]);
  points.forEach(([offset, source, sourceLine], i) => {
    const end = Math.max(offset, i + 1 < points.length ? points[i + 1][0] : code.length);
    owner.fill(source, offset, end);
    line.fill(sourceLine, offset, end);
  });
  return { owner, line };
}

/**
 * Which characters of the script's functions ran: each function's range painted with its count, outer ranges
 * first, so an inner function that never ran leaves its text unexecuted inside an outer one that did. The module's
 * top level (the range of the whole script) is left out: it always runs once, and it is mostly data.
 */
function executedChars(length, functions) {
  const ranges = functions.flatMap((f) => f.ranges)
    .filter((r) => !(r.startOffset === 0 && r.endOffset >= length))
    .sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  const count = new Uint8Array(length);
  for (const r of ranges) count.fill(r.count > 0 ? 1 : 0, r.startOffset, r.endOffset);
  return count;
}

/** The short name of a source map entry: `src/x/y.ts`, or the package (`lit-html`) for a dependency. */
function sourceName(path) {
  const dep = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (dep) return dep[1];
  const own = path.match(/(?:^|\/)(src\/.+)$/);
  return own ? own[1] : path.replace(/^(\.\.\/)+/, '');
}

/**
 * Summarises a coverage result for `scriptUrl`: functions that ran, bytes that ran, and both per source file.
 * `code` and `map`: the script's text and its source map (JSON).
 */
export function summariseCoverage(result, scriptUrl, code, map) {
  const script = result.find((s) => s.url.split('?')[0] === scriptUrl);
  if (!script) return null;
  const executed = executedChars(code.length, script.functions);
  const { owner, line } = sourceOfEachChar(code, map);
  const names = map.sources.map(sourceName);
  const files = new Map();
  const entry = (name) => {
    if (!files.has(name)) files.set(name, { name, own: name.startsWith('src/'), functions: 0, bytes: 0 });
    return files.get(name);
  };
  let bytes = 0;
  for (let i = 0; i < code.length; i++) {
    if (!executed[i]) continue;
    bytes++;
    entry(owner[i] >= 0 ? names[owner[i]] : '(unmapped)').bytes++;
  }
  let functions = 0;
  const ran = [];
  for (const f of script.functions) {
    const [outer] = f.ranges;
    if (!outer || outer.count === 0 || (outer.startOffset === 0 && outer.endOffset >= code.length)) continue;
    functions++;
    const at = owner[outer.startOffset];
    entry(at >= 0 ? names[at] : '(unmapped)').functions++;
    ran.push({ at: at >= 0 ? `${names[at]}:${line[outer.startOffset] + 1}` : '(unmapped)', bytes: outer.endOffset - outer.startOffset, count: outer.count });
  }
  const list = [...files.values()].filter((f) => f.bytes > 0).sort((a, b) => b.bytes - a.bytes);
  const own = list.filter((f) => f.own);
  return {
    functions,
    bytes,
    ownFunctions: own.reduce((n, f) => n + f.functions, 0),
    ownBytes: own.reduce((n, f) => n + f.bytes, 0),
    files: list,
    ran,
  };
}

/**
 * One element page load in a fresh context of `browser` with `setup(cdp)` applied (throttling), paused on its
 * first fetch() while the coverage is read. Returns the summary for `bundlePath` (served at `pageUrl`'s origin).
 */
export async function coverageBeforeFetch({ browser, pageUrl, bundleFile, bundlePath, setup }) {
  const code = readFileSync(bundleFile, 'utf8');
  const map = JSON.parse(readFileSync(`${bundleFile}.map`, 'utf8'));
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await setup(cdp);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await cdp.send('Debugger.enable');
    let timer;
    const taken = new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error('coverage: the page made no fetch() call')), STEP_TIMEOUT_MS);
      cdp.on('Debugger.paused', async () => {
        try {
          const { result } = await cdp.send('Profiler.takePreciseCoverage');
          resolve(result);
        } catch (error) {
          reject(error);
        } finally {
          await cdp.send('Debugger.resume').catch(() => undefined);
        }
      });
    });
    await page.evaluateOnNewDocument(pauseOnFirstFetch);
    await page.goto(pageUrl, { waitUntil: 'domcontentloaded', timeout: STEP_TIMEOUT_MS }).catch(() => undefined);
    const result = await taken.finally(() => clearTimeout(timer));
    const origin = new URL(pageUrl).origin;
    return summariseCoverage(result, `${origin}${bundlePath}`, code, map);
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** The coverage line of the report, and the files of ours that ran, largest first. */
export function coverageLines(summary, top = 12) {
  if (!summary) return ['  code that ran before the first fetch(): not measured (no coverage of the CDN file)'];
  const kbs = (n) => `${(n / 1024).toFixed(1)} kB`;
  const lines = [`  code that ran before the first fetch() (V8 precise coverage, paused in the call): ${summary.functions} functions, `
    + `${kbs(summary.bytes)} of the CDN file's function bodies (ours: ${summary.ownFunctions} functions, ${kbs(summary.ownBytes)}), `
    + 'besides the module\'s top level'];
  const own = summary.files.filter((f) => f.own).slice(0, top)
    .map((f) => `${f.name.replace(/^src\//, '')} ${f.functions}/${(f.bytes / 1024).toFixed(1)}`);
  lines.push(`    ours by file (functions/kB): ${own.join(', ')}`);
  const deps = summary.files.filter((f) => !f.own).map((f) => `${f.name} ${f.functions}/${(f.bytes / 1024).toFixed(1)}`);
  lines.push(`    dependencies (functions/kB): ${deps.join(', ')}`);
  return lines;
}
