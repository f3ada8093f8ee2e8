// @ts-check
// Reads the raw request body. Never assumes a body parser ran; copes with one that did.

const MAX_BODY = 16 * 1024 * 1024;

/**
 * @param {import('node:http').IncomingMessage & { body?: unknown, rawBody?: unknown }} req
 * @returns {Promise<Buffer>}
 */
export function readBody(req) {
  if (Buffer.isBuffer(req.rawBody)) return Promise.resolve(req.rawBody);
  if (typeof req.rawBody === 'string') return Promise.resolve(Buffer.from(req.rawBody));
  if (req.readableEnded) {
    // Someone consumed the stream already: fall back to what they left behind.
    if (typeof req.body === 'string') return Promise.resolve(Buffer.from(req.body));
    if (req.body && typeof req.body === 'object') return Promise.resolve(Buffer.from(JSON.stringify(req.body)));
    return Promise.resolve(Buffer.alloc(0));
  }
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        req.destroy();
        reject(new Error('request body too large'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('aborted', () => resolve(Buffer.concat(chunks)));
  });
}
