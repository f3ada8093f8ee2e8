// The second minifier pass keeps each licence notice once and composes the source map with the one it is given.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { terserPass } from './terser-pass.js';

const require = createRequire(import.meta.url);
const { TraceMap, originalPositionFor } = require('@jridgewell/trace-mapping');
const { GenMapping, addMapping, toEncodedMap } = require('@jridgewell/gen-mapping');

test('one copy of each licence notice; positions still map to the original source', async () => {
  const notice = '/**\n* @license\n* Copyright 2017 Google LLC\n* SPDX-License-Identifier: BSD-3-Clause\n*/';
  const lines = [notice, 'const a = 1 + 2;', notice, 'export function shout(text) {', '  throw new Error(`loud ${text} ${a}`);', '}'];
  // An identity map onto "src/shout.ts": each line to the same line.
  const gen = new GenMapping({ file: 'x.js' });
  lines.join('\n').split('\n').forEach((_, i) => addMapping(gen, { generated: { line: i + 1, column: 0 }, source: 'src/shout.ts', original: { line: i + 1, column: 0 } }));
  const dir = mkdtempSync(join(tmpdir(), 'terser-pass-'));
  const file = join(dir, 'x.js');
  writeFileSync(file, lines.join('\n'));
  writeFileSync(`${file}.map`, JSON.stringify(toEncodedMap(gen)));
  const { before, after } = await terserPass(file);
  const code = readFileSync(file, 'utf8');
  assert.ok(after < before);
  assert.equal(code.split('@license').length - 1, 1, code);
  assert.match(code, /export\s*\{|export function/);
  const at = code.indexOf('Error(');
  const head = code.slice(0, at);
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  const original = originalPositionFor(map, { line: head.split('\n').length, column: at - head.lastIndexOf('\n') - 1 });
  assert.equal(original.source, 'src/shout.ts');
  assert.equal(original.line, 13); // two notices of 5 lines, two lines of code, then the throw
});
