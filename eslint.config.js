// ESLint flat config (`npm run lint`): @eslint/js recommended, typescript-eslint recommended (syntax only, not
// type-aware: tsc is its own step), eslint-plugin-lit recommended for the element's sources.
//
// Globals without a dependency: Node's are read from the running Node itself, the browser's from TypeScript's
// lib.dom.d.ts (typescript is a devDependency anyway). In .ts files TypeScript checks names itself and
// typescript-eslint turns no-undef off; the lists matter for plain .js files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

/** @param {Iterable<string>} names */
const readonly = (names) => Object.fromEntries([...names].map((name) => [name, 'readonly']));

const nodeGlobals = readonly(Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name)));

const domLib = readFileSync(createRequire(import.meta.url).resolve('typescript/lib/lib.dom.d.ts'), 'utf8');
const browserGlobals = readonly(new Set([
  ...[...domLib.matchAll(/^declare (?:var|function) ([A-Za-z_$][\w$]*)/gm)].map((match) => match[1]),
  'globalThis', 'console', 'queueMicrotask', 'structuredClone',
]));

// Mocha's globals, as Web Test Runner provides them to test files.
const mochaGlobals = readonly(['describe', 'context', 'it', 'specify', 'before', 'after', 'beforeEach', 'afterEach',
  'suite', 'test', 'suiteSetup', 'suiteTeardown', 'setup', 'teardown', 'mocha']);

/**
 * One `no-restricted-imports` block per folder of src/: the folders it must not import from, and the element class,
 * which only the entry files (index, element, define, react, jsx, vue, svelte) may import.
 * @param {Record<string, string[]>} forbidden
 */
function layerRules(forbidden) {
  return Object.entries(forbidden).map(([files, folders]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...folders.map((folder) => ({ group: [`../${folder}/*`, `../../${folder}/*`], message: `${files} may not import from src/${folder}/ (see the layers in ARCHITECTURE.md).` })),
          { group: ['**/attached-vote.js', '**/attached-vote'], message: 'Only the entry files import the element class; take the port (src/controllers/port.ts).' },
        ],
      }],
    },
  }));
}

export default defineConfig(
  globalIgnores([
    '**/node_modules/**', '**/dist/**', 'coverage/**', 'test-results/**', 'custom-elements.json', '*.tgz', '.ci/**',
    'tmp/**', '.cem-tmp/**',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Validating input means matching control characters on purpose (e.g. refusing them in IDs).
      'no-control-regex': 'off',
      // A dead store such as `let x = fallback; try { x = parse() } catch { throw ... }` is harmless: say so, don't fail.
      'no-useless-assignment': 'warn',
      // `_name` marks a deliberately unused argument, binding or caught error.
      '@typescript-eslint/no-unused-vars': ['error', {
        args: 'after-used',
        argsIgnorePattern: '^_',
        varsIgnorePattern: '^_',
        caughtErrorsIgnorePattern: '^_',
        destructuredArrayIgnorePattern: '^_',
        ignoreRestSiblings: true,
      }],
    },
  },
  // The element, its tests and the demo run in a browser.
  {
    files: ['src/**/*.{ts,js}', 'test/**/*.{ts,js}', 'demo/**/*.{ts,js}'],
    languageOptions: { globals: browserGlobals },
  },
  {
    files: ['test/**/*.{ts,js}', 'src/**/*.test.{ts,js}'],
    languageOptions: { globals: mochaGlobals },
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  // The layers, as ../shared/design/ARCHITECTURE.md draws them: nothing imports a layer above its own, and only the
  // entry files import the element class.
  ...layerRules({
    'src/util/**': ['transport', 'api', 'state', 'i18n', 'views', 'connection', 'controllers', 'features'],
    'src/transport/**': ['api', 'state', 'i18n', 'views', 'connection', 'controllers', 'features'],
    'src/connection/**': ['api', 'state', 'i18n', 'views', 'controllers', 'features'],
    'src/api/**': ['state', 'i18n', 'views', 'connection', 'controllers', 'features'],
    'src/i18n/**': ['api', 'state', 'views', 'connection', 'controllers', 'features', 'transport'],
    'src/state/**': ['views', 'connection', 'controllers', 'features'],
    'src/views/**': ['connection', 'controllers', 'features', 'transport'],
    'src/features/**': ['connection'],
    'src/controllers/**': [],
    // The composer's own layers (src/composer/): the same rule inside it.
    'src/composer/api/**': ['state', 'i18n', 'views', 'controllers', 'features'],
    'src/composer/state/**': ['views', 'controllers', 'connection', 'features'],
    'src/composer/i18n/**': ['api', 'state', 'views', 'connection', 'controllers', 'features', 'transport'],
  }),
  {
    files: ['src/attached-vote.ts'],
    rules: {
      'max-len': ['error', { code: 120, ignoreUrls: true }],
      'max-lines': ['error', { max: 350, skipBlankLines: false, skipComments: false }],
    },
  },
  // The emulator, the scripts, every config file and the test servers (test/**/server.js, *.node.js) run in Node.
  {
    files: [
      'portal/**/*.{js,mjs,cjs,ts}', 'scripts/**/*.{js,mjs,cjs,ts}', '**/*.config.{js,mjs,cjs,ts}', '.size-limit.js',
      'test/**/server.{js,mjs}', 'test/**/*-server.{js,mjs}', 'test/**/*.node.{js,mjs}',
    ],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: readonly(['require', 'module', 'exports', '__dirname', '__filename']),
    },
  },
);
