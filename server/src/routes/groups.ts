import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateGroupRequest,
  CreateGroupResponse,
  GroupIdParams,
  GroupMemberInput,
  GroupMemberParams,
  GroupMemberView,
  GroupSession,
  GroupView,
  groupLinkUrl,
  MemberLink,
  UpdateMemberRequest,
} from '@mockloop/shared';
import { addMember, createGroup, editMember, groupSession, readGroup, reissueMemberLink, revokeMemberLink, type IssuedMember } from '../application/groups.js';
import { deliverTo } from '../application/facts.js';
import { requireGroupLink, requireGroupPrincipal } from '../plugins/group-auth.js';
import { exampleMember, exampleMemberEdit } from './group-examples.js';
import { groupErrors as errors, groupLink as security, publicBase } from './group-common.js';

const exampleGroup = {
  name: 'Thursday loop club',
  organizer: { name: 'Priya Raman' },
  members: [{ name: 'Ana Silva', targetRole: 'product-manager', timeZone: 'Europe/Lisbon', wantsToBeCandidate: true }],
};

export async function groupRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const deps = { db, now: app.now };
  const deliver = deliverTo(app.facts);
  const linkOf = (base: string, m: IssuedMember): MemberLink => ({ memberId: m.memberId, name: m.name, token: m.token, url: groupLinkUrl(base, m.token) });

  r.post(
    '/api/groups',
    {
      config: { rateLimit: { max: app.config.loopCreationsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['groups'],
        summary: 'Set up a peer group',
        description: 'Creates the group, the organizer link and one member link per member. Tokens appear only in this response.',
        body: CreateGroupRequest.meta({ example: exampleGroup }),
        response: { 201: CreateGroupResponse, ...errors },
      },
    },
    async (request, reply) => {
      const created = deliver(await createGroup(deps, request.body));
      const base = publicBase(request);
      return reply.code(201).send({
        groupId: created.groupId,
        organizer: { token: created.organizerToken, url: groupLinkUrl(base, created.organizerToken) },
        members: created.members.map((m) => linkOf(base, m)),
      });
    },
  );

  r.get(
    '/api/group-session',
    { schema: { tags: ['groups'], summary: 'Who this group link belongs to', security, response: { 200: GroupSession, ...errors } } },
    async (request) => deliver(groupSession(await requireGroupLink(request))),
  );

  r.get(
    '/api/groups/:groupId',
    { schema: { tags: ['groups'], summary: 'The group as its organizer sees it', security, params: GroupIdParams, response: { 200: GroupView, ...errors } } },
    async (request) => deliver(await readGroup(deps, await requireGroupPrincipal(request, request.params.groupId, ['organizer']))),
  );

  r.post(
    '/api/groups/:groupId/members',
    {
      schema: { tags: ['groups'], summary: 'Add a member (their link appears only in this response)', security, params: GroupIdParams, body: GroupMemberInput.meta({ example: exampleMember }), response: { 201: MemberLink, ...errors } },
    },
    async (request, reply) => {
      const organizer = await requireGroupPrincipal(request, request.params.groupId, ['organizer']);
      return reply.code(201).send(linkOf(publicBase(request), deliver(await addMember(deps, organizer, request.body))));
    },
  );

  r.patch(
    '/api/groups/:groupId/members/:memberId',
    { schema: { tags: ['groups'], summary: 'Edit a member', security, params: GroupMemberParams, body: UpdateMemberRequest.meta({ example: exampleMemberEdit }), response: { 200: GroupMemberView, ...errors } } },
    async (request) => deliver(await editMember(deps, await requireGroupPrincipal(request, request.params.groupId, ['organizer']), request.params.memberId, request.body)),
  );

  r.post(
    '/api/groups/:groupId/members/:memberId/link',
    { schema: { tags: ['groups'], summary: "Re-issue a member's link (the old one stops working at once)", security, params: GroupMemberParams, response: { 200: MemberLink, ...errors } } },
    async (request) => {
      const organizer = await requireGroupPrincipal(request, request.params.groupId, ['organizer']);
      return linkOf(publicBase(request), deliver(await reissueMemberLink(deps, organizer, request.params.memberId)));
    },
  );

  r.delete(
    '/api/groups/:groupId/members/:memberId/link',
    { schema: { tags: ['groups'], summary: "Revoke a member's link", security, params: GroupMemberParams, response: { 204: z.null().describe('Revoked'), ...errors } } },
    async (request, reply) => {
      deliver(await revokeMemberLink(deps, await requireGroupPrincipal(request, request.params.groupId, ['organizer']), request.params.memberId));
      return reply.code(204).send(null);
    },
  );
}
