// Custom Elements Manifest analyzer settings (used by `npm run analyze` and by scripts/check-manifest.js).
export default {
  // The analyzer would otherwise rewrite package.json's `customElements` whenever it writes elsewhere.
  packagejson: false,
  plugins: [
    {
      // Globs list files in file-system order, which differs between machines: sort, so every machine (and CI)
      // writes the same manifest.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
