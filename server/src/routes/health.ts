import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiErrorBody, HealthReport } from '@mockloop/shared';
import type { DatabaseHandle } from '../db/database.js';

/** GET /api/health: 200 when the database answers, 503 when it does not. */
export async function healthRoutes(app: FastifyInstance, opts: { database: DatabaseHandle; version: string }) {
  const startedAt = Date.now();
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: { 200: HealthReport, 503: HealthReport, 500: ApiErrorBody },
      },
    },
    async (_request, reply) => {
      const t0 = performance.now();
      let reachable = true;
      try {
        await opts.database.ping(2000);
      } catch {
        reachable = false;
      }
      const report: HealthReport = {
        status: reachable ? 'ok' : 'degraded',
        database: {
          driver: opts.database.driver,
          reachable,
          latencyMs: reachable ? Math.round((performance.now() - t0) * 10) / 10 : null,
        },
        version: opts.version,
        uptimeS: Math.round((Date.now() - startedAt) / 1000),
      };
      return reply.code(reachable ? 200 : 503).send(report);
    },
  );
}
