import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiErrorBody, LoopExport, LoopIdParams } from '@mockloop/shared';
import { requireLoopMember, requireRole } from '../plugins/auth.js';
import { HttpError } from '../plugins/errors.js';
import { recordAudit } from '../repositories/audit.js';
import { deleteLoop, exportLoop } from '../repositories/loop-data.js';

const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 429: ApiErrorBody, 503: ApiErrorBody };
const bearer = [{ inviteToken: [] }];

/** The organizer's data rights: take a loop away as JSON, and delete it for good. */
export async function loopDataRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

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
      const exported = await exportLoop(db, principal.loopId, new Date(app.now()));
      if (!exported) throw new HttpError(404, 'not-found', 'No such loop.');
      await recordAudit(db, { loopId: principal.loopId, actorId: principal.participantId, actorRole: principal.role, action: 'loop.exported' });
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
      if (!(await deleteLoop(db, principal.loopId, principal))) throw new HttpError(404, 'not-found', 'No such loop.');
      // The tokens are gone with the participants, so a reconnect is refused at the handshake.
      app.loopEvents.loopDeleted(principal.loopId);
      return reply.code(204).send(null);
    },
  );
}
