// @ts-check
// startPortal(): the emulator on its own loopback port.
import { createServer } from 'node:http';
import { createPortal } from './portal.js';
import { seedSummary } from './vote/seed.js';
import { escapeHtml } from './static/html.js';

/**
 * @param {import('./portal.js').PortalOptions & { port?: number, host?: string }} [options]
 */
export async function startPortal({ port = 8787, host = '127.0.0.1', ...options } = {}) {
  const portal = createPortal(options);
  const server = createServer((req, res) => {
    if (portal.matches(req)) {
      void portal.handle(req, res);
      return;
    }
    const path = new URL(req.url ?? '/', 'http://portal.local').pathname;
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(indexPage());
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' });
    res.end('Not found');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${actualPort}`;
  return {
    url,
    port: actualPort,
    portal,
    /** A webhook base URL for a user (code `demo`). @param {number} [userId] */
    webhook(userId = 1) {
      return `${url}/rest/${userId}/demo/`;
    },
    /** @returns {Promise<void>} */
    close() {
      portal.dispose();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function indexPage() {
  const rows = seedSummary()
    .map((p) => `<tr><td>${p.attachId}</td><td>${p.voteId}</td><td>${p.moduleId}</td><td>${p.entityId}</td><td>${escapeHtml(p.what)}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bitrix24 portal emulator</title></head>
<body style="font:14px system-ui,sans-serif;max-width:760px;margin:2em auto">
<h1>Bitrix24 portal emulator</h1>
<p>Webhook: <code>/rest/1/demo/</code> (any numeric user ID). OAuth: <code>/rest/{method}?auth=token-1</code>.</p>
<table border="1" cellpadding="4"><tr><th>attachId</th><th>voteId</th><th>module</th><th>entityId</th><th>what</th></tr>${rows}</table>
<p>Control routes: <code>/__portal/reset</code>, <code>/__portal/faults</code>, <code>/__portal/limits</code>,
<code>/__portal/log</code>, <code>/__portal/state</code>, <code>/__portal/polls</code>.</p></body></html>`;
}
