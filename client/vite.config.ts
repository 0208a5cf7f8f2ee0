import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The API and Socket.IO live on the Fastify server; in development Vite proxies to it so the
// client can keep using same-origin paths (`/api/...`, `/socket.io`) exactly as in production.
const serverUrl = process.env.MOCKLOOP_SERVER_URL ?? 'http://127.0.0.1:3000';

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: serverUrl, changeOrigin: false },
  '/socket.io': { target: serverUrl, ws: true, changeOrigin: false },
};

export default defineConfig({
  // Pin the root so `vite build` works the same from the repo root or from client/.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [{ find: /^use-sync-external-store\/shim\/index\.js$/, replacement: fileURLToPath(new URL('src/lib/use-sync-external-store.ts', import.meta.url)) }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Every browser MockLoop supports has <link rel="modulepreload">; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy },
});
