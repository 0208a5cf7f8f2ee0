import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiErrorBody, CreateLoopResponse } from '@mockloop/shared';
import { createDemoLoop } from '../application/demo.js';
import { deliverTo } from '../application/facts.js';
import { linksOf } from './loops.js';

/** POST /api/demo: a sample loop with every role's link, for a newcomer to look around. */
export async function demoRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/demo',
    {
      config: { rateLimit: { max: app.config.loopCreationsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['loops'],
        summary: 'Create a sample loop',
        description: 'A loop three rounds in, with sample people, scorecards and stories. Returns every participant link.',
        response: { 201: CreateLoopResponse, 429: ApiErrorBody },
      },
    },
    async (request, reply) => {
      const created = deliverTo(app.facts)(await createDemoLoop({ db: app.database.db, now: app.now }));
      return reply.code(201).send(linksOf(request, created));
    },
  );
}
