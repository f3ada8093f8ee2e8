// Custom Elements Manifest analyzer settings (used by `npm run analyze` and by scripts/check-manifest.js).
import { modulePathResolverPlugin } from '@wc-toolkit/module-path-resolver';
import ts from 'typescript';

/** The names a TypeScript entry exports, types included, `export *` expanded (the analyzer lists only values). */
function exportedNames(entry) {
  const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, experimentalDecorators: true, noEmit: true, skipLibCheck: true });
  const source = program.getSourceFile(entry);
  const checker = program.getTypeChecker();
  return checker.getExportsOfModule(checker.getSymbolAtLocation(source)).map((symbol) => symbol.name).sort();
}

/** Where the element is shipped: the entry that exports the class, the one that registers it, their types. */
const shipped = {
  module: 'dist/element.js',
  definition: 'dist/index.js',
  types: 'dist/types/element.d.ts',
};
/** The composer ships in its own entry, which both exports and registers it. */
const composer = {
  tag: 'b24-vote-composer',
  source: 'src/composer.ts',
  module: 'dist/composer.js',
  definition: 'dist/composer.js',
  types: 'dist/types/composer.d.ts',
};
const pick = (key) => (_path, _name, tag) => (tag === composer.tag ? composer[key] : shipped[key]);

export default {
  // The analyzer would otherwise rewrite package.json's `customElements` whenever it writes elsewhere.
  packagejson: false,
  plugins: [
    // The element's module points at the shipped entry that exports the class (src/ is not published, chunks are
    // hashed); the resolver also adds a module for the registering entry with its `custom-element-definition`.
    modulePathResolverPlugin({
      modulePathTemplate: pick('module'),
      definitionPathTemplate: pick('definition'),
      typeDefinitionPathTemplate: pick('types'),
    }),
    {
      // Hand-written (no plugin does it): the shipped dist/element.js is src/element.ts, which re-exports the class
      // and its types. The resolver renamed the class's own module to it; give that module the entry's exports
      // (read with TypeScript, so the types a host needs, e.g. VoteLoadDetail, are listed) and drop the source
      // entry's module, which would otherwise describe the same file twice.
      name: 'element-entry-exports',
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules;
        const shippedModule = modules.find((mod) => mod.path === shipped.module);
        if (!shippedModule) throw new Error(`element-entry-exports: no module ${shipped.module} (did the resolver run?)`);
        shippedModule.exports = exportedNames('src/element.ts').map((name) => ({ kind: 'js', name, declaration: { name, module: shipped.module } }));
        const composerModule = modules.find((mod) => mod.path === composer.module && mod.declarations?.some((d) => d.customElement));
        if (composerModule) {
          composerModule.exports = exportedNames(composer.source).map((name) => ({ kind: 'js', name, declaration: { name, module: composer.module } }));
        }
        customElementsManifest.modules = modules.filter((mod) => mod.path !== 'src/element.ts' && mod.path !== composer.source);
      },
    },
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
