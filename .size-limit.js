// size-limit checks (`npm run size`, part of `npm test`; run `npm run build` first).
//
// Each figure is what a page loads up front: the entry and everything it imports statically, gzip, bundled
// again by esbuild into one file. Code reached only through import() (other languages, the transports, and the
// element's on-demand parts in src/features/: the write flow, voter lists, author tools, refresh-interval) is left
// out: it loads when a page first needs it (`npm run bench` prints those chunks' sizes too).
//
// A JS config rather than .size-limit.json because that needs a small esbuild plugin: size-limit's own options
// can leave packages out (`ignore`) but not dynamic imports.

/** esbuild plugin: every dynamic import() stays an import, so lazy chunks are not counted. */
const leaveOutLazyChunks = {
  name: 'leave-out-lazy-chunks',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined);
  },
};

/** Measure as an ES module (as it ships), not esbuild's default IIFE with require() shims for externals. */
function withPlugin(config) {
  return { ...config, format: 'esm', plugins: [...(config.plugins ?? []), leaveOutLazyChunks] };
}

const litPackages = ['lit', 'lit-html', 'lit-element', '@lit/*', '@lit-labs/*'];

// Issue 4 asks for 10 kB and 17 kB up front (goals 8 kB and 15 kB). The code is not there: these limits are the
// measured sizes plus a little headroom, so that nothing grows unnoticed (the figures and what the rest would take
// are in the closing note).
export default [
  {
    name: 'ES module, lit external (dist/index.js and its static imports)',
    path: 'dist/index.js',
    ignore: litPackages,
    gzip: true,
    limit: '15.75 kB',
    modifyEsbuildConfig: withPlugin,
  },
  {
    name: 'Self-contained bundle, lit inside (dist/b24-attached-vote.bundle.js and its static imports)',
    path: 'dist/b24-attached-vote.bundle.js',
    gzip: true,
    limit: '22.5 kB',
    modifyEsbuildConfig: withPlugin,
  },
];
