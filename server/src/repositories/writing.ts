import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { ClockState, type LengthLimit, type PromptKind, type WritingMode, type WritingPrompt, type WritingState, type WritingStatus } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { participants, writingExercises, writingReviewers } from '../db/schema.js';
import type { ExerciseRecord } from '../domain/writing-access.js';

export type { ExerciseRecord };

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
type Row = typeof writingExercises.$inferSelect;


const at = (d: Date | null) => (d ? d.getTime() : null);

function stateOf(row: Row): WritingState {
  return {
    mode: row.mode as WritingMode,
    status: row.status as WritingStatus,
    deadline: at(row.deadline),
    clock: row.clock ? ClockState.parse(row.clock) : null,
    submittedAt: at(row.submittedAt),
    lockedAt: at(row.lockedAt),
    version: row.version,
  };
}

async function recordOf(db: Database | Tx, row: Row): Promise<ExerciseRecord> {
  const reviewers = await db
    .select({ participantId: participants.id, name: participants.name })
    .from(writingReviewers)
    .innerJoin(participants, eq(participants.id, writingReviewers.participantId))
    .where(eq(writingReviewers.exerciseId, row.id))
    .orderBy(asc(participants.name));
  return {
    id: row.id,
    loopId: row.loopId,
    prompts: row.prompts.map((p) => ({ ...p, kind: p.kind as PromptKind })),
    chosenPromptId: row.chosenPromptId,
    lengthLimit: { unit: row.lengthUnit as LengthLimit['unit'], value: row.lengthValue },
    dueAt: row.dueAt,
    durationMinutes: row.durationMinutes,
    text: row.text,
    state: stateOf(row),
    reviewers,
  };
}

export async function loadLoopExercise(db: Database | Tx, loopId: string): Promise<ExerciseRecord | null> {
  const [row] = await db.select().from(writingExercises).where(eq(writingExercises.loopId, loopId));
  return row ? recordOf(db, row) : null;
}

export async function loadExercise(db: Database | Tx, exerciseId: string): Promise<ExerciseRecord | null> {
  const [row] = await db.select().from(writingExercises).where(eq(writingExercises.id, exerciseId));
  return row ? recordOf(db, row) : null;
}

/** The interviewers of a loop among `ids` (to check a setup's reviewers). */
export async function interviewersAmong(db: Database | Tx, loopId: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.loopId, loopId), eq(participants.role, 'interviewer'), inArray(participants.id, ids)));
  return rows.map((r) => r.id);
}

export type ExerciseSetup = {
  prompts: WritingPrompt[];
  lengthLimit: LengthLimit;
  dueAt: Date | null;
  durationMinutes: number | null;
  state: WritingState;
  reviewerIds: string[];
};

/**
 * Creates the loop's exercise, or replaces its setup while `stillOpen` holds for the stored
 * one (checked under its row lock); returns null when it no longer does.
 */
export async function saveSetup(db: Database, loopId: string, setup: ExerciseSetup, stillOpen: (current: ExerciseRecord) => boolean): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(writingExercises).where(eq(writingExercises.loopId, loopId)).for('update');
    const values = {
      prompts: setup.prompts,
      chosenPromptId: null,
      mode: setup.state.mode,
      dueAt: setup.dueAt,
      durationMinutes: setup.durationMinutes,
      lengthUnit: setup.lengthLimit.unit,
      lengthValue: setup.lengthLimit.value,
      status: setup.state.status,
      deadline: setup.state.deadline === null ? null : new Date(setup.state.deadline),
      clock: setup.state.clock,
      updatedAt: new Date(),
    };
    let id: string;
    if (locked) {
      if (!stillOpen(await recordOf(tx, locked))) return null;
      await tx.update(writingExercises).set({ ...values, version: locked.version + 1 }).where(eq(writingExercises.id, locked.id));
      await tx.delete(writingReviewers).where(eq(writingReviewers.exerciseId, locked.id));
      id = locked.id;
    } else {
      const [created] = await tx.insert(writingExercises).values({ loopId, ...values }).returning({ id: writingExercises.id });
      id = created!.id;
    }
    await tx.insert(writingReviewers).values(setup.reviewerIds.map((participantId) => ({ exerciseId: id, participantId })));
    return id;
  });
}

/**
 * Writes a transition only over the version it was computed from (compare-and-set): a
 * submit racing the deadline, or two processes racing one expiry, have exactly one winner.
 */
export async function saveTransition(db: Database | Tx, exerciseId: string, next: WritingState, expectedVersion: number): Promise<boolean> {
  const date = (ms: number | null) => (ms === null ? null : new Date(ms));
  const updated = await db
    .update(writingExercises)
    .set({
      status: next.status,
      deadline: date(next.deadline),
      clock: next.clock,
      submittedAt: date(next.submittedAt),
      lockedAt: date(next.lockedAt),
      version: next.version,
      updatedAt: new Date(),
    })
    .where(and(eq(writingExercises.id, exerciseId), eq(writingExercises.version, expectedVersion)))
    .returning({ id: writingExercises.id });
  return updated.length > 0;
}

/** Exercises still being written whose deadline has passed: what the sweep must lock. */
export async function findOverdueExercises(db: Database, now: number) {
  return db
    .select({ id: writingExercises.id, loopId: writingExercises.loopId })
    .from(writingExercises)
    .where(and(eq(writingExercises.status, 'writing'), lte(writingExercises.deadline, new Date(now))));
}

/** Exercises being written, with their deadlines, to arm timers at start-up. */
export async function loadLiveExercises(db: Database) {
  return db.select({ id: writingExercises.id, loopId: writingExercises.loopId, deadline: writingExercises.deadline }).from(writingExercises).where(eq(writingExercises.status, 'writing'));
}
