import { emptyDraft, type Scorecard } from '@mockloop/shared';
import type { WritingExercise } from '@mockloop/shared/writing/contract';
import type { AutosaveKind, AutosaveTypes } from '../../../client/src/autosave/engine';
import { SCORECARD, type ScorecardTypes } from '../../../client/src/scorecard/autosave';
import { WRITING, type WritingTypes } from '../../../client/src/features/writing/autosave';

export const CARD_ID = '00000000-0000-4000-8000-0000000000c1';
export const EXERCISE_ID = '00000000-0000-4000-8000-0000000000e1';

export function card(overrides: Partial<Scorecard> = {}): Scorecard {
  return {
    id: CARD_ID,
    roundId: '00000000-0000-4000-8000-0000000000a1',
    interviewerId: '00000000-0000-4000-8000-0000000000b1',
    status: 'draft',
    version: 0,
    submittedAt: null,
    assignedLps: ['ownership', 'dive-deep'],
    draft: emptyDraft(),
    ...overrides,
  };
}

export function exercise(overrides: Partial<WritingExercise> = {}): WritingExercise {
  return {
    id: EXERCISE_ID,
    loopId: '00000000-0000-4000-8000-0000000000f1',
    mode: 'take-home',
    status: 'writing',
    prompts: [
      { id: 'p1', kind: 'narrative', title: 'A decision', text: 'Tell of a decision.' },
      { id: 'p2', kind: 'narrative', title: 'A failure', text: 'Tell of a failure.' },
    ],
    chosenPromptId: null,
    lengthLimit: { unit: 'words', value: 1200 },
    dueAt: '2030-01-01T12:00:00.000Z',
    durationMinutes: null,
    deadline: '2030-01-01T12:00:00.000Z',
    clock: null,
    submittedAt: null,
    lockedAt: null,
    reviewers: [],
    text: '',
    words: 0,
    version: 0,
    viewer: { isCandidate: true, isReviewer: false, isOrganizer: false },
    serverNow: 0,
    ...overrides,
  };
}

/** One document kind, seen the way the engine's contract tests need it. */
export interface Case<T extends AutosaveTypes> {
  name: string;
  kind: AutosaveKind<T>;
  documentId: string;
  doc(version?: number, text?: string): T['doc'];
  /** Typing in the kind's main text. */
  typing(value: string): T['op'];
  /** An edit of another field. */
  other(value: string): T['op'];
  text(draft: T['draft']): string;
  otherValue(draft: T['draft']): string | null;
  fact(version: number, ops: T['op'][], clientId?: string): T['fact'];
}

export const SCORECARD_CASE: Case<ScorecardTypes> = {
  name: 'scorecard',
  kind: SCORECARD,
  documentId: CARD_ID,
  doc: (version = 0, text = '') => card({ version, draft: { ...emptyDraft(), summary: text } }),
  typing: (value) => ({ op: 'setText', field: 'summary', value }),
  other: (value) => ({ op: 'setText', field: 'strengths', value }),
  text: (draft) => draft.summary,
  otherValue: (draft) => draft.strengths,
  fact: (version, ops, clientId = 'tab-other') => ({ scorecardId: CARD_ID, version, clientId, seq: version, ops }),
};

export const WRITING_CASE: Case<WritingTypes> = {
  name: 'writing exercise',
  kind: WRITING,
  documentId: EXERCISE_ID,
  doc: (version = 0, text = '') => exercise({ version, text }),
  typing: (value) => ({ op: 'setText', value }),
  other: (value) => ({ op: 'choosePrompt', promptId: value }),
  text: (draft) => draft.text,
  otherValue: (draft) => draft.chosenPromptId,
  fact: (version, ops, clientId = 'tab-other') => ({ exerciseId: EXERCISE_ID, version, clientId, seq: version, ops }),
};
