const dropped = 'script,style,template,noscript,iframe,object,embed';
// Renders repeat the same few texts; parsing each once keeps a refreshing poll cheap.
const cache = new Map<string, string>();

/**
 * The readable text of a portal's html-type question or answer. DOMParser documents have no browsing context:
 * nothing in them loads or runs, so the markup can be read safely; only its text is ever rendered.
 */
export function plainText(text: string, isHtml: boolean): string {
  if (!isHtml) return text;
  let plain = cache.get(text);
  if (plain === undefined) {
    plain = readable(text);
    if (cache.size > 500) cache.clear();
    cache.set(text, plain);
  }
  return plain;
}

function readable(text: string): string {
  const markup = text.includes('<');
  if (!markup && !text.includes('&')) return text;
  const body = new DOMParser().parseFromString(`<body>${text}</body>`, 'text/html').body;
  if (!markup) return body.textContent;
  body.querySelectorAll(dropped).forEach((node) => node.remove());
  body.querySelectorAll('br').forEach((node) => node.replaceWith('\n'));
  // Markup with no readable text at all (a lone image, a script) is shown as written, inert, rather than as nothing.
  return body.textContent.trim() || text;
}
