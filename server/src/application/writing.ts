import {
  countWords,
  isFinal,
  limitInWords,
  promptById,
  scheduledClock,
  startWriting as startState,
  submitWriting as submitState,
  type WritingExercise,
  type WritingPatch,
  type WritingPatchAck,
  type WritingPrompt,
  type WritingSetupRequest,
  type WritingState,
} from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { loopRoom, participantRoom, type Principal } from '../domain/principal.js';
import { exerciseView } from '../domain/writing-access.js';
import { recordAudit } from '../repositories/audit.js';
import { applyWritingPatch } from '../repositories/writing-autosave.js';
import { interviewersAmong, loadExercise, loadLoopExercise, saveSetup, saveTransition, type ExerciseRecord } from '../repositories/writing.js';
import { emitFact, type Fact, type Outcome } from './facts.js';
import { loopChangedFact } from './loop-events.js';

export type WritingDeps = {
  db: Database;
  now: () => number;
  /** Arms the deadline's lock (the sweep finds it anyway; this makes it on time). */
  schedule?: (exerciseId: string, loopId: string, deadline: number) => void;
};

const none = () => new DomainError('not-found', 'This loop has no writing exercise.');
const notYours = () => new DomainError('not-found', 'No such writing exercise of yours.');

/** The organizer adds the loop's writing exercise, or changes it until the candidate has begun. */
export async function setUpWriting(deps: WritingDeps, principal: Principal, request: WritingSetupRequest): Promise<Outcome<WritingExercise>> {
  if (principal.role !== 'organizer') throw new DomainError('forbidden', 'Only the organizer sets up the writing exercise.');
  const now = deps.now();
  const prompts = resolvePrompts(request);
  const reviewerIds = [...new Set(request.reviewerIds)];
  if ((await interviewersAmong(deps.db, principal.loopId, reviewerIds)).length !== reviewerIds.length) {
    throw new DomainError('bad-request', 'Reviewers must be interviewers of this loop.');
  }
  const mode = request.mode;
  const dueAt = mode.type === 'take-home' ? new Date(mode.dueAt) : null;
  if (dueAt && dueAt.getTime() <= now + 60_000) throw new DomainError('bad-request', 'mode.dueAt: the due time must be in the future.');
  const durationMinutes = mode.type === 'timed' ? mode.durationMinutes : null;
  const state: WritingState = {
    mode: mode.type,
    status: mode.type === 'timed' ? 'not-started' : 'writing',
    deadline: dueAt?.getTime() ?? null,
    clock: durationMinutes ? scheduledClock([{ key: 'writing', label: 'Writing', minutes: durationMinutes }]) : null,
    submittedAt: null,
    lockedAt: null,
    version: 0,
  };
  // The setup (checked under the exercise's row lock) and its audit line commit together.
  const id = await deps.db.transaction(async (tx) => {
    const id = await saveSetup(tx, principal.loopId, { prompts, lengthLimit: request.lengthLimit, dueAt, durationMinutes, state, reviewerIds }, notBegun);
    if (!id) throw new DomainError('conflict', 'The candidate has already begun the exercise, so it can no longer change.');
    await recordAudit(tx, { loopId: principal.loopId, actorId: principal.participantId, actorRole: principal.role, action: 'writing.set-up', detail: { mode: mode.type, reviewers: reviewerIds.length } });
    return id;
  });
  if (dueAt) deps.schedule?.(id, principal.loopId, dueAt.getTime());
  const exercise = (await loadExercise(deps.db, id))!;
  return { result: exerciseView(principal, exercise, now), facts: [loopChangedFact(principal.loopId, 'writing')] };
}

/** Nothing written and no prompt chosen yet (and a timed one not started): the setup may still change. */
function notBegun(current: ExerciseRecord): boolean {
  const open = current.state.mode === 'take-home' ? current.state.status === 'writing' : current.state.status === 'not-started';
  return open && current.text === '' && current.chosenPromptId === null;
}

function resolvePrompts(request: WritingSetupRequest): WritingPrompt[] {
  const prompts = request.prompts.map((choice, index) => {
    if ('bankId' in choice) {
      const prompt = promptById(choice.bankId);
      if (!prompt) throw new DomainError('bad-request', `prompts.${index}: no prompt "${choice.bankId.slice(0, 60)}" in the bank.`);
      return prompt;
    }
    return { id: `custom-${index + 1}`, ...choice.custom };
  });
  if (prompts[0]!.id === prompts[1]!.id) throw new DomainError('bad-request', 'prompts: offer two different prompts.');
  return prompts;
}

/** The loop's exercise as the caller may see it (any member of the loop). */
export async function readWriting(deps: WritingDeps, principal: Principal): Promise<Outcome<WritingExercise>> {
  const exercise = await loadLoopExercise(deps.db, principal.loopId);
  if (!exercise) throw none();
  return { result: exerciseView(principal, exercise, deps.now()), facts: [] };
}

