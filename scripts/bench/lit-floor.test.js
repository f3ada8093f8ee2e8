// The Lit floor is one self-contained module: lit and @lit/task inside, the element defined, nothing imported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { litFloorScript } from './lit-floor.js';

test('the Lit floor bundles lit, defines its element and imports nothing', async () => {
  const code = await litFloorScript();
  assert.match(code, /customElements\.define\(\s*["'`]lit-floor-poll["'`]/);
  assert.match(code, /vote\.AttachedVote\.get/);
  assert.doesNotMatch(code, /^\s*import[\s{*]/m);
  assert.doesNotMatch(code, /\bimport\(/);
  const gzip = gzipSync(code, { level: 9 }).length;
  assert.ok(gzip > 5000 && gzip < 12000, `${gzip} B gzip: lit's runtime and a small element`);
});
