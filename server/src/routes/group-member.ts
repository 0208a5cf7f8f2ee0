import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Availability, Calibration, CandidateHistory, GroupIdParams, GroupMemberParams, GroupSeatParams, inviteUrl, MemberHome, Reliability, SeatLink, SetAvailabilityRequest } from '@mockloop/shared';
import { deliverTo } from '../application/facts.js';
import { calibration, candidateHistory, reliability } from '../application/group-history.js';
import { groupCalendar, memberHome, openSeat, setAvailability } from '../application/group-home.js';
import { requireGroupMember, requireGroupPrincipal } from '../plugins/group-auth.js';
import { exampleAvailability } from './group-examples.js';
import { groupErrors as errors, groupLink as security, publicBase } from './group-common.js';

export async function groupMemberRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { db: app.database.db, now: app.now };
  const deliver = deliverTo(app.facts);

  r.get(
    '/api/groups/:groupId/me',
    { schema: { tags: ['groups'], summary: "A member's home: their loops in every role and their marked times", security, params: GroupIdParams, response: { 200: MemberHome, ...errors } } },
    async (request) => deliver(await memberHome(deps, await requireGroupMember(request, request.params.groupId))),
  );

  r.put(
    '/api/groups/:groupId/me/availability',
    {
      schema: { tags: ['groups'], summary: 'Replace the times the member can make (local times in their zone)', security, params: GroupIdParams, body: SetAvailabilityRequest.meta({ example: exampleAvailability }), response: { 200: Availability, ...errors } },
    },
    async (request) => deliver(await setAvailability(deps, await requireGroupMember(request, request.params.groupId), request.body)),
  );

  r.post(
    '/api/groups/:groupId/seats/:participantId/link',
    {
      schema: {
        tags: ['groups'],
        summary: 'Open one of your own seats: a fresh loop link (its earlier sessions end)',
        security,
        params: GroupSeatParams,
        response: { 200: SeatLink, ...errors },
      },
    },
    async (request) => {
      const principal = await requireGroupPrincipal(request, request.params.groupId);
      const seat = deliver(await openSeat(deps, principal, request.params.participantId));
      return { ...seat, url: inviteUrl(publicBase(request), seat.token) };
    },
  );

  r.get(
    '/api/groups/:groupId/members/:memberId/history',
    {
      schema: {
        tags: ['groups'],
        summary: "A member's loops as candidate, from published feedback",
        description: 'Another member sees only loops they held a seat in; vote counts only for the member and the organizer.',
        security,
        params: GroupMemberParams,
        response: { 200: CandidateHistory, ...errors },
      },
    },
    async (request) => deliver(await candidateHistory(deps, await requireGroupPrincipal(request, request.params.groupId), request.params.memberId)),
  );

  r.get(
    '/api/groups/:groupId/members/:memberId/calibration',
    { schema: { tags: ['groups'], summary: 'A member as interviewer: calibration and scorecard timing (the member and the organizer only)', security, params: GroupMemberParams, response: { 200: Calibration, ...errors } } },
    async (request) => deliver(await calibration(deps, await requireGroupPrincipal(request, request.params.groupId), request.params.memberId)),
  );

  r.get(
    '/api/groups/:groupId/reliability',
    { schema: { tags: ['groups'], summary: 'Who joined late or never, and late or missing scorecards (organizer only)', security, params: GroupIdParams, response: { 200: Reliability, ...errors } } },
    async (request) => deliver(await reliability(deps, await requireGroupPrincipal(request, request.params.groupId, ['organizer']))),
  );

  r.get(
    '/api/groups/:groupId/calendar.ics',
    { schema: { tags: ['groups'], summary: "Calendar file of the caller's seats in the group's loops", security, params: GroupIdParams, response: { 200: z.string().describe('text/calendar'), ...errors } } },
    async (request, reply) => {
      const principal = await requireGroupPrincipal(request, request.params.groupId);
      const ics = deliver(await groupCalendar(deps, principal, publicBase(request)));
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="mockloop-group.ics"').send(ics);
    },
  );
}
