import { and, desc, eq } from 'drizzle-orm';
import { canWrite, MAX_WRITING_BYTES, utf8Bytes, type WritingOp, type WritingPatch } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { writingExercises, writingPatches } from '../db/schema.js';
import { DomainError } from '../domain/errors.js';
import { loadExercise } from './writing.js';

export type AppliedWritingPatch = { version: number; duplicate: boolean; loopId: string; text: string };

/**
 * Applies one autosave of the candidate's text exactly once and in order, as scorecard
 * autosaves are: under the exercise's row lock, a (client, seq) already recorded is a
 * duplicate (acknowledged, nothing changes); one that does not follow its tab's last applied
 * seq is refused with the seq expected; otherwise its ops are applied, its (client, seq)
 * recorded and the version bumped, all in one transaction, and the ack follows the commit.
 * The deadline is checked here too, against the server's time, so nothing is stored after it.
 */
export async function applyWritingPatch(db: Database, patch: WritingPatch, now: number): Promise<AppliedWritingPatch> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(writingExercises).where(eq(writingExercises.id, patch.exerciseId)).for('update');
    if (!row) throw new DomainError('not-found', 'No such writing exercise of yours.');
    const [last] = await tx
      .select({ seq: writingPatches.seq })
      .from(writingPatches)
      .where(and(eq(writingPatches.exerciseId, patch.exerciseId), eq(writingPatches.clientId, patch.clientId)))
      .orderBy(desc(writingPatches.seq))
      .limit(1);
    const lastSeq = last?.seq ?? 0;
    if (patch.seq <= lastSeq) return { version: row.version, duplicate: true, loopId: row.loopId, text: row.text };
    const exercise = (await loadExercise(tx, row.id))!;
    if (!canWrite(exercise.state, now)) {
      throw new DomainError('locked', exercise.state.status === 'submitted' ? 'The text is submitted and can no longer change.' : exercise.state.status === 'not-started' ? 'Start the exercise before writing.' : 'The deadline has passed: the text is locked as it was last saved.');
    }
    if (patch.seq !== lastSeq + 1) {
      throw new DomainError('out-of-order', `This tab's change ${lastSeq + 1} has not been saved yet; send the changes in order from there.`, { expectedSeq: lastSeq + 1 });
    }
    const next = applyOps(exercise.text, exercise.chosenPromptId, patch.ops, new Set(exercise.prompts.map((p) => p.id)));
    const version = row.version + 1;
    await tx.update(writingExercises).set({ text: next.text, chosenPromptId: next.chosenPromptId, version, updatedAt: new Date(now) }).where(eq(writingExercises.id, row.id));
    await tx.insert(writingPatches).values({ exerciseId: row.id, clientId: patch.clientId, seq: patch.seq, resultingVersion: version });
    return { version, duplicate: false, loopId: row.loopId, text: next.text };
  });
}

/** The text and the chosen prompt after `ops`; refuses an unknown prompt or a text over the size limit. */
function applyOps(text: string, chosen: string | null, ops: WritingOp[], promptIds: Set<string>) {
  let next = { text, chosenPromptId: chosen };
  for (const op of ops) {
    if (op.op === 'setText') next = { ...next, text: op.value };
    else if (promptIds.has(op.promptId)) next = { ...next, chosenPromptId: op.promptId };
    else throw new DomainError('bad-request', 'That prompt is not one of the two offered.');
  }
  if (utf8Bytes(next.text) > MAX_WRITING_BYTES) {
    throw new DomainError('payload-too-large', `The text is over the ${MAX_WRITING_BYTES / 1024} KB an exercise holds; it was not saved. Shorten it (your copy stays in this browser).`);
  }
  return next;
}
