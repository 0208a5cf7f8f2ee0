import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ParticipantRole } from '@mockloop/shared';
import { bearerToken } from '../auth/invite-token.js';
import { hashToken } from '../domain/invite-token.js';
import { principalOf, type Principal } from '../domain/principal.js';
import { findByTokenHash } from '../repositories/participants.js';
import { HttpError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Resolves `Authorization: Bearer <invite token>` to the participant, once per request. */
export function registerAuth(app: FastifyInstance) {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const token = bearerToken(request.headers.authorization);
    if (!token) return;
    const row = await findByTokenHash(app.database.db, hashToken(token));
    request.principal = row ? principalOf(row) : null;
  });
}

/** The caller's participant; 401 when the token is missing, unknown or revoked. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) {
    throw new HttpError(401, 'unauthorized', 'This link is not valid (any more). Ask the organizer for a new one.');
  }
  return request.principal;
}

/**
 * The caller, who must belong to this loop. A token of another loop gets 404, the same
 * answer as a loop that does not exist, so loop ids cannot be probed.
 */
export function requireLoopMember(request: FastifyRequest, loopId: string): Principal {
  const principal = requirePrincipal(request);
  if (principal.loopId !== loopId) throw new HttpError(404, 'not-found', 'No such loop.');
  return principal;
}

export function requireRole(principal: Principal, roles: ParticipantRole[], action: string): void {
  if (!roles.includes(principal.role)) {
    throw new HttpError(403, 'forbidden', `Only the ${roles.join(' or ')} can ${action}.`);
  }
}
