import type { FastifyRequest } from 'fastify';
import { bearerToken } from '../auth/invite-token.js';
import type { GroupPrincipal } from '../domain/group-principal.js';
import { hashToken } from '../domain/invite-token.js';
import { findGroupByOrganizerHash, findMemberByHash } from '../repositories/groups.js';
import { HttpError } from './errors.js';

const resolved = new WeakMap<FastifyRequest, GroupPrincipal | null>();

/** The group link behind `Authorization: Bearer`, looked up once per request; null if none. */
async function groupPrincipalOf(request: FastifyRequest): Promise<GroupPrincipal | null> {
  if (resolved.has(request)) return resolved.get(request)!;
  const token = bearerToken(request.headers.authorization);
  let principal: GroupPrincipal | null = null;
  if (token) {
    const db = request.server.database.db;
    const hash = hashToken(token);
    const group = await findGroupByOrganizerHash(db, hash);
    if (group) principal = { kind: 'organizer', groupId: group.id, groupName: group.name, memberId: null, name: group.organizerName };
    const member = group ? null : await findMemberByHash(db, hash);
    if (member) principal = { kind: 'member', groupId: member.groupId, groupName: member.groupName, memberId: member.id, name: member.name };
  }
  resolved.set(request, principal);
  return principal;
}

/** Any live group link; 401 when it is missing, unknown or revoked. */
export async function requireGroupLink(request: FastifyRequest): Promise<GroupPrincipal> {
  const principal = await groupPrincipalOf(request);
  if (!principal) throw new HttpError(401, 'unauthorized', 'This group link is not valid (any more). Ask the organizer for a new one.');
  return principal;
}

/**
 * The caller, who must hold a link of this group (404 otherwise, as for a group that does
 * not exist, so group ids cannot be probed) and, when `kinds` is given, be one of them.
 */
export async function requireGroupPrincipal(request: FastifyRequest, groupId: string, kinds?: GroupPrincipal['kind'][]): Promise<GroupPrincipal> {
  const principal = await requireGroupLink(request);
  if (principal.groupId !== groupId) throw new HttpError(404, 'not-found', 'No such group.');
  if (kinds && !kinds.includes(principal.kind)) throw new HttpError(403, 'forbidden', `Only the group's ${kinds.join(' or ')} can do this.`);
  return principal;
}

/** The caller, who must hold a member link of this group. */
export async function requireGroupMember(request: FastifyRequest, groupId: string): Promise<GroupPrincipal & { kind: 'member' }> {
  const principal = await requireGroupPrincipal(request, groupId, ['member']);
  if (principal.kind !== 'member') throw new HttpError(403, 'forbidden', "Only the group's member can do this.");
  return principal;
}
