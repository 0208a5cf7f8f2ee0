import { and, asc, eq, inArray, max, ne, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { debriefs, groupLoops, groupMembers, groupSeats, loops, participants, roundClocks, rounds } from '../db/schema.js';

/** The loops a group created and who sat where in them. */

type Executor = Pick<Database, 'select' | 'insert' | 'update'>;

export async function nextSeries(db: Executor, groupId: string): Promise<number> {
  const [row] = await db.select({ last: max(groupLoops.series) }).from(groupLoops).where(eq(groupLoops.groupId, groupId));
  return (row?.last ?? 0) + 1;
}

export async function insertGroupLoop(
  db: Executor,
  row: { loopId: string; groupId: string; series: number; position: number; candidateMemberId: string },
  seats: readonly { participantId: string; memberId: string }[],
): Promise<void> {
  await db.insert(groupLoops).values(row);
  await db.insert(groupSeats).values(seats.map((s) => ({ ...s, loopId: row.loopId })));
}

/** One group loop with its progress facts, earliest first. */
export async function groupLoopRows(db: Database, groupId: string) {
  return db
    .select({
      loopId: groupLoops.loopId,
      series: groupLoops.series,
      position: groupLoops.position,
      candidateMemberId: groupLoops.candidateMemberId,
      candidateName: loops.candidateName,
      startsAt: loops.startsAt,
      timeZone: loops.timeZone,
      debriefPhase: debriefs.phase,
      decision: debriefs.decision,
      publishedFeedback: debriefs.publishedFeedback,
    })
    .from(groupLoops)
    .innerJoin(loops, eq(loops.id, groupLoops.loopId))
    .leftJoin(debriefs, eq(debriefs.loopId, groupLoops.loopId))
    .where(eq(groupLoops.groupId, groupId))
    .orderBy(asc(groupLoops.series), asc(groupLoops.position));
}

/** Loops of these ids in which at least one round clock has left 'scheduled'. */
export async function startedLoopIds(db: Database, loopIds: readonly string[]): Promise<Set<string>> {
  if (loopIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ loopId: rounds.loopId })
    .from(roundClocks)
    .innerJoin(rounds, eq(rounds.id, roundClocks.roundId))
    .where(and(inArray(rounds.loopId, [...loopIds]), ne(roundClocks.status, 'scheduled')));
  return new Set(rows.map((r) => r.loopId));
}

/** Every member seat of the group's loops (candidate and interviewers), with its round. */
export async function groupSeatRows(db: Database, groupId: string, extra?: SQL) {
  return db
    .select({
      participantId: groupSeats.participantId,
      loopId: groupSeats.loopId,
      memberId: groupSeats.memberId,
      memberName: groupMembers.name,
      role: participants.role,
      isBarRaiser: participants.isBarRaiser,
      roundId: participants.roundId,
      roundPosition: rounds.position,
      roundTitle: rounds.title,
      roundStartsAt: rounds.startsAt,
      roundMinutes: rounds.durationMinutes,
    })
    .from(groupSeats)
    .innerJoin(groupLoops, eq(groupLoops.loopId, groupSeats.loopId))
    .innerJoin(participants, eq(participants.id, groupSeats.participantId))
    .innerJoin(groupMembers, eq(groupMembers.id, groupSeats.memberId))
    .leftJoin(rounds, eq(rounds.id, participants.roundId))
    .where(extra ? and(eq(groupLoops.groupId, groupId), extra) : eq(groupLoops.groupId, groupId))
    .orderBy(asc(groupLoops.series), asc(groupLoops.position), asc(rounds.position));
}

export const seatsOfMemberFilter = (memberId: string) => eq(groupSeats.memberId, memberId);

/** The organizer's own seat in each group loop. */
export async function organizerSeatRows(db: Database, groupId: string) {
  return db
    .select({ participantId: participants.id, loopId: participants.loopId })
    .from(participants)
    .innerJoin(groupLoops, eq(groupLoops.loopId, participants.loopId))
    .where(and(eq(groupLoops.groupId, groupId), eq(participants.role, 'organizer')));
}

/** A seat of a group loop by participant: whose it is (null memberId for the organizer's). */
export async function findGroupSeat(db: Database, groupId: string, participantId: string) {
  const [row] = await db
    .select({ participantId: participants.id, loopId: participants.loopId, role: participants.role, memberId: groupSeats.memberId })
    .from(participants)
    .innerJoin(groupLoops, eq(groupLoops.loopId, participants.loopId))
    .leftJoin(groupSeats, eq(groupSeats.participantId, participants.id))
    .where(and(eq(groupLoops.groupId, groupId), eq(participants.id, participantId)));
  return row ?? null;
}

/**
 * A new token for a seat, opened from a member's home. Unlike the organizer's re-issue it
 * keeps the first opening: the member opening their seat again is not a new person.
 */
export async function replaceSeatToken(db: Executor, participantId: string, tokenHash: string, at: Date): Promise<void> {
  await db.update(participants).set({ tokenHash, tokenIssuedAt: at, revokedAt: null }).where(eq(participants.id, participantId));
}

/** When each of these loops starts and ends, from its rounds. */
export async function loopSpans(db: Database, loopIds: readonly string[]): Promise<Map<string, { startsAt: Date; endsAt: Date }>> {
  const spans = new Map<string, { startsAt: Date; endsAt: Date }>();
  if (loopIds.length === 0) return spans;
  const rows = await db
    .select({ loopId: rounds.loopId, startsAt: rounds.startsAt, minutes: rounds.durationMinutes })
    .from(rounds)
    .where(inArray(rounds.loopId, [...loopIds]));
  for (const row of rows) {
    const end = new Date(row.startsAt.getTime() + row.minutes * 60_000);
    const span = spans.get(row.loopId);
    if (!span) spans.set(row.loopId, { startsAt: row.startsAt, endsAt: end });
    else {
      if (row.startsAt < span.startsAt) span.startsAt = row.startsAt;
      if (end > span.endsAt) span.endsAt = end;
    }
  }
  return spans;
}
