// Editor support generated from custom-elements.json (part of `npm run build`, after the library build):
//
//   dist/web-types.json                  JetBrains IDEs (WebStorm, IntelliJ): package.json's "web-types" points
//                                        here, so an installed package is picked up with no setup. Attributes
//                                        (with value completion), properties, events (`@vote-success` in Vue),
//                                        CSS custom properties and ::part() names.
//   dist/vscode.html-custom-data.json    VS Code's HTML custom data: attributes with their values and a
//                                        description listing events, parts and custom properties. VS Code reads it
//                                        once a project lists it in `.vscode/settings.json`:
//                                        "html.customData": ["./node_modules/b24-attached-vote/dist/vscode.html-custom-data.json"]
//
//   node scripts/editor-data.js           writes both files
//   node scripts/editor-data.js --check   checks that dist/ holds what would be written now (exit 1 otherwise)
//   node scripts/editor-data.js --stdout  prints both as one JSON object, writes nothing
//
// Fails when the manifest describes no element, or an attribute or event without a description: an editor would
// show nothing useful for it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = {
  webTypes: 'dist/web-types.json',
  vscode: 'dist/vscode.html-custom-data.json',
};

/** Every custom element the manifest declares, with the module it lives in. */
export function elementsOf(manifest) {
  return (manifest.modules ?? []).flatMap((mod) => (mod.declarations ?? [])
    .filter((d) => d.kind === 'class' && d.customElement && d.tagName)
    .map((declaration) => ({ module: mod.path, declaration })));
}

/** `'light' | 'dark' | undefined` -> ['light', 'dark']; null when the type is not a union of string literals. */
export function literalValues(typeText = '') {
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 0 || !parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return null;
  return parts.map((part) => part.slice(1, -1));
}

const isBoolean = (typeText = '') => typeText.replace(/\s*\|\s*undefined/g, '').trim() === 'boolean';
const unquote = (value) => (typeof value === 'string' ? value.replace(/^'(.*)'$|^"(.*)"$/, '$1$2') : value);

function problemsOf(declaration) {
  const problems = [];
  for (const attr of declaration.attributes ?? []) {
    if (!attr.description) problems.push(`attribute ${attr.name} has no description`);
  }
  for (const event of declaration.events ?? []) {
    if (!event.name) problems.push('an event has no name');
    else if (!event.description) problems.push(`event ${event.name} has no description`);
  }
  return problems;
}

/** Public instance fields: what a framework can bind as a property. */
function publicFields(declaration) {
  return (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
}

/** Markdown for an element's documentation popup. */
function elementDoc(declaration) {
  const lines = [declaration.summary || declaration.description || ''];
  const section = (title, items) => {
    if (items?.length) lines.push('', `**${title}**`, ...items);
  };
  section('Events', (declaration.events ?? []).map((e) => `- \`${e.name}\`: ${e.description}`));
  section('Properties (not attributes)', publicFields(declaration)
    .filter((f) => !(declaration.attributes ?? []).some((a) => a.fieldName === f.name))
    .filter((f) => !f.readonly)
    .map((f) => `- \`${f.name}\`: ${f.description ?? ''}`));
  section('CSS parts', (declaration.cssParts ?? []).map((p) => `- \`::part(${p.name})\`: ${p.description ?? ''}`));
  section('CSS custom properties', (declaration.cssProperties ?? []).map((p) => `- \`${p.name}\`${p.default ? ` (default \`${p.default}\`)` : ''}: ${p.description ?? ''}`));
  return lines.join('\n').trim();
}

/** JetBrains web-types (schema: JetBrains/web-types). */
export function webTypes(manifest, pkg) {
  const elements = elementsOf(manifest).map(({ declaration }) => ({
    name: declaration.tagName,
    description: elementDoc(declaration),
    attributes: (declaration.attributes ?? []).map((attr) => {
      const values = literalValues(attr.type?.text);
      const value = isBoolean(attr.type?.text)
        ? { type: 'boolean', required: false }
        : { type: values ? values.map((v) => `'${v}'`).join(' | ') : (attr.type?.text ?? 'string').replace(/\s*\|\s*undefined/g, '') };
      if (attr.default !== undefined) value.default = unquote(attr.default);
      return { name: attr.name, description: attr.description, value };
    }),
    js: {
      properties: publicFields(declaration).map((field) => ({
        name: field.name,
        description: field.description ?? '',
        ...(field.type?.text ? { type: field.type.text } : {}),
        ...(field.readonly ? { 'read-only': true } : {}),
      })),
      events: (declaration.events ?? []).map((event) => ({
        name: event.name,
        description: event.description,
        ...(event.type?.text ? { type: event.type.text } : {}),
      })),
    },
    css: {
      properties: (declaration.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
      parts: (declaration.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
    },
  }));
  const all = elementsOf(manifest).map(({ declaration }) => declaration);
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: { elements },
      css: {
        properties: all.flatMap((d) => (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' }))),
        'pseudo-elements': all.flatMap((d) => (d.cssParts ?? []).map((p) => ({ name: `part(${p.name})`, description: p.description ?? '' }))),
      },
    },
  };
}

/** VS Code HTML custom data, version 1.1 (microsoft/vscode-html-languageservice). */
export function vscodeCustomData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map(({ declaration }) => ({
      name: declaration.tagName,
      description: { kind: 'markdown', value: elementDoc(declaration) },
      attributes: (declaration.attributes ?? []).map((attr) => {
        const values = literalValues(attr.type?.text);
        const description = `${attr.description}${attr.default !== undefined ? ` Default: \`${unquote(attr.default)}\`.` : ''}`;
        return {
          name: attr.name,
          description: { kind: 'markdown', value: description },
          ...(isBoolean(attr.type?.text) ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

/** Both files' contents (as text), from the manifest and package.json in `dir`. */
export function generate(dir = root) {
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const elements = elementsOf(manifest);
  if (elements.length === 0) throw new Error('custom-elements.json declares no custom element (run npm run analyze)');
  const problems = elements.flatMap(({ declaration }) => problemsOf(declaration).map((p) => `<${declaration.tagName}>: ${p}`));
  if (problems.length) throw new Error(`custom-elements.json lacks what editors need:\n  ${problems.join('\n  ')}`);
  const text = (value) => `${JSON.stringify(value, null, 2)}\n`;
  return { [outputs.webTypes]: text(webTypes(manifest, pkg)), [outputs.vscode]: text(vscodeCustomData(manifest)) };
}

function main(argv) {
  const files = generate();
  if (argv.includes('--stdout')) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, JSON.parse(v)])), null, 2)}\n`);
    return 0;
  }
  if (argv.includes('--check')) {
    const stale = Object.entries(files).filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text);
    for (const [path] of stale) console.error(`${path} is missing or out of date: run npm run build (or node scripts/editor-data.js).`);
    if (stale.length === 0) console.log(`editor data is up to date (${Object.keys(files).join(', ')}).`);
    return stale.length ? 1 : 0;
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  console.log(`editor data: ${Object.keys(files).join(', ')}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
