// @ts-check
// PHP-style parameter decoding (parse_str): `ballot[1][]=2&ballot[1][]=3&cmd[a]=x` becomes nested data.
// PHP arrays come out as JS arrays when their keys are exactly 0..n-1 in order, otherwise as plain objects.

/** @typedef {Map<string, Node>} PhpArray */
/** @typedef {string | PhpArray} Node */

/**
 * Decodes one URL-encoded component the way PHP's urldecode does (`+` is a space, bad `%` sequences stay as they are).
 * @param {string} text
 * @returns {string}
 */
export function urlDecode(text) {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced.replace(/(%[0-9a-fA-F]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/**
 * Parses a query string or a form-encoded body into nested data.
 * @param {string} text
 * @returns {Record<string, unknown>}
 */
export function parsePhpQuery(text) {
  /** @type {Array<[string, string]>} */
  const pairs = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = urlDecode(eq === -1 ? part : part.slice(0, eq));
    const value = eq === -1 ? '' : urlDecode(part.slice(eq + 1));
    pairs.push([key, value]);
  }
  return buildPhpParams(pairs);
}

/**
 * Builds nested data from already decoded `name=value` pairs (form fields, multipart fields).
 * @param {Iterable<[string, string]>} pairs
 * @returns {Record<string, unknown>}
 */
export function buildPhpParams(pairs) {
  /** @type {PhpArray} */
  const root = new Map();
  for (const [key, value] of pairs) assign(root, key, value);
  const out = toPlain(root);
  return Array.isArray(out) ? Object.fromEntries(out.map((v, i) => [String(i), v])) : /** @type {Record<string, unknown>} */ (out);
}

/**
 * One `name=value` pair into the tree, the way php_register_variable_ex reads the name (PHP 8).
 * @param {PhpArray} root
 * @param {string} rawKey
 * @param {string} value
 */
function assign(root, rawKey, value) {
  // Leading spaces of the name are dropped.
  const name = rawKey.replace(/^ +/, '');
  const open = name.indexOf('[');
  let base = open === -1 ? name : name.slice(0, open);
  /** @type {string[]} */
  const path = [];
  if (open !== -1) {
    let rest = name.slice(open);
    while (rest.startsWith('[')) {
      const close = rest.indexOf(']');
      if (close === -1) {
        // An unmatched `[` right after the base name becomes `_`, and so do spaces, dots and `[` after it; deeper
        // down, the rest of the name is ignored.
        if (path.length === 0) base = `${base}_${rest.slice(1).replace(/[ .[]/g, '_')}`;
        break;
      }
      path.push(rest.slice(1, close));
      // Anything after a `]` that does not open another `[` is ignored.
      rest = rest.slice(close + 1);
    }
  }
  base = base.replace(/[ .]/g, '_');
  if (base === '') return;
  /** @type {PhpArray} */
  let node = root;
  let key = base;
  for (const segment of path) {
    let child = node.get(key);
    if (!(child instanceof Map)) {
      child = new Map();
      node.set(key, child);
    }
    node = child;
    // `[]` appends; so does `[ ]` (PHP skips one space before looking for the `]`).
    key = segment === '' || segment === ' ' ? String(nextIndex(node)) : segment;
  }
  node.set(key, value);
}

/**
 * PHP's next free integer key of an array.
 * @param {PhpArray} node
 */
function nextIndex(node) {
  let next = 0;
  for (const key of node.keys()) {
    if (/^(0|-?[1-9]\d*)$/.test(key)) next = Math.max(next, Number(key) + 1);
  }
  return next;
}

/**
 * @param {Node} node
 * @returns {unknown}
 */
function toPlain(node) {
  if (!(node instanceof Map)) return node;
  const entries = [...node.entries()];
  if (entries.every(([key], i) => key === String(i))) return entries.map(([, v]) => toPlain(v));
  return Object.fromEntries(entries.map(([k, v]) => [k, toPlain(v)]));
}
