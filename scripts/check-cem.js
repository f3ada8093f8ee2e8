// `npm test`'s manifest step, second half: @wc-toolkit/cem-validator on custom-elements.json and package.json
// (exports, types, customElements, the element's module and definition paths, exported types). The validator
// prints its findings; an error fails the step (it throws when `logErrors` is off), warnings do not.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateCem } from '@wc-toolkit/cem-validator';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
try {
  await validateCem(manifest, { packageJsonPath: './package.json', logErrors: false });
  console.log('cem-validator: no errors.');
} catch (error) {
  console.error(`cem-validator: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
