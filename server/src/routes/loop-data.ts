import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiErrorBody, LoopExport, LoopIdParams } from '@mockloop/shared';
import { deliverTo } from '../application/facts.js';
import { deleteLoop, exportLoop } from '../application/loop-data.js';
import { requireLoopMember, requireRole } from '../plugins/auth.js';

const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 429: ApiErrorBody, 503: ApiErrorBody };
const bearer = [{ inviteToken: [] }];

/** The organizer's data rights: take a loop away as JSON, and delete it for good. */
export async function loopDataRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { db: app.database.db, now: app.now };
  const deliver = deliverTo(app.facts);

  r.get(
    '/api/loops/:loopId/export',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['loops'],
        summary: 'Export the loop as JSON (organizer)',
        description: 'What the organizer sees elsewhere: people, schedule, progress, the audit log and, once published, the feedback the candidate reads. Never credentials, scorecard content or votes (the organizer may be the candidate).',
        security: bearer,
        params: LoopIdParams,
        response: { 200: LoopExport, ...errors },
      },
    },
    async (request, reply) => {
      const principal = requireLoopMember(request, request.params.loopId);
      requireRole(principal, ['organizer'], 'export the loop');
      const exported = deliver(await exportLoop(deps, principal));
      return reply.header('content-disposition', 'attachment; filename="mockloop-loop.json"').send(exported);
    },
  );

  r.delete(
    '/api/loops/:loopId',
    {
      schema: {
        tags: ['loops'],
        summary: 'Delete the loop and everything in it (organizer); every link stops working',
        security: bearer,
        params: LoopIdParams,
        response: { 204: z.null().describe('Deleted'), ...errors },
      },
    },
    async (request, reply) => {
      const principal = requireLoopMember(request, request.params.loopId);
      requireRole(principal, ['organizer'], 'delete the loop');
      deliver(await deleteLoop(deps, principal));
      return reply.code(204).send(null);
    },
  );
}
