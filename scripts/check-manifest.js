// Checks that the committed custom-elements.json is what `npm run analyze` would write now.
//
//   node scripts/check-manifest.js        (npm run analyze:check; a step of npm test)
//
// Runs the Custom Elements Manifest analyzer in memory with the very arguments of package.json's `analyze`
// script (so the two can't drift apart) and compares the result with the file. Writes nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = fileURLToPath(new URL('../custom-elements.json', import.meta.url));
const fix = 'run npm run analyze (and commit custom-elements.json)';

/** The analyzer's arguments from the `analyze` script: `cem analyze --litelement --globs "..." ...`. */
function analyzeArgs() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const script = pkg.scripts?.analyze ?? '';
  // Only the analyzer's own command: what follows `&&` (the types generated from the manifest) is checked apart.
  const words = [...script.split('&&')[0].matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
  if (words[0] !== 'cem' || words[1] !== 'analyze') {
    throw new Error(`package.json's analyze script should start with "cem analyze", found: ${script || '(none)'}`);
  }
  // The analyzer also writes package.json's `customElements` unless it already names <outdir>/custom-elements.json:
  // keep the script's own outdir (.) so that it never does.
  return [...words.slice(1), '--quiet'];
}

/** Up to `max` JSON paths where the two values differ. */
function differences(expected, actual, path = '$', found = [], max = 8) {
  if (found.length >= max) return found;
  if (Object.is(expected, actual)) return found;
  const bothObjects = expected && actual && typeof expected === 'object' && typeof actual === 'object'
    && Array.isArray(expected) === Array.isArray(actual);
  if (!bothObjects) {
    found.push(`${path}: committed ${brief(actual)}, analyzer ${brief(expected)}`);
    return found;
  }
  for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const child = Array.isArray(expected) ? `${path}[${key}]` : `${path}.${key}`;
    differences(expected[key], actual[key], child, found, max);
    if (found.length >= max) break;
  }
  return found;
}

function brief(value) {
  if (value === undefined) return '(missing)';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

async function main() {
  let committedText;
  try {
    committedText = readFileSync(manifestPath, 'utf8');
  } catch {
    console.error(`custom-elements.json is missing: ${fix}.`);
    return 1;
  }

  process.chdir(root);
  const generated = JSON.parse(JSON.stringify(await cli({ argv: analyzeArgs(), cwd: root, noWrite: true })));
  const expectedText = `${JSON.stringify(generated, null, 2)}\n`;
  if (committedText === expectedText) {
    const count = generated.modules?.length ?? 0;
    console.log(`custom-elements.json is up to date (${count} module${count === 1 ? '' : 's'}).`);
    return 0;
  }

  let committed;
  try {
    committed = JSON.parse(committedText);
  } catch {
    console.error(`custom-elements.json is out of date (not valid JSON): ${fix}.`);
    return 1;
  }
  const diff = differences(generated, committed);
  if (diff.length === 0) {
    // Same content, other formatting: still rewrite it so that `npm run analyze` leaves no diff behind.
    console.error(`custom-elements.json is out of date (formatting only): ${fix}.`);
    return 1;
  }
  console.error(`custom-elements.json is out of date: ${fix}.`);
  for (const line of diff) console.error(`  ${line}`);
  return 1;
}

process.exitCode = await main();
