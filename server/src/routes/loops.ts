import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiErrorBody,
  CreateLoopRequest,
  CreateLoopResponse,
  inviteUrl,
  LoopIdParams,
  LoopView,
  ParticipantLink,
  ParticipantParams,
  SessionInfo,
} from '@mockloop/shared';
import { deliverTo } from '../application/facts.js';
import { reissueLink, revokeLink } from '../application/links.js';
import { createLoop, issuedLinks, openSession, readLoop } from '../application/loops.js';
import { buildLoopCalendar } from '../domain/calendar.js';
import { requireLoopMember, requirePrincipal, requireRole } from '../plugins/auth.js';
import { exampleCreateLoop, exampleCreateLoopResponse } from './examples.js';

const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 413: ApiErrorBody.describe('Body over 256 KB (payload-too-large)'), 429: ApiErrorBody };
const bearer = [{ inviteToken: [] }];

/** Where links point: PUBLIC_URL when set, else the address the request came in on. */
function publicBase(request: FastifyRequest): string {
  return request.server.config.publicUrl ?? `${request.protocol}://${request.host}`;
}

type LinkHolder = { id: string; role: string; name: string; roundPosition: number | null; isBarRaiser?: boolean; token: string };

/** A participant's invite link as the API returns it (the only time the token is shown). */
function linkOf(base: string, p: LinkHolder): ParticipantLink {
  return {
    participantId: p.id,
    role: p.role as ParticipantLink['role'],
    name: p.name,
    roundPosition: p.roundPosition,
    ...(p.isBarRaiser === undefined ? {} : { isBarRaiser: p.isBarRaiser }),
    token: p.token,
    url: inviteUrl(base, p.token),
  };
}

export function linksOf(request: FastifyRequest, created: { loopId: string; participants: LinkHolder[] }): CreateLoopResponse {
  const base = publicBase(request);
  return { loopId: created.loopId, links: created.participants.map((p) => linkOf(base, p)) };
}

export async function loopRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const deps = { db, now: app.now };
  const deliver = deliverTo(app.facts);

  r.post(
    '/api/loops',
    {
      config: { rateLimit: { max: app.config.loopCreationsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['loops'],
        summary: 'Set up a loop',
        description: 'Creates the loop, its rounds and one invite link per participant. Tokens appear only in this response.',
        body: CreateLoopRequest.meta({ example: exampleCreateLoop }),
        response: { 201: CreateLoopResponse.meta({ example: exampleCreateLoopResponse }), ...errors },
      },
    },
    async (request, reply) => {
      const created = deliver(await createLoop(deps, request.body));
      return reply.code(201).send(linksOf(request, { loopId: created.loopId, participants: issuedLinks(created, request.body) }));
    },
  );

  r.get(
    '/api/session',
    { schema: { tags: ['loops'], summary: 'Who this invite token belongs to', security: bearer, response: { 200: SessionInfo, ...errors } } },
    async (request) => {
      const principal = requirePrincipal(request);
      deliver(await openSession(deps, principal));
      const { loopId, ...viewer } = principal;
      return { loopId, viewer };
    },
  );

  r.get(
    '/api/loops/:loopId',
    {
      schema: {
        tags: ['loops'],
        summary: "The loop as the caller's role may see it",
        security: bearer,
        params: LoopIdParams,
        response: { 200: LoopView, ...errors },
      },
    },
    async (request) => {
      const principal = requireLoopMember(request, request.params.loopId);
      return deliver(await readLoop(deps, principal));
    },
  );

  r.get(
    '/api/loops/:loopId/calendar.ics',
    {
      schema: {
        tags: ['loops'],
        summary: "Calendar file with every round, for the caller",
        security: bearer,
        params: LoopIdParams,
        response: { 200: z.string().describe('text/calendar'), ...errors },
      },
    },
    async (request, reply) => {
      const principal = requireLoopMember(request, request.params.loopId);
      const ics = buildLoopCalendar(deliver(await readLoop(deps, principal)), publicBase(request));
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mockloop.ics"')
        .send(ics);
    },
  );

  r.post(
    '/api/loops/:loopId/participants/:participantId/link',
    {
      schema: {
        tags: ['loops'],
        summary: "Re-issue a participant's link (the old one stops working at once)",
        security: bearer,
        params: ParticipantParams,
        response: { 200: ParticipantLink, ...errors },
      },
    },
    async (request) => {
      const principal = requireLoopMember(request, request.params.loopId);
      requireRole(principal, ['organizer'], 're-issue links');
      return linkOf(publicBase(request), deliver(await reissueLink({ db }, principal, request.params.participantId)));
    },
  );

  r.delete(
    '/api/loops/:loopId/participants/:participantId/link',
    {
      schema: {
        tags: ['loops'],
        summary: "Revoke a participant's link",
        security: bearer,
        params: ParticipantParams,
        response: { 204: z.null().describe('Revoked'), ...errors },
      },
    },
    async (request, reply) => {
      const principal = requireLoopMember(request, request.params.loopId);
      requireRole(principal, ['organizer'], 'revoke links');
      deliver(await revokeLink({ db }, principal, request.params.participantId));
      return reply.code(204).send(null);
    },
  );
}
