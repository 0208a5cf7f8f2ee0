import type { ScorecardDraft, StoryFlag } from './draft.js';

/** Quick flags an interviewer ticks while the candidate talks. */
export const STORY_FLAGS = ['vague-own-role', 'no-measurable-result', 'used-we'] as const;

export const STORY_FLAG_LABELS: Record<StoryFlag, string> = {
  'vague-own-role': 'Vague on own role',
  'no-measurable-result': 'No measurable result',
  'used-we': 'Used "we" for everything',
};

/** How many stories and asked questions one scorecard holds. */
export const MAX_STORIES = 30;
export const MAX_ASKED = 200;

export function emptyDraft(): ScorecardDraft {
  return { ratings: {}, strengths: '', concerns: '', summary: '', vote: null, stories: [], askedQuestionIds: [] };
}
