import { countWords, isFinal, type LengthLimit, type WritingExercise, type WritingPrompt, type WritingState } from '@mockloop/shared';
import type { Principal } from './principal.js';

/** The exercise as the use cases work with it: its setup, its state machine's state and its text. */
export type ExerciseRecord = {
  id: string;
  loopId: string;
  prompts: WritingPrompt[];
  chosenPromptId: string | null;
  lengthLimit: LengthLimit;
  dueAt: Date | null;
  durationMinutes: number | null;
  text: string;
  state: WritingState;
  reviewers: { participantId: string; name: string }[];
};

/**
 * Who sees what of a loop's writing exercise. The candidate always sees their own text. A
 * reviewer (an interviewer the organizer named) sees it only once it is final: submitted, or
 * locked by the deadline. The organizer (who may be the candidate practising alone) sees the
 * setup and where it stands, never the text; other interviewers and shadows see that it
 * exists. Nobody outside the loop learns anything (callers answer "not found").
 */
export function isReviewer(principal: Principal, exercise: Pick<ExerciseRecord, 'loopId' | 'reviewers'>): boolean {
  return principal.loopId === exercise.loopId && principal.role === 'interviewer' && exercise.reviewers.some((r) => r.participantId === principal.participantId);
}

function canSeeText(principal: Principal, exercise: Pick<ExerciseRecord, 'loopId' | 'reviewers' | 'state'>): boolean {
  if (principal.loopId !== exercise.loopId) return false;
  if (principal.role === 'candidate') return true;
  return isReviewer(principal, exercise) && isFinal(exercise.state.status);
}

/**
 * Reviews stay independent as scorecards do: a reviewer reads another's review only once
 * their own is submitted and the debrief is open, and only a submitted one.
 */
export function canReadOthersReviews(context: { ownSubmitted: boolean; debriefOpen: boolean }): boolean {
  return context.ownSubmitted && context.debriefOpen;
}

/** The exercise as `principal` may see it, at the server's time `now`. */
export function exerciseView(principal: Principal, exercise: ExerciseRecord, now: number): WritingExercise {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const text = canSeeText(principal, exercise) ? exercise.text : null;
  const { state } = exercise;
  return {
    id: exercise.id,
    loopId: exercise.loopId,
    mode: state.mode,
    status: state.status,
    prompts: exercise.prompts,
    chosenPromptId: exercise.chosenPromptId,
    lengthLimit: exercise.lengthLimit,
    dueAt: exercise.dueAt?.toISOString() ?? null,
    durationMinutes: exercise.durationMinutes,
    deadline: iso(state.deadline),
    clock: state.clock,
    submittedAt: iso(state.submittedAt),
    lockedAt: iso(state.lockedAt),
    reviewers: exercise.reviewers,
    text,
    words: text === null ? null : countWords(text),
    version: state.version,
    viewer: { isCandidate: principal.role === 'candidate', isReviewer: isReviewer(principal, exercise), isOrganizer: principal.role === 'organizer' },
    serverNow: now,
  };
}
