import { asc, eq } from 'drizzle-orm';
import { hashToken, newInviteToken } from '../domain/invite-token.js';
import type { Database } from '../db/database.js';
import { debriefs, loops, participants, roundClocks, rounds, scorecards } from '../db/schema.js';
import type { LoopPlan } from '../domain/loop-plan.js';
import { recordAudit } from './audit.js';

export type CreatedParticipant = {
  id: string;
  role: string;
  name: string;
  roundId: string | null;
  roundPosition: number | null;
  isBarRaiser: boolean;
  /** The only time the token exists outside the invite link. */
  token: string;
};

export type CreatedLoop = { loopId: string; roundIds: string[]; participants: CreatedParticipant[] };

/** Stores a planned loop in one transaction: loop, rounds, clocks, participants, audit. */
export async function insertLoop(db: Database, plan: LoopPlan, options: { isDemo?: boolean } = {}): Promise<CreatedLoop> {
  return db.transaction(async (tx) => {
    const [loop] = await tx
      .insert(loops)
      .values({
        candidateName: plan.candidateName,
        targetRole: plan.targetRole,
        startsAt: plan.startsAt,
        timeZone: plan.timeZone,
        focusLps: plan.focusLps,
        lpsPerInterviewer: plan.lpsPerInterviewer,
        meetingUrl: plan.meetingUrl,
        scorecardDueMinutes: plan.scorecardDueMinutes,
        isDemo: options.isDemo ?? false,
        organizerIsCandidate: plan.organizerIsCandidate,
      })
      .returning({ id: loops.id });
    const loopId = loop!.id;

    const roundRows = await tx
      .insert(rounds)
      .values(plan.rounds.map((round) => ({ ...round, loopId })))
      .returning({ id: rounds.id, position: rounds.position });
    const roundIdAt = new Map(roundRows.map((r) => [r.position, r.id]));
    await tx.insert(roundClocks).values(
      plan.rounds.map((round) => ({ roundId: roundIdAt.get(round.position)!, durationMs: round.durationMinutes * 60_000 })),
    );

    const withTokens = plan.participants.map((person) => ({ ...person, token: newInviteToken() }));
    const participantRows = await tx
      .insert(participants)
      .values(
        withTokens.map((person) => ({
          loopId,
          role: person.role,
          name: person.name,
          email: person.email,
          roundId: person.roundPosition === null ? null : roundIdAt.get(person.roundPosition)!,
          isBarRaiser: person.isBarRaiser,
          tokenHash: hashToken(person.token),
        })),
      )
      .returning({ id: participants.id });

    const organizer = participantRows[0]!;
    await recordAudit(tx, {
      loopId,
      actorId: organizer.id,
      actorRole: 'organizer',
      action: 'loop.created',
      detail: { rounds: plan.rounds.length, participants: withTokens.length, demo: options.isDemo ?? false },
    });

    return {
      loopId,
      roundIds: roundRows.sort((a, b) => a.position - b.position).map((r) => r.id),
      participants: withTokens.map((person, index) => ({
        id: participantRows[index]!.id,
        role: person.role,
        name: person.name,
        roundId: person.roundPosition === null ? null : roundIdAt.get(person.roundPosition)!,
        roundPosition: person.roundPosition,
        isBarRaiser: person.isBarRaiser,
        token: person.token,
      })),
    };
  });
}

/** Everything needed to build any role's view of a loop, or null when it does not exist. */
export async function loadLoop(db: Database, loopId: string) {
  const [loop] = await db.select().from(loops).where(eq(loops.id, loopId));
  if (!loop) return null;
  const [roundRows, participantRows, clockRows, scorecardRows] = await Promise.all([
    db.select().from(rounds).where(eq(rounds.loopId, loopId)).orderBy(asc(rounds.position)),
    db.select().from(participants).where(eq(participants.loopId, loopId)).orderBy(asc(participants.createdAt)),
    db
      .select({ clock: roundClocks })
      .from(roundClocks)
      .innerJoin(rounds, eq(rounds.id, roundClocks.roundId))
      .where(eq(rounds.loopId, loopId)),
    db
      .select({
        id: scorecards.id,
        roundId: scorecards.roundId,
        interviewerId: scorecards.interviewerId,
        status: scorecards.status,
        submittedAt: scorecards.submittedAt,
      })
      .from(scorecards)
      .innerJoin(rounds, eq(rounds.id, scorecards.roundId))
      .where(eq(rounds.loopId, loopId)),
  ]);
  return { loop, rounds: roundRows, participants: participantRows, clocks: clockRows.map((r) => r.clock), scorecards: scorecardRows };
}

/** Whether the loop's organizer is its candidate (false for a loop that does not exist). */
export async function organizerIsCandidate(db: Database, loopId: string): Promise<boolean> {
  const [row] = await db.select({ flag: loops.organizerIsCandidate }).from(loops).where(eq(loops.id, loopId));
  return row?.flag ?? false;
}

/** Whether the loop's feedback is published: from then on the candidate may know who decided. */
export async function feedbackPublished(db: Database, loopId: string): Promise<boolean> {
  const [row] = await db.select({ phase: debriefs.phase }).from(debriefs).where(eq(debriefs.loopId, loopId));
  return row?.phase === 'published';
}
