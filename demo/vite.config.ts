// The demo: Vite serves demo/index.html and mounts the portal emulator on the same origin, so `npm start`
// needs no Bitrix24 account.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { createPortal } from '../portal/index.js';

function portalEmulator(): Plugin {
  const portal = createPortal();
  return {
    name: 'b24-portal-emulator',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!portal.matches(req)) return next();
        portal.handle(req, res).catch(next);
      });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [portalEmulator()],
  server: { host: '127.0.0.1', port: Number(process.env.PORT || 5173), open: false },
});
