// The cold-start bench's page server: every answer gzip-compressed (Content-Encoding: gzip, as a CDN or any
// production web server sends scripts and pages), no caching headers (each run uses a fresh browser context, so
// nothing is cached anyway).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { GZIP_LEVEL } from './cold-pages.js';

const zipped = new Map();

/** Gzip of a text, computed once per distinct text (pages differ per run only in their user ID). */
function gzipOnce(text) {
  let body = zipped.get(text);
  if (!body) {
    body = gzipSync(text, { level: GZIP_LEVEL });
    if (zipped.size > 500) zipped.clear();
    zipped.set(text, body);
  }
  return body;
}

/**
 * Starts a server on `host`, port 0. `route(url)` gets the request URL and returns `{ type, text }` or null (404).
 * Resolves to `{ url, close }`.
 */
export async function startGzipServer(host, route) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    let found;
    try {
      found = route(url);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
      return;
    }
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    const body = gzipOnce(found.text);
    res.writeHead(200, {
      'Content-Type': found.type,
      'Content-Encoding': 'gzip',
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, host, resolve));
  return {
    url: `http://${host}:${server.address().port}`,
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}
