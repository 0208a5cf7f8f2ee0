import { BlockList, isIP } from 'node:net';
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

// Addresses a reverse proxy in front of MockLoop would connect from.
const proxies = new BlockList();
proxies.addSubnet('127.0.0.0', 8, 'ipv4');
proxies.addSubnet('10.0.0.0', 8, 'ipv4');
proxies.addSubnet('172.16.0.0', 12, 'ipv4');
proxies.addSubnet('192.168.0.0', 16, 'ipv4');
proxies.addAddress('::1', 'ipv6');
proxies.addSubnet('fc00::', 7, 'ipv6');
proxies.addSubnet('fe80::', 10, 'ipv6');

/**
 * The client address rate limits count against. Behind a proxy on a private address, that is
 * the last X-Forwarded-For entry (the one the proxy itself appended); the entries before it
 * are whatever the client wrote and would let anyone reset their limit at will. A public
 * peer is the client itself, whatever headers it sends.
 */
export function clientAddress(request: FastifyRequest): string {
  const peer = (request.raw.socket?.remoteAddress ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  const family = isIP(peer);
  const forwarded = request.headers['x-forwarded-for'];
  if (family && forwarded && proxies.check(peer, family === 6 ? 'ipv6' : 'ipv4')) {
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',').at(-1)?.trim();
    if (last && isIP(last)) return last;
  }
  return peer || 'unknown';
}
