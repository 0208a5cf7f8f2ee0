import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiErrorBody, AuditLog, LoopIdParams } from '@mockloop/shared';
import { deliverTo } from '../application/facts.js';
import { readAudit } from '../application/loop-data.js';
import { requireLoopMember } from '../plugins/auth.js';
import { HttpError } from '../plugins/errors.js';

const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 429: ApiErrorBody, 503: ApiErrorBody };

/** GET /api/loops/:loopId/audit: who did what and when, for the organizer and the Bar Raiser. */
export async function auditRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/loops/:loopId/audit',
    {
      schema: {
        tags: ['loops'],
        summary: 'Audit log: who created, revoked, ran clocks, submitted, decided and published (organizer and Bar Raiser)',
        security: [{ inviteToken: [] }],
        params: LoopIdParams,
        response: { 200: AuditLog, ...errors },
      },
    },
    async (request) => {
      const principal = requireLoopMember(request, request.params.loopId);
      if (principal.role !== 'organizer' && !principal.isBarRaiser) {
        throw new HttpError(403, 'forbidden', 'Only the organizer or the Bar Raiser can read the audit log.');
      }
      return { loopId: principal.loopId, entries: deliverTo(app.facts)(await readAudit({ db: app.database.db }, principal)) };
    },
  );
}
