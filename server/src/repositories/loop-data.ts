import { asc, count, eq } from 'drizzle-orm';
import type { AuditLogEntry, LoopExport } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import {
  auditLog,
  debriefs,
  loopQuestions,
  loops,
  participants,
  roundClocks,
  rounds,
  scorecards,
  stories,
} from '../db/schema.js';
import type { Principal } from '../domain/principal.js';
import { recordAudit } from './audit.js';

/** A loop's audit log, oldest first, with each actor's name while the participant exists. */
export async function readAuditLog(db: Database, loopId: string): Promise<AuditLogEntry[]> {
  const rows = await db
    .select({ entry: auditLog, name: participants.name, isBarRaiser: participants.isBarRaiser })
    .from(auditLog)
    .leftJoin(participants, eq(participants.id, auditLog.actorId))
    .where(eq(auditLog.loopId, loopId))
    .orderBy(asc(auditLog.id));
  return rows.map(({ entry, name, isBarRaiser }) => ({
    id: entry.id,
    action: entry.action,
    actorId: entry.actorId,
    actorRole: entry.actorRole as AuditLogEntry['actorRole'],
    actorIsBarRaiser: isBarRaiser ?? false,
    actorName: name ?? null,
    at: entry.at.toISOString(),
    detail: entry.detail as AuditLogEntry['detail'],
  }));
}

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The export is the organizer's, and gives what the organizer sees elsewhere: people,
 * schedule, progress and, once published, the feedback the candidate reads. The organizer
 * may be the candidate, so scorecard content, votes, who read what and the Bar Raiser's
 * rationale never leave this way.
 */
function feedbackExportable(debrief: { phase: string } | undefined): boolean {
  return debrief?.phase === 'published';
}

