import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiErrorBody, WhiteboardParams, WhiteboardScene } from '@mockloop/shared';
import { deliverTo } from '../application/facts.js';
import { readWhiteboard } from '../application/whiteboard.js';
import { requireLoopMember } from '../plugins/auth.js';

const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody };

/** A design round's whiteboard, read-only: for the debrief, and for those who saw it live. */
export async function whiteboardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/loops/:loopId/rounds/:roundId/whiteboard',
    {
      schema: {
        tags: ['interviews'],
        summary: "A design round's whiteboard scene (its candidate, interviewer, shadows, the Bar Raiser; every interviewer once the debrief is open)",
        security: [{ inviteToken: [] }],
        params: WhiteboardParams,
        response: { 200: WhiteboardScene, ...errors },
      },
    },
    async (request) => {
      const principal = requireLoopMember(request, request.params.loopId);
      return deliverTo(app.facts)(await readWhiteboard({ db: app.database.db }, principal, request.params.roundId));
    },
  );
}
