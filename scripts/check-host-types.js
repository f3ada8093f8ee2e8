// `npm run typecheck:hosts`: the framework recipes, type-checked by each framework's own template checker
// against the package's sources (their tsconfig.json map `b24-attached-vote` to src/):
//
//   test/hosts/vue/       vue-tsc (strictTemplates): the tag's props and `@vote-*` event types in .vue files,
//                         from b24-attached-vote/vue; Negative.vue's @vue-expect-error lines must all be needed.
//   test/hosts/angular/   ngc (strictTemplates): the README's Angular recipe with CUSTOM_ELEMENTS_SCHEMA; `$event`
//                         of `(vote-success)` is typed through HTMLElementEventMap.
//   test/hosts/svelte/    svelte-check (Svelte 5): b24-attached-vote/svelte; Poll.svelte must be clean, and
//                         Negative.svelte must have exactly one error on each line marked `expect-error`, and no other.
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

/** svelte-check's machine output held against the `expect-error` marks: null when it matches, else the problems. */
function svelteProblems(output) {
  const dir = join(root, 'test/hosts/svelte');
  const expected = readFileSync(join(dir, 'Negative.svelte'), 'utf8').split('\n')
    .flatMap((line, index) => (line.includes('<!-- expect-error:') ? [`Negative.svelte:${index + 1}`] : []));
  const found = [...output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/gm)].map((m) => ({ kind: m[1], at: `${m[2]}:${m[3]}`, text: m[4] }));
  const problems = found.filter((f) => f.kind !== 'ERROR' || !expected.includes(f.at)).map((f) => `unexpected ${f.kind} ${f.at}: ${f.text}`);
  for (const at of expected) {
    const count = found.filter((f) => f.kind === 'ERROR' && f.at === at).length;
    if (count !== 1) problems.push(`${at}: expected one error, found ${count}`);
  }
  if (!/COMPLETED/.test(output)) problems.push('svelte-check did not complete');
  return problems.length ? problems : null;
}

let failed = 0;
for (const check of checks) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [check.bin, ...check.args], { cwd: root, stdio: 'inherit' });
  const ok = result.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${check.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
{
  const started = Date.now();
  const result = spawnSync(process.execPath, [bin('svelte-check', 'svelte-check'), '--workspace', 'test/hosts/svelte', '--tsconfig', './tsconfig.json', '--output', 'machine'],
    { cwd: root, encoding: 'utf8' });
  const problems = svelteProblems(`${result.stdout}${result.stderr}`);
  if (problems) {
    failed++;
    console.error(problems.join('\n'));
  }
  console.log(`${problems ? 'FAIL' : 'ok  '} Svelte 5 templates (svelte-check) (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
process.exitCode = failed ? 1 : 0;
