import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

// The API and Socket.IO live on the Fastify server; in development Vite proxies to it so the
// client can keep using same-origin paths (`/api/...`, `/socket.io`) exactly as in production.
const serverUrl = process.env.MOCKLOOP_SERVER_URL ?? 'http://127.0.0.1:3000';

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: serverUrl, changeOrigin: false },
  '/socket.io': { target: serverUrl, ws: true, changeOrigin: false },
};

/**
 * Excalidraw (the whiteboard) loads its fonts from EXCALIDRAW_ASSET_PATH, else from a CDN the
 * CSP refuses: ship them with the client. The CJK font (13 MB) is left out; such text falls
 * back to a system font.
 */
function excalidrawFonts(): Plugin {
  const from = fileURLToPath(new URL('../node_modules/@excalidraw/excalidraw/dist/prod/fonts', import.meta.url));
  const to = fileURLToPath(new URL('./dist/excalidraw-assets/fonts', import.meta.url));
  return {
    name: 'excalidraw-fonts',
    apply: 'build',
    // Excalidraw lists a CDN after EXCALIDRAW_ASSET_PATH in every font's sources; the browser
    // reports each as a CSP violation. Point that fallback at this server too: MockLoop never
    // contacts a third party, and the strict CSP stays as it is.
    transform(code, id) {
      if (!id.includes('@excalidraw/excalidraw') || !code.includes('https://esm.sh/')) return null;
      return { code: code.replaceAll('`https://esm.sh/', '`${location.origin}/excalidraw-assets/cdn/'), map: null };
    },
    closeBundle() {
      cpSync(from, to, { recursive: true, filter: (path) => !path.includes('Xiaolai') });
    },
  };
}

export default defineConfig({
  // Pin the root so `vite build` works the same from the repo root or from client/.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), excalidrawFonts()],
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
