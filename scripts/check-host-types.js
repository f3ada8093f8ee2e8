// `npm run typecheck:hosts`: the framework recipes, type-checked by each framework's own template checker
// against the package's sources (their tsconfig.json map `b24-attached-vote` to src/):
//
//   test/hosts/vue/       vue-tsc (strictTemplates): the tag's props and `@vote-*` event types in .vue files,
//                         from b24-attached-vote/vue; Negative.vue's @vue-expect-error lines must all be needed.
//   test/hosts/angular/   ngc (strictTemplates): the README's Angular recipe with CUSTOM_ELEMENTS_SCHEMA; `$event`
//                         of `(vote-success)` is typed through HTMLElementEventMap.
//
// React's JSX typings (test/hosts/types/react-jsx.tsx) are part of the main `tsc --noEmit -p tsconfig.json`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A package's command, from its package.json `bin` (its `exports` may hide the file from require.resolve). */
function bin(name, command) {
  const dir = join(root, 'node_modules', name);
  const { bin: bins } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return join(dir, typeof bins === 'string' ? bins : bins[command]);
}

const checks = [
  { name: 'Vue templates (vue-tsc)', bin: bin('vue-tsc', 'vue-tsc'), args: ['--noEmit', '-p', 'test/hosts/vue/tsconfig.json'] },
  { name: 'Angular templates (ngc)', bin: bin('@angular/compiler-cli', 'ngc'), args: ['-p', 'test/hosts/angular/tsconfig.json'] },
];

let failed = 0;
for (const check of checks) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [check.bin, ...check.args], { cwd: root, stdio: 'inherit' });
  const ok = result.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${check.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
process.exitCode = failed ? 1 : 0;