/** The candidate's exercise with their text, on every (re)connect of the writing page. */
export async function openWriting(deps: WritingDeps, principal: Principal, loopId: string): Promise<Outcome<WritingExercise>> {
  if (loopId !== principal.loopId) throw none();
  if (principal.role !== 'candidate') throw new DomainError('forbidden', 'Only the candidate writes the exercise.');
  return readWriting(deps, principal);
}

async function candidatesExercise(deps: WritingDeps, principal: Principal, exerciseId: string): Promise<ExerciseRecord> {
  const exercise = await loadExercise(deps.db, exerciseId);
  if (!exercise || exercise.loopId !== principal.loopId) throw notYours();
  if (principal.role !== 'candidate') throw new DomainError('forbidden', 'Only the candidate writes the exercise.');
  return exercise;
}

/** The candidate starts a timed exercise: its clock runs from the server's now. */
export async function startWriting(deps: WritingDeps, principal: Principal, exerciseId: string): Promise<Outcome<WritingExercise>> {
  const exercise = await candidatesExercise(deps, principal, exerciseId);
  const now = deps.now();
  const next = startState(exercise.state, now);
  if (!next.ok) throw new DomainError(next.error.code, next.error.message);
  if (!(await transition(deps, exercise, next.data, 'writing.started', principal))) throw new DomainError('conflict', 'The exercise changed at the same moment; please try again.');
  deps.schedule?.(exercise.id, exercise.loopId, next.data.deadline!);
  return changed(deps, principal, exercise.id);
}

/** Applies one autosave exactly once and in order; the candidate's other tabs hear it. */
export async function patchWriting(deps: WritingDeps, principal: Principal, patch: WritingPatch, origin?: string): Promise<Outcome<WritingPatchAck>> {
  await candidatesExercise(deps, principal, patch.exerciseId);
  const applied = await applyWritingPatch(deps.db, patch, deps.now());
  const facts: Fact[] = applied.duplicate
    ? []
    : [emitFact([participantRoom(principal.participantId)], 'writing:patched', { exerciseId: patch.exerciseId, version: applied.version, clientId: patch.clientId, seq: patch.seq, ops: patch.ops }, origin)];
  return { result: { version: applied.version, duplicate: applied.duplicate, words: countWords(applied.text) }, facts };
}

/** The candidate hands in the text: a prompt chosen, something written, within the length limit. */
export async function submitWriting(deps: WritingDeps, principal: Principal, exerciseId: string): Promise<Outcome<WritingExercise>> {
  // One retry covers an autosave from another tab landing between the read and the write.
  for (let attempt = 0; attempt < 3; attempt++) {
    const exercise = await candidatesExercise(deps, principal, exerciseId);
    if (isFinal(exercise.state.status)) throw new DomainError('locked', exercise.state.status === 'submitted' ? 'The text is already submitted.' : 'The deadline passed: the text was locked as it stood.');
    if (!exercise.chosenPromptId) throw new DomainError('bad-request', 'Choose one of the two prompts before submitting.');
    const words = countWords(exercise.text);
    const limit = limitInWords(exercise.lengthLimit);
    if (words === 0) throw new DomainError('bad-request', 'The text is empty: write something before submitting.');
    if (words > limit) throw new DomainError('bad-request', `The text is ${words} words; the limit is ${limit}. Cut ${words - limit} words, then submit.`, { words, limit });
    const next = submitState(exercise.state, deps.now());
    if (!next.ok) throw new DomainError('locked', next.error.message);
    if (await transition(deps, exercise, next.data, 'writing.submitted', principal)) return changed(deps, principal, exercise.id);
  }
  throw new DomainError('conflict', 'The text changed at the same moment; please try again.');
}

/** Stores a transition and its audit line together, over the version read; false if something else wrote first. */
export async function transition(deps: Pick<WritingDeps, 'db'>, exercise: ExerciseRecord, next: WritingState, action: 'writing.started' | 'writing.submitted' | 'writing.locked', actor: Principal | null): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    if (!(await saveTransition(tx, exercise.id, next, exercise.state.version))) return false;
    await recordAudit(tx, { loopId: exercise.loopId, actorId: actor?.participantId ?? null, actorRole: actor?.role ?? 'system', action, detail: { exerciseId: exercise.id } });
    return true;
  });
}

/** The loop hears that the exercise moved; the caller gets it as they may see it. */
export function writingChangedFacts(exercise: Pick<ExerciseRecord, 'id' | 'loopId'>, state: WritingState): Fact[] {
  return [
    emitFact([loopRoom(exercise.loopId)], 'writing:changed', { loopId: exercise.loopId, exerciseId: exercise.id, status: state.status, version: state.version }),
    loopChangedFact(exercise.loopId, 'writing'),
  ];
}

async function changed(deps: WritingDeps, principal: Principal, exerciseId: string): Promise<Outcome<WritingExercise>> {
  const after = (await loadExercise(deps.db, exerciseId))!;
  return { result: exerciseView(principal, after, deps.now()), facts: writingChangedFacts(after, after.state) };
}
