/**
 * The README's fenced code blocks (indented ones too, as in list items), in order: { lang, code, line, fixture }.
 * `fixture` is the repository path named by an `<!-- fixture: path -->` comment on the line just above the fence
 * (a block quoted verbatim from a file that some other check builds and runs), else null.
 */
export function codeBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w+)\s*$/.exec(lines[i]);
    if (!open) continue;
    const indent = open[1].length;
    const fixture = i > 0 ? (/^\s*<!--\s*fixture:\s*(\S+)\s*-->\s*$/.exec(lines[i - 1])?.[1] ?? null) : null;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++) body.push(lines[j].slice(Math.min(indent, /^\s*/.exec(lines[j])[0].length)));
    blocks.push({ lang: open[2], code: `${body.join('\n')}\n`, line: i + 1, fixture });
    i = j;
  }
  return blocks;
}
