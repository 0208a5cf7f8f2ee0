import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { groupSeats, loops, lpRatings, participants, roundClocks, rounds, scorecards } from '../db/schema.js';

/**
 * Every interviewer seat of these loops with its scorecard (if any), the round's clock end and
 * the LP ratings: what calibration and reliability read. Drafts are included so a missing
 * scorecard can be told from a late one; callers decide what a viewer may see.
 */
export async function interviewerCards(db: Database, loopIds: readonly string[]) {
  if (loopIds.length === 0) return [];
  const seats = await db
    .select({
      participantId: participants.id,
      loopId: participants.loopId,
      memberId: groupSeats.memberId,
      roundTitle: rounds.title,
      roundEndedAt: roundClocks.endedAt,
      dueMinutes: loops.scorecardDueMinutes,
      scorecardId: scorecards.id,
      status: scorecards.status,
      vote: scorecards.vote,
      submittedAt: scorecards.submittedAt,
    })
    .from(participants)
    .innerJoin(loops, eq(loops.id, participants.loopId))
    .innerJoin(rounds, eq(rounds.id, participants.roundId))
    .innerJoin(roundClocks, eq(roundClocks.roundId, rounds.id))
    .leftJoin(groupSeats, eq(groupSeats.participantId, participants.id))
    .leftJoin(scorecards, eq(scorecards.interviewerId, participants.id))
    .where(and(inArray(participants.loopId, [...loopIds]), eq(participants.role, 'interviewer')));
  const interviewers = seats;
  const cardIds = interviewers.flatMap((s) => (s.scorecardId ? [s.scorecardId] : []));
  const ratings = cardIds.length === 0 ? [] : await db.select().from(lpRatings).where(inArray(lpRatings.scorecardId, cardIds));
  return interviewers.map((seat) => ({
    ...seat,
    ratings: Object.fromEntries(ratings.filter((r) => r.scorecardId === seat.scorecardId && r.rating).map((r) => [r.lpId, r.rating!])),
  }));
}
