import { eq, sql } from 'drizzle-orm';
import { QUESTION_BANK, type CustomQuestionRequest, type QuestionCard, type RoundKind } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { loopQuestions, questions, rounds } from '../db/schema.js';

/** Loads the versioned bank (shared/src/questions/bank.json) into the database at start-up. */
export async function syncQuestionBank(db: Database): Promise<number> {
  const rows = QUESTION_BANK.questions.map((q) => ({
    id: q.id,
    bankVersion: QUESTION_BANK.version,
    kind: q.kind,
    lps: q.lps,
    text: q.text,
    probes: q.probes,
    roles: q.roles ?? null,
  }));
  await db
    .insert(questions)
    .values(rows)
    .onConflictDoUpdate({
      target: questions.id,
      set: {
        bankVersion: sql`excluded.bank_version`,
        kind: sql`excluded.kind`,
        lps: sql`excluded.lps`,
        text: sql`excluded.text`,
        probes: sql`excluded.probes`,
        roles: sql`excluded.roles`,
      },
    });
  return rows.length;
}

/**
 * The questions for one round: bank questions on its LPs (behavioral rounds) or of its
 * kind (product, technical, writing), then the organizer's own questions for the loop.
 */
export async function questionsForRound(
  db: Database,
  round: { loopId: string; kind: RoundKind; assignedLps: string[] },
  targetRole: string,
): Promise<QuestionCard[]> {
  const [bank, custom] = await Promise.all([
    db.select().from(questions).orderBy(questions.id),
    db.select().from(loopQuestions).where(eq(loopQuestions.loopId, round.loopId)).orderBy(loopQuestions.createdAt),
  ]);
  const forRole = (roles: string[] | null) => !roles || roles.includes(targetRole);
  const onLps = (lps: string[]) => lps.some((lp) => round.assignedLps.includes(lp));
  const fromBank = bank.filter((q) =>
    q.kind === 'behavioral' ? onLps(q.lps) : q.kind === round.kind && forRole(q.roles),
  );
  // A question written for an assigned LP comes before one that only touches it.
  fromBank.sort((a, b) => Number(!round.assignedLps.includes(a.lps[0]!)) - Number(!round.assignedLps.includes(b.lps[0]!)));
  return [
    ...fromBank.map((q) => ({ id: q.id, kind: q.kind as RoundKind, lps: q.lps as QuestionCard['lps'], text: q.text, probes: q.probes, custom: false })),
    ...custom
      .filter((q) => q.kind === round.kind || onLps(q.lps))
      .map((q) => ({ id: q.id, kind: q.kind as RoundKind, lps: q.lps as QuestionCard['lps'], text: q.text, probes: q.probes, custom: true })),
  ];
}

export async function addLoopQuestion(db: Database, loopId: string, q: CustomQuestionRequest): Promise<string> {
  const [row] = await db.insert(loopQuestions).values({ loopId, ...q }).returning({ id: loopQuestions.id });
  return row!.id;
}

export async function setShownQuestion(db: Database, roundId: string, text: string | null): Promise<void> {
  await db.update(rounds).set({ shownQuestion: text }).where(eq(rounds.id, roundId));
}

export async function shownQuestionsOfLoop(db: Database, loopId: string) {
  const rows = await db.select({ roundId: rounds.id, text: rounds.shownQuestion }).from(rounds).where(eq(rounds.loopId, loopId));
  return rows.filter((r): r is { roundId: string; text: string } => r.text !== null);
}
