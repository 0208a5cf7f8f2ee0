import { and, eq, inArray, lte } from 'drizzle-orm';
import { ClockState, type ClockPhase } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { roundClocks, rounds } from '../db/schema.js';

type ClockRow = typeof roundClocks.$inferSelect;

/** Rebuilds the domain clock from its row and the round's phase plan. */
function clockFromRow(row: ClockRow, phases: ClockPhase[]): ClockState {
  return ClockState.parse({
    status: row.status,
    phases,
    durationMs: row.durationMs,
    extendedMs: row.extendedMs,
    startedAt: row.startedAt?.getTime() ?? null,
    deadline: row.deadline?.getTime() ?? null,
    remainingAtPauseMs: row.remainingAtPauseMs,
    endedAt: row.endedAt?.getTime() ?? null,
    endReason: row.endReason,
    version: row.version,
  });
}

function rowFromClock(state: ClockState) {
  const at = (ms: number | null) => (ms === null ? null : new Date(ms));
  return {
    status: state.status,
    durationMs: state.durationMs,
    extendedMs: state.extendedMs,
    startedAt: at(state.startedAt),
    deadline: at(state.deadline),
    remainingAtPauseMs: state.remainingAtPauseMs,
    endedAt: at(state.endedAt),
    endReason: state.endReason,
    version: state.version,
    updatedAt: new Date(),
  };
}

export async function loadClock(db: Database, roundId: string): Promise<ClockState | null> {
  const [found] = await db
    .select({ clock: roundClocks, phases: rounds.phases })
    .from(roundClocks)
    .innerJoin(rounds, eq(rounds.id, roundClocks.roundId))
    .where(eq(roundClocks.roundId, roundId));
  return found ? clockFromRow(found.clock, found.phases) : null;
}

/**
 * Writes a transition only if nobody else wrote first (compare-and-set on `version`): this
 * is what makes an expiry fire exactly once across several server processes.
 */
export async function saveClock(db: Pick<Database, 'update'>, roundId: string, next: ClockState, expectedVersion: number): Promise<boolean> {
  const updated = await db
    .update(roundClocks)
    .set(rowFromClock(next))
    .where(and(eq(roundClocks.roundId, roundId), eq(roundClocks.version, expectedVersion)))
    .returning({ roundId: roundClocks.roundId });
  return updated.length > 0;
}

/** Every clock that is running or paused, with its round and loop, for start-up recovery. */
export async function loadLiveClocks(db: Database) {
  const found = await db
    .select({ clock: roundClocks, phases: rounds.phases, loopId: rounds.loopId })
    .from(roundClocks)
    .innerJoin(rounds, eq(rounds.id, roundClocks.roundId))
    .where(inArray(roundClocks.status, ['running', 'paused']));
  return found.map((f) => ({ roundId: f.clock.roundId, loopId: f.loopId, state: clockFromRow(f.clock, f.phases) }));
}

/** Running clocks whose deadline has passed: what the expiry sweep must end. */
export async function findOverdueClocks(db: Database, now: number) {
  const found = await db
    .select({ roundId: roundClocks.roundId, loopId: rounds.loopId })
    .from(roundClocks)
    .innerJoin(rounds, eq(rounds.id, roundClocks.roundId))
    .where(and(eq(roundClocks.status, 'running'), lte(roundClocks.deadline, new Date(now))));
  return found;
}

/** The clocks of every round of a loop, in round order. */
export async function loadLoopClocks(db: Database, loopId: string) {
  const found = await db
    .select({ clock: roundClocks, phases: rounds.phases })
    .from(roundClocks)
    .innerJoin(rounds, eq(rounds.id, roundClocks.roundId))
    .where(eq(rounds.loopId, loopId))
    .orderBy(rounds.position);
  return found.map((f) => ({ roundId: f.clock.roundId, state: clockFromRow(f.clock, f.phases) }));
}
