// The package as npm would publish it: `npm run build` (unless skipped), then `npm pack` into a folder.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Builds (unless `skipBuild`, which needs dist/ to exist) and packs into `work`; `step` announces each stage.
 * Resolves to { tarball: its path, info: npm pack's JSON for it }.
 */
export function packTarball(work, { skipBuild = false, step = () => undefined } = {}) {
  if (!skipBuild) {
    step('npm run build');
    execFileSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  } else if (!existsSync(join(root, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run npm run build first (or drop --skip-build).');
  }
  step('npm pack');
  const packed = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
  const [info] = JSON.parse(packed.slice(packed.indexOf('[')));
  return { tarball: join(work, info.filename), info };
}
