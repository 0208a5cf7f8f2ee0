import type { Database } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import { recordArrival } from '../repositories/round-arrivals.js';

/**
 * Someone entered a round's room (a `presence:enter` the handler already authorised): the
 * first entry per round is kept, so reliability can tell who joined late or never.
 */
export async function noteRoundEntry(deps: { db: Database; now: () => number }, principal: Principal, roundId: string): Promise<void> {
  await recordArrival(deps.db, principal.participantId, roundId, new Date(deps.now()));
}
