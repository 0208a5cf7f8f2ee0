import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CreateSeriesRequest, CreateSeriesResponse, GroupIdParams, PlanSeriesRequest, ReviewSeriesRequest, SeriesPlan, SeriesProposal } from '@mockloop/shared';
import { deliverTo } from '../application/facts.js';
import { createGroupSeries, planGroupSeries, reviewGroupSeries } from '../application/group-series.js';
import { requireGroupPrincipal } from '../plugins/group-auth.js';
import { examplePlan, exampleReview, exampleSeries } from './group-examples.js';
import { groupErrors as errors, groupLink as security } from './group-common.js';

export async function groupSeriesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { db: app.database.db, now: app.now };
  const deliver = deliverTo(app.facts);

  r.post(
    '/api/groups/:groupId/series/plan',
    {
      schema: {
        tags: ['groups'],
        summary: 'Plan a series of loops (nothing is stored)',
        description: 'Every member who wants to be a candidate is one once; rounds are shared evenly; the notes explain the choices and `dates` proposes times from marked availability.',
        security,
        params: GroupIdParams,
        body: PlanSeriesRequest.meta({ example: examplePlan }),
        response: { 200: SeriesProposal, ...errors },
      },
    },
    async (request) => deliver(await planGroupSeries(deps, await requireGroupPrincipal(request, request.params.groupId, ['organizer']), request.body)),
  );

  r.post(
    '/api/groups/:groupId/series/review',
    {
      schema: { tags: ['groups'], summary: 'Check a hand-adjusted series against the planner rules (nothing is stored)', security, params: GroupIdParams, body: ReviewSeriesRequest.meta({ example: exampleReview }), response: { 200: SeriesPlan, ...errors } },
    },
    async (request) => deliver(await reviewGroupSeries(deps, await requireGroupPrincipal(request, request.params.groupId, ['organizer']), request.body)),
  );

  r.post(
    '/api/groups/:groupId/series',
    {
      config: { rateLimit: { max: app.config.loopCreationsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['groups'],
        summary: 'Create the loops of a series',
        description: 'Each loop is set up like any other loop, its seats tied to members. A series breaking an error-level rule is refused whole (400, `details.violations`).',
        security,
        params: GroupIdParams,
        body: CreateSeriesRequest.meta({ example: exampleSeries }),
        response: { 201: CreateSeriesResponse, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(deliver(await createGroupSeries(deps, await requireGroupPrincipal(request, request.params.groupId, ['organizer']), request.body))),
  );
}
