import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.js';

/**
 * Security headers and rate limits. The CSP allows only this origin (the built client has
 * no inline scripts); invite links must never leak through Referer, hence no-referrer.
 */
export async function registerSecurity(app: FastifyInstance) {
  await app.register(helmet, {
    referrerPolicy: { policy: 'no-referrer' },
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    // Cross-origin isolation would block the docs page's assets for no gain here.
    crossOriginEmbedderPolicy: false,
  });
  // Limits are per route (`config.rateLimit`); routes without one are not limited here.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate-limited', `Too many requests: try again in ${Math.ceil(context.ttl / 1000)} s.`),
  });
}