/** Everything a loop holds, without credentials; null when the loop does not exist. */
export async function exportLoop(db: Database, loopId: string, now: Date): Promise<LoopExport | null> {
  const [loop] = await db.select().from(loops).where(eq(loops.id, loopId));
  if (!loop) return null;
  const [roundRows, clockRows, people, cards, questionRows, [debrief], audit] = await Promise.all([
    db.select().from(rounds).where(eq(rounds.loopId, loopId)).orderBy(asc(rounds.position)),
    db.select({ clock: roundClocks }).from(roundClocks).innerJoin(rounds, eq(rounds.id, roundClocks.roundId)).where(eq(rounds.loopId, loopId)),
    db.select().from(participants).where(eq(participants.loopId, loopId)).orderBy(asc(participants.createdAt), asc(participants.id)),
    db.select({ card: scorecards }).from(scorecards).innerJoin(rounds, eq(rounds.id, scorecards.roundId)).where(eq(rounds.loopId, loopId)),
    db.select().from(loopQuestions).where(eq(loopQuestions.loopId, loopId)).orderBy(asc(loopQuestions.createdAt)),
    db.select().from(debriefs).where(eq(debriefs.loopId, loopId)),
    readAuditLog(db, loopId),
  ]);
  const withFeedback = feedbackExportable(debrief);
  const clockOf = new Map(clockRows.map(({ clock }) => [clock.roundId, clock]));

  return {
    format: 'mockloop.loop-export',
    formatVersion: 1,
    exportedAt: iso(now),
    feedbackIncluded: withFeedback,
    loop: { ...loop, startsAt: iso(loop.startsAt), createdAt: iso(loop.createdAt), updatedAt: iso(loop.updatedAt) },
    rounds: roundRows.map((r) => {
      const clock = clockOf.get(r.id);
      return {
        id: r.id,
        position: r.position,
        title: r.title,
        kind: r.kind,
        startsAt: iso(r.startsAt),
        durationMinutes: r.durationMinutes,
        breakAfterMinutes: r.breakAfterMinutes,
        phases: r.phases,
        assignedLps: r.assignedLps,
        meetingUrl: r.meetingUrl,
        shownQuestion: r.shownQuestion,
        clock: clock
          ? {
              status: clock.status,
              durationMs: clock.durationMs,
              extendedMs: clock.extendedMs,
              startedAt: isoOrNull(clock.startedAt),
              deadline: isoOrNull(clock.deadline),
              remainingAtPauseMs: clock.remainingAtPauseMs,
              endedAt: isoOrNull(clock.endedAt),
              endReason: clock.endReason,
              version: clock.version,
            }
          : null,
      };
    }),
    // Listed field by field, so a credential column added later cannot slip into an export.
    participants: people.map((p) => ({
      id: p.id,
      role: p.role,
      name: p.name,
      email: p.email,
      roundId: p.roundId,
      isBarRaiser: p.isBarRaiser,
      tokenIssuedAt: iso(p.tokenIssuedAt),
      revokedAt: isoOrNull(p.revokedAt),
      firstOpenedAt: isoOrNull(p.firstOpenedAt),
      lastSeenAt: isoOrNull(p.lastSeenAt),
      createdAt: iso(p.createdAt),
    })),
    scorecards: cards.map(({ card }) => ({
      id: card.id,
      roundId: card.roundId,
      interviewerId: card.interviewerId,
      status: card.status,
      version: card.version,
      submittedAt: isoOrNull(card.submittedAt),
      createdAt: iso(card.createdAt),
      updatedAt: iso(card.updatedAt),
    })),
    votes: [],
    questions: questionRows.map((q) => ({ id: q.id, kind: q.kind, lps: q.lps, text: q.text, probes: q.probes, createdAt: iso(q.createdAt) })),
    debrief: debrief
      ? {
          phase: debrief.phase,
          openedAt: iso(debrief.openedAt),
          openedEarlyReason: debrief.openedEarlyReason,
          decision: null,
          rationale: null,
          decidedAt: null,
          showInterviewerNames: debrief.showInterviewerNames,
          // The bank part is the candidate's own; the organizer's export leaves it out.
          publishedFeedback: withFeedback && debrief.publishedFeedback ? { ...(debrief.publishedFeedback as object), bank: null } : null,
          publishedAt: isoOrNull(debrief.publishedAt),
          reads: [],
        }
      : null,
    auditLog: audit,
  };
}

/**
 * Deletes a loop and everything under it in one transaction (the foreign keys cascade from
 * the loop row), and records who did it: the audit log has no foreign key, so that line stays.
 * False when there was no such loop.
 */
export async function deleteLoop(db: Database, loopId: string, actor: Principal): Promise<boolean> {
  return db.transaction(async (tx) => {
    // One after the other: a transaction is one connection, and PGlite runs one query at a time.
    const [roundCount] = await tx.select({ n: count() }).from(rounds).where(eq(rounds.loopId, loopId));
    const [peopleCount] = await tx.select({ n: count() }).from(participants).where(eq(participants.loopId, loopId));
    const [cardCount] = await tx.select({ n: count() }).from(scorecards).innerJoin(rounds, eq(rounds.id, scorecards.roundId)).where(eq(rounds.loopId, loopId));
    const [storyCount] = await tx
      .select({ n: count() })
      .from(stories)
      .innerJoin(scorecards, eq(scorecards.id, stories.scorecardId))
      .innerJoin(rounds, eq(rounds.id, scorecards.roundId))
      .where(eq(rounds.loopId, loopId));
    const deleted = await tx.delete(loops).where(eq(loops.id, loopId)).returning({ id: loops.id });
    if (deleted.length === 0) return false;
    await recordAudit(tx, {
      loopId,
      actorId: actor.participantId,
      actorRole: actor.role,
      action: 'loop.deleted',
      detail: {
        rounds: roundCount?.n ?? 0,
        participants: peopleCount?.n ?? 0,
        scorecards: cardCount?.n ?? 0,
        stories: storyCount?.n ?? 0,
      },
    });
    return true;
  });
}
