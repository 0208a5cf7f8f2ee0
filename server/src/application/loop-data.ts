import type { AuditLogEntry, LoopExport } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { loopRoom, type Principal } from '../domain/principal.js';
import { auditAsCandidate, exportAsCandidate, seesAsCandidate } from '../domain/visibility.js';
import { recordAudit } from '../repositories/audit.js';
import { feedbackPublished, organizerIsCandidate } from '../repositories/loops.js';
import { deleteLoop as deleteLoopRows, exportLoop as readLoopExport, readAuditLog } from '../repositories/loop-data.js';
import { withoutFacts, type Outcome } from './facts.js';

type LoopDataDeps = { db: Database; now: () => number };

const noSuchLoop = () => new DomainError('not-found', 'No such loop.');

/**
 * The organizer takes the loop away as JSON. The export is read first, so it shows the log
 * as it was; the export's own audit line is its only write, in the same transaction.
 */
export async function exportLoop(deps: LoopDataDeps, organizer: Principal): Promise<Outcome<LoopExport>> {
  const exported = await deps.db.transaction(async (tx) => {
    const exported = await readLoopExport(tx, organizer.loopId, new Date(deps.now()));
    if (!exported) throw noSuchLoop();
    await recordAudit(tx, { loopId: organizer.loopId, actorId: organizer.participantId, actorRole: organizer.role, action: 'loop.exported' });
    return exported;
  });
  return withoutFacts(seesAsCandidate(organizer, exported.loop) && !exported.feedbackIncluded ? exportAsCandidate(exported) : exported);
}

/**
 * The organizer deletes the loop and everything in it, with its audit line, in one
 * transaction. The tokens are gone with the participants, so every live session is dropped
 * and a reconnect is refused at the handshake.
 */
export async function deleteLoop(deps: Pick<LoopDataDeps, 'db'>, organizer: Principal): Promise<Outcome<null>> {
  if (!(await deleteLoopRows(deps.db, organizer.loopId, organizer))) throw noSuchLoop();
  return { result: null, facts: [{ kind: 'disconnect', rooms: [loopRoom(organizer.loopId)] }] };
}

/** Who did what and when, oldest first (the route lets only the organizer and the Bar Raiser ask). */
export async function readAudit(deps: Pick<LoopDataDeps, 'db'>, reader: Principal): Promise<Outcome<AuditLogEntry[]>> {
  const [entries, candidateOrganizes, published] = await Promise.all([
    readAuditLog(deps.db, reader.loopId),
    organizerIsCandidate(deps.db, reader.loopId),
    feedbackPublished(deps.db, reader.loopId),
  ]);
  return withoutFacts(seesAsCandidate(reader, { organizerIsCandidate: candidateOrganizes }) && !published ? auditAsCandidate(entries) : entries);
}
