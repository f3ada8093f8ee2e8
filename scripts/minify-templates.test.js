// Tests for scripts/minify-templates.js (run by `npm test`, in the node --test step with the emulator's tests).
import assert from 'node:assert/strict';
import { SourceMap } from 'node:module';
import { describe, it } from 'node:test';
import { minifyTemplates } from './minify-templates.js';

const minify = (code) => minifyTemplates(code, 'src/example.ts')?.code ?? code;

describe('minifyTemplates', () => {
  it('collapses whitespace with a line break in html`` to one space, and leaves other whitespace', () => {
    const code = 'const t = html`<div class="a">\n    <span>x</span>  <b>y</b>\t\n\n  </div>\n`;';
    assert.equal(minify(code), 'const t = html`<div class="a"> <span>x</span>  <b>y</b> </div> `;');
  });

  it('leaves ${} expressions as they are and minifies templates nested in them as templates of their own', () => {
    const code = [
      'html`<ul>',
      '  ${items.map((item) => html`<li>',
      '      ${`keep\n   this`}',
      '    </li>`)}',
      '  ${ok ? html`<p>\n  yes\n</p>` : `<p>\n  no\n</p>`}',
      '</ul>`',
    ].join('\n');
    assert.equal(minify(code), [
      'html`<ul> ${items.map((item) => html`<li> ${`keep\n   this`} </li>`)} ',
      '${ok ? html`<p> yes </p>` : `<p>\n  no\n</p>`} </ul>`',
    ].join(''));
  });

  it('keeps escapes, a line continuation included', () => {
    const code = 'html`<p>a\\`b\\${c}\\\\\n  d\\\n  e</p>`';
    assert.equal(minify(code), 'html`<p>a\\`b\\${c}\\\\ d\\\n  e</p>`');
  });

  it('leaves other tags and plain template literals alone', () => {
    const code = 'const a = svg`<g>\n  </g>`; const b = `<p>\n</p>`; const c = x.html`<p>\n</p>`;';
    assert.equal(minifyTemplates(code, 'src/example.ts'), null);
  });

  it('refuses html`` with <pre> or <textarea>, whose whitespace is content', () => {
    assert.throws(() => minify('html`<pre>\n  a\n</pre>`'), /src\/example\.ts:1: .*<pre>/);
    assert.throws(() => minify('html`<div>\n  <textarea>${v}</textarea></div>`'), /<textarea>/);
    assert.equal(minify('html`<pre-view>\n</pre-view>`'), 'html`<pre-view> </pre-view>`');
  });

  it('minifies css`` with lightningcss, compiling nothing down', () => {
    const code = [
      'export const styles = css`',
      '  :host { display: block; color: light-dark(#000000, #ffffff); }',
      '  /* a comment */',
      '  @supports not (color: light-dark(#fff, #000)) { :host { color: #000; } }',
      '  ::part(button) { margin: 0px; }',
      '  @media (forced-colors: active) { .bar { border: 1px solid CanvasText; } }',
      '  .w-1\\\\/2 { width: 50%; }',
      '`;',
    ].join('\n');
    assert.equal(minify(code), 'export const styles = css`'
      + ':host{color:light-dark(#000,#fff);display:block}'
      + '@supports not (color:light-dark(#fff, #000)){:host{color:#000}}'
      + '::part(button){margin:0}'
      + '@media (forced-colors:active){.bar{border:1px solid canvastext}}'
      + '.w-1\\\\/2{width:50%}`;');
  });

  it('does not merge a rule into a selector list that older browsers drop whole', () => {
    const code = 'css`.a:hover { color: red; } .a:has(input:checked) { color: red; } .b { color: red; } .c { color: red; }`';
    assert.equal(minify(code), 'css`.a:hover{color:red}.a:has(input:checked){color:red}.b,.c{color:red}`');
  });

  it('leaves css`` with ${} interpolations alone', () => {
    const code = 'css`\n  :host {\n    color: ${unsafeCSS(color)};\n  }\n`';
    assert.equal(minifyTemplates(code, 'src/example.ts'), null);
  });

  it('fails with the file name on CSS lightningcss rejects', () => {
    assert.throws(() => minify('\n\ncss`a {{ color: red }`'), /^Error: src\/example\.ts:3:\d+: lightningcss rejects/);
    assert.throws(() => minify('const s = css`\n  a {\n    color: red;;\n  }\n  b {{\n`;'), /^Error: src\/example\.ts:5:\d+: lightningcss rejects/);
  });

  it('maps the output back to the source', () => {
    const code = 'const t = html`<div>\n    <span>${x}</span>\n  </div>`;\nconst y = 1;\n';
    const result = minifyTemplates(code, 'src/example.ts');
    const map = new SourceMap(JSON.parse(result.map.toString()));
    const entry = map.findEntry(1, 0); // `const y` on the output's second line
    assert.equal(result.code.split('\n')[1], 'const y = 1;');
    assert.deepEqual([entry.originalLine, entry.originalColumn], [3, 0]);
  });
});
