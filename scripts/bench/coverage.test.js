// The coverage summary of the cold-start bench, without a browser: which functions ran, how many of their bytes,
// and whose they are by the source map.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summariseCoverage } from './coverage.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source-map VLQ field. */
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest) digit |= 32;
    out += BASE64[digit];
  } while (rest);
  return out;
}

// Two of ours, one of lit's, on one line: `a` ran (and the lit function it calls), `b` never did.
const code = 'function a(){l()}function b(){return 1}function l(){}a();';
const at = (text) => code.indexOf(text);
const map = {
  sources: ['../src/views/a.ts', '../src/views/b.ts', '../node_modules/lit-html/lit-html.js'],
  // Segments: [column delta, source delta, line delta, column delta].
  mappings: [
    [at('function a'), 0, 0, 0],
    [at('function b') - at('function a'), 1, 0, 0],
    [at('function l') - at('function b'), 1, 0, 0],
    [at('a();') - at('function l'), -2, 0, 0],
  ].map((fields) => fields.map(vlq).join('')).join(','),
};
const range = (text, count, end = at(text) + text.length) => ({ startOffset: at(text), endOffset: end, count });
const result = [{
  url: 'http://127.0.0.1:8/dist/x.js',
  functions: [
    { functionName: '', ranges: [{ startOffset: 0, endOffset: code.length, count: 1 }] },
    { functionName: 'a', ranges: [range('function a(){l()}', 1)] },
    { functionName: 'b', ranges: [range('function b(){return 1}', 0)] },
    { functionName: 'l', ranges: [range('function l(){}', 1)] },
  ],
}];

test('counts the functions that ran and their bytes, the module top level aside, by source', () => {
  const summary = summariseCoverage(result, 'http://127.0.0.1:8/dist/x.js', code, map);
  assert.equal(summary.functions, 2);
  assert.equal(summary.bytes, 'function a(){l()}'.length + 'function l(){}'.length);
  assert.equal(summary.ownFunctions, 1);
  assert.equal(summary.ownBytes, 'function a(){l()}'.length);
  assert.deepEqual(summary.files.map((f) => [f.name, f.functions, f.bytes]), [
    ['src/views/a.ts', 1, 17],
    ['lit-html', 1, 14],
  ]);
});

test('a script the coverage does not name gives no summary', () => {
  assert.equal(summariseCoverage(result, 'http://127.0.0.1:8/dist/other.js', code, map), null);
});
