// Bundles the Lit floor (scripts/bench/lit-floor-poll.js) with lit and @lit/task into one minified module, as the
// CDN file is built: lit's browser build, production mode. Returns the code as text.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The Lit floor as one minified ES module. */
export async function litFloorScript() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./lit-floor-poll.js', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
