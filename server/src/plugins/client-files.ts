import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from './errors.js';

/**
 * Serves the built client and falls back to index.html for client-side routes, so a
 * deep link such as /loops/abc/round/2 survives a reload. API paths never fall back, and
 * source maps are never served.
 */
export async function registerClientFiles(app: FastifyInstance, clientDir: string) {
  const hasClient = existsSync(join(clientDir, 'index.html'));
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: clientDir,
      wildcard: false,
      cacheControl: false,
      // Source maps (kept in the build for debugging) would publish the whole client source.
      allowedPath: (pathName) => !pathName.endsWith('.map'),
      // Hashed assets can be cached for ever; index.html must always be revalidated.
      setHeaders(res, path) {
        res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.log.warn({ clientDir }, 'client build not found: run `npm run build` to serve the web app');
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const wantsPage = request.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/socket.io');
    if (hasClient && wantsPage && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return sendError(reply, 404, 'not-found', `No such resource: ${request.method} ${path}`);
  });
}
