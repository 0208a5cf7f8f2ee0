import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { hashToken, newInviteToken } from '../domain/invite-token.js';
import { participantRoom, type Principal } from '../domain/principal.js';
import { seesAsCandidate } from '../domain/visibility.js';
import { recordAudit } from '../repositories/audit.js';
import { loadLoop } from '../repositories/loops.js';
import type { IssuedLink } from './loops.js';
import { replaceToken, revokeToken } from '../repositories/participants.js';
import type { Fact, Outcome } from './facts.js';
import { loopChangedFact } from './loop-events.js';

type LinkDeps = { db: Database };

const noSuchParticipant = () => new DomainError('not-found', 'No such participant.');

/** The old link's live sessions end, and the loop's participant list is fetched again. */
function linkChanged(loopId: string, participantId: string): Fact[] {
  return [{ kind: 'disconnect', rooms: [participantRoom(participantId)] }, loopChangedFact(loopId, 'participants')];
}

/**
 * The organizer gives a participant a new link: the old token stops working at once. The new
 * token and its audit line are stored together; the token exists only in the result.
 */
export async function reissueLink(deps: LinkDeps, organizer: Principal, participantId: string): Promise<Outcome<IssuedLink>> {
  const { loopId } = organizer;
  const token = newInviteToken();
  await deps.db.transaction(async (tx) => {
    if (!(await replaceToken(tx, loopId, participantId, hashToken(token)))) throw noSuchParticipant();
    await recordAudit(tx, { loopId, actorId: organizer.participantId, actorRole: 'organizer', action: 'link.reissued', detail: { participantId } });
  });
  const record = await loadLoop(deps.db, loopId);
  const person = record?.participants.find((p) => p.id === participantId);
  if (!record || !person) throw noSuchParticipant();
  const round = record.rounds.find((rd) => rd.id === person.roundId);
  const barRaiser = seesAsCandidate(organizer, record.loop) ? {} : { isBarRaiser: person.isBarRaiser };
  return {
    result: { id: person.id, role: person.role, name: person.name, roundId: person.roundId, ...barRaiser, roundPosition: round?.position ?? null, token },
    facts: linkChanged(loopId, participantId),
  };
}

/** The organizer revokes a participant's link (never their own); it stops working at once. */
export async function revokeLink(deps: LinkDeps, organizer: Principal, participantId: string): Promise<Outcome<null>> {
  const { loopId } = organizer;
  if (participantId === organizer.participantId) throw new DomainError('bad-request', 'You cannot revoke your own organizer link.');
  await deps.db.transaction(async (tx) => {
    if (!(await revokeToken(tx, loopId, participantId))) throw noSuchParticipant();
    await recordAudit(tx, { loopId, actorId: organizer.participantId, actorRole: 'organizer', action: 'link.revoked', detail: { participantId } });
  });
  return { result: null, facts: linkChanged(loopId, participantId) };
}
