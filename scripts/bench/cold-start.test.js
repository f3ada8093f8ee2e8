// The cold-start bench's own logic, without a browser: the chain read from resource timing, the README embed it
// loads, and the floor padded to the CDN file's gzip size.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { maskedPath, requestChain, shortName } from './chain.js';
import { GZIP_LEVEL, elementPage, floorPage, floorScripts, readmeSnippet } from './cold-pages.js';
import { spread } from './cold-report.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const rest = (method) => `http://127.0.0.2:9/rest/5000/demo/${method}`;

test('a chain of page, bundle, two chunks in series and a preflighted call is 6 deep', () => {
  const timings = [
    { name: 'http://127.0.0.1:8/element.html', type: 'navigation', start: 0, end: 280 },
    { name: 'http://127.0.0.1:8/dist/b.bundle.js', type: 'script', start: 330, end: 690 },
    { name: 'http://127.0.0.1:8/dist/bundle/fetch-transport-x.js', type: 'script', start: 760, end: 940 },
    { name: 'http://127.0.0.1:8/dist/bundle/secrets-y.js', type: 'script', start: 950, end: 1170 },
    { name: rest('vote.AttachedVote.get'), type: 'fetch', start: 1180, end: 1480 },
    { name: 'http://127.0.0.1:8/dist/bundle/de-z.js', type: 'script', start: 1600, end: 1700 },
  ];
  const chain = requestChain(timings, 1500, ['/rest/5000/***/vote.AttachedVote.get']);
  assert.equal(chain.depth, 6);
  assert.deepEqual(chain.links, ['page', 'b.bundle.js', 'fetch-transport-x.js', 'secrets-y.js', 'preflight', 'vote.AttachedVote.get']);
  assert.equal(chain.rows.at(-1).after, true, 'a request that ended after "visible" is marked');
});

test('requests in parallel do not deepen the chain, and a script loaded while the page streams still follows it', () => {
  const timings = [
    { name: 'http://127.0.0.1:8/floor.html', type: 'navigation', start: 0, end: 300 },
    { name: 'http://127.0.0.1:8/floor.js', type: 'script', start: 200, end: 500 }, // found by the preload scanner
    { name: 'http://127.0.0.1:8/dist/a.js', type: 'script', start: 510, end: 700 },
    { name: 'http://127.0.0.1:8/dist/b.js', type: 'script', start: 515, end: 720 },
    { name: rest('vote.AttachedVote.get'), type: 'fetch', start: 520, end: 800 },
  ];
  const chain = requestChain(timings, 900);
  assert.equal(chain.depth, 3);
  assert.deepEqual(chain.links, ['page', 'floor.js', 'vote.AttachedVote.get']);
});

test('the emulator\'s masked paths and the short names', () => {
  assert.equal(maskedPath(rest('vote.AttachedVote.get')), '/rest/5000/***/vote.AttachedVote.get');
  assert.equal(shortName(`${rest('batch')}.json`, 'fetch'), 'batch');
  assert.equal(shortName('http://h/dist/x.js', 'script'), 'x.js');
  assert.equal(shortName('http://h/p.html', 'navigation'), 'page');
});

test('the element page is the README embed with only the two URLs replaced', () => {
  const snippet = readmeSnippet(root);
  const html = elementPage(snippet, { bundlePath: '/dist/b24-attached-vote.bundle.js', webhook: 'http://127.0.0.2:9/rest/5000/demo/' });
  assert.ok(html.includes(snippet.scriptLine.replace(snippet.cdnUrl, '/dist/b24-attached-vote.bundle.js')));
  assert.match(snippet.styleLine, /^<style>b24-attached-vote:not\(:defined\)\{.*min-height/);
  assert.ok(html.includes(`${snippet.styleLine}\n<script`));
  assert.ok(html.includes(snippet.tagLine.replace(snippet.webhookUrl, 'http://127.0.0.2:9/rest/5000/demo/')));
  assert.ok(!html.includes(snippet.cdnUrl) && !html.includes(snippet.webhookUrl));
  assert.match(html, /<\/b24-attached-vote>\s*<p>Text below the poll/);
  assert.match(floorPage({ scriptPath: '/floor.js', webhook: 'w/', attachId: 1 }), /<div id="poll"[^>]*><\/div>\s*<p>Text below the poll/);
});

test('the padded floor has the gzip size asked for, give or take 0.5 %', () => {
  const target = 26000;
  const floors = floorScripts(root, target);
  const size = gzipSync(floors.padded, { level: GZIP_LEVEL }).length;
  assert.ok(Math.abs(size - target) <= 130, `${size} B`);
  assert.ok(floors.padded.startsWith(floors.plain));
  assert.ok(floors.plainGzip < 3000);
});

test('spread: median (lower middle), min and max', () => {
  assert.deepEqual(spread([5, 1, 3]), { median: 3, min: 1, max: 5, n: 3 });
  assert.equal(spread([4, 1, 3, 2]).median, 2);
});
