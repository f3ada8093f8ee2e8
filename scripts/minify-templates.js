// Build-time minification of the static text of lit's html`` and css`` templates (the Vite plugin in
// vite.config.ts applies it to src/**/*.ts in both library builds).
//
// Template text is a string to the JS minifier, so indentation and comments would otherwise ship as they are
// written. The templates are found with the TypeScript parser, not a regex: `${...}` expressions are left as they
// are and templates nested in them are handled as templates of their own.
import { Features, transform } from 'lightningcss';
import MagicString from 'magic-string';
import ts from 'typescript';

/** Every lightningcss feature: none is ever compiled down, light-dark() and the like ship as written. */
const compileNothing = Object.values(Features).reduce((all, bit) => all | bit, 0);
/** Not for down-levelling (compileNothing rules that out) but so that lightningcss never merges rules whose
 *  selectors these browsers (roughly what the es2022 build runs in) do not all know: merging `.a:hover` into
 *  `.a:hover,.a:has(x)` would drop the hover rule where :has() is unknown (Firefox < 121). */
const targets = { chrome: 94 << 16, firefox: 93 << 16, safari: (16 << 16) | (4 << 8) };

/**
 * Minifies the html`` and css`` templates of one TypeScript module.
 * @param {string} code the module's source
 * @param {string} fileName for error messages and the source map
 * @returns {{ code: string, map: import('magic-string').SourceMap } | null} null if there was nothing to change
 */
export function minifyTemplates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const output = new MagicString(code);
  const where = (/** @type {number} */ pos) => `${fileName}:${source.getLineAndCharacterOfPosition(pos).line + 1}`;

  /** @param {ts.Node} node */
  function visit(node) {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      if (node.tag.text === 'html') {
        for (const [start, end] of staticParts(node.template, source)) {
          const raw = code.slice(start, end);
          if (/<(?:pre|textarea|script)(?![\w-])/i.test(raw)) {
            throw new Error(`${where(start)}: an html template with <pre>, <textarea> or <script>, whose whitespace is content: minify-templates would change it`);
          }
          // Only runs with a line break: a single space between inline elements or text is content. An escape
          // (`\` and the character after it, a line continuation included) is copied as it is.
          const minified = raw.replace(/\\[^]|[ \t\n\f\r]*[\n\r][ \t\n\f\r]*/g, (match) => (match[0] === '\\' ? match : ' '));
          if (minified !== raw) output.overwrite(start, end, minified);
        }
      } else if (node.tag.text === 'css' && ts.isNoSubstitutionTemplateLiteral(node.template)) {
        // css`` with ${} interpolations is left alone: its parts are not CSS on their own.
        const [[start, end]] = staticParts(node.template, source);
        const css = minifyCss(node.template.text, fileName, source.getLineAndCharacterOfPosition(start));
        output.overwrite(start, end, escapeTemplate(css));
      }
    }
    ts.forEachChild(node, visit);
  }
  visit(source);

  if (!output.hasChanged()) return null;
  return { code: output.toString(), map: output.generateMap({ source: fileName, includeContent: true, hires: 'boundary' }) };
}

/**
 * The [start, end) offsets of a template's raw text between `${...}` expressions, without `, ${ and }.
 * @param {ts.TemplateLiteral} template
 * @param {ts.SourceFile} source
 * @returns {Array<[number, number]>}
 */
function staticParts(template, source) {
  const literals = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((span) => span.literal)];
  return literals.map((literal) => {
    const closing = ts.isNoSubstitutionTemplateLiteral(literal) || ts.isTemplateTail(literal) ? 1 : 2;
    return [literal.getStart(source) + 1, literal.end - closing];
  });
}

/**
 * lightningcss's minified CSS; anything it rejects fails the build rather than ship unminified.
 * @param {string} css
 * @param {string} fileName
 * @param {ts.LineAndCharacter} at where the CSS starts in the file, for the error
 */
function minifyCss(css, fileName, at) {
  let result;
  try {
    result = transform({ filename: fileName, code: Buffer.from(css), minify: true, targets, exclude: compileNothing });
  } catch (error) {
    // lightningcss counts from the template's first character, 1-based; file:line:column from the file's.
    const loc = /** @type {{ loc?: { line: number, column: number } }} */ (error).loc ?? { line: 1, column: 1 };
    const line = at.line + loc.line;
    const column = loc.line === 1 ? at.character + loc.column : loc.column;
    throw new Error(`${fileName}:${line}:${column}: lightningcss rejects this css template: ${error instanceof Error ? error.message : error}`, { cause: error });
  }
  if (result.warnings.length > 0) {
    throw new Error(`${fileName}:${at.line + 1}: lightningcss warns about this css template: ${result.warnings.map((w) => w.message).join('; ')}`);
  }
  return result.code.toString();
}

/** Text as template literal source: backslashes, backticks and `${` escaped. @param {string} text */
function escapeTemplate(text) {
  return text.replace(/\\|`|\$\{/g, '\\$&');
}
