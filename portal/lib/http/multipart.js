// @ts-check
// Minimal multipart/form-data reader: text fields only (files are kept as their text content).

/**
 * @param {Buffer} body
 * @param {string} contentType
 * @returns {Array<[string, string]>}
 */
export function parseMultipart(body, contentType) {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!match) return [];
  const boundary = `--${match[1] ?? match[2]}`;
  const text = body.toString('latin1');
  /** @type {Array<[string, string]>} */
  const fields = [];
  for (const part of text.split(boundary).slice(1)) {
    if (part.startsWith('--')) break;
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd === -1) continue;
    const headers = part.slice(0, headerEnd);
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) continue;
    let value = part.slice(headerEnd + 4);
    if (value.endsWith('\r\n')) value = value.slice(0, -2);
    fields.push([Buffer.from(name, 'latin1').toString('utf8'), Buffer.from(value, 'latin1').toString('utf8')]);
  }
  return fields;
}
