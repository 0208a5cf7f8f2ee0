import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { makeStorable } from '../domain/storable-text.js';
import { allowedOrigins, isAllowedOrigin } from '../auth/origins.js';
import { HttpError } from './errors.js';

/** Requests one client address may make per minute to any one route, unless the route says otherwise. */
export const REQUESTS_PER_MINUTE = 1200;

/**
 * Security headers, CORS and rate limits. The CSP allows only this origin (the built client
 * has no inline scripts); invite links must never leak through Referer, hence no-referrer.
 * Pages of another origin may not call the API at all (the same allow-list as Socket.IO).
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

  const allowed = allowedOrigins(app.config);
  await app.register(cors, {
    delegator: (request, callback) => {
      const origin = request.headers.origin;
      const ok = origin !== undefined && isAllowedOrigin(origin, request.headers.host, allowed);
      // Bearer tokens travel in a header, never in cookies: no credentials mode.
      callback(null, { origin: ok ? origin : false, credentials: false, strictPreflight: false, maxAge: 600 });
    },
  });
  app.addHook('onRequest', async (request) => {
    const origin = request.headers.origin;
    if (origin !== undefined && request.url.startsWith('/api/') && !isAllowedOrigin(origin, request.headers.host, allowed)) {
      throw new HttpError(403, 'forbidden', 'Pages from this origin may not call the MockLoop API.');
    }
  });

  // After validation, so a schema's limits apply to what was sent.
  app.addHook('preHandler', async (request) => {
    if (request.body !== undefined && request.body !== null) makeStorable(request.body);
  });

  // Every route is limited per client address; loop creation sets its own, lower limit.
  await app.register(rateLimit, {
    global: true,
    max: REQUESTS_PER_MINUTE,
    timeWindow: '1 minute',
    keyGenerator: clientAddress,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate-limited', `Too many requests: try again in ${Math.ceil(context.ttl / 1000)} s.`),
  });
}

/**
 * The client address rate limits count against: Fastify's `request.ip`, which follows
 * X-Forwarded-For only through the proxies TRUST_PROXY names (by default none, so a client
 * cannot choose its own address).
 */
function clientAddress(request: FastifyRequest): string {
  return request.ip || 'unknown';
}
