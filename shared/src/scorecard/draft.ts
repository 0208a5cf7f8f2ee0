import { z } from 'zod';
import { LpId } from '../lp/catalogue.js';
import { LpRating, Vote } from '../scales.js';
import { LongText, ShortText } from '../text.js';

/** Quick flags an interviewer ticks while the candidate talks. */
export const StoryFlag = z.enum(['vague-own-role', 'no-measurable-result', 'used-we']);
export type StoryFlag = z.infer<typeof StoryFlag>;

export const STORY_FLAG_LABELS: Record<StoryFlag, string> = {
  'vague-own-role': 'Vague on own role',
  'no-measurable-result': 'No measurable result',
  'used-we': 'Used "we" for everything',
};

/** The text fields of a story card, each edited on its own. */
export const StoryTextField = z.enum(['questionText', 'situation', 'task', 'action', 'result', 'notes']);
export type StoryTextField = z.infer<typeof StoryTextField>;

/** One story in STAR form, as captured while the candidate talks. */
export const StoryCard = z.object({
  id: z.uuid(),
  questionId: z.string().max(40).nullable(),
  questionText: ShortText,
  lps: z.array(LpId).max(16),
  situation: LongText,
  task: LongText,
  action: LongText,
  result: LongText,
  notes: LongText,
  flags: z.array(StoryFlag).max(3),
});
export type StoryCard = z.infer<typeof StoryCard>;

export const LpRatingEntry = z.object({
  rating: LpRating.nullable(),
  evidence: LongText,
  notAssessedReason: ShortText,
});
export type LpRatingEntry = z.infer<typeof LpRatingEntry>;

/** How many stories and asked questions one scorecard holds. */
export const MAX_STORIES = 30;
export const MAX_ASKED = 200;

/** Everything an interviewer writes for one round. */
export const ScorecardDraft = z.object({
  ratings: z.partialRecord(LpId, LpRatingEntry),
  strengths: LongText,
  concerns: LongText,
  summary: LongText,
  vote: Vote.nullable(),
  stories: z.array(StoryCard).max(MAX_STORIES),
  askedQuestionIds: z.array(z.string().max(40)).max(MAX_ASKED),
});
export type ScorecardDraft = z.infer<typeof ScorecardDraft>;

export function emptyDraft(): ScorecardDraft {
  return { ratings: {}, strengths: '', concerns: '', summary: '', vote: null, stories: [], askedQuestionIds: [] };
}

export const ScorecardStatus = z.enum(['draft', 'submitted']);
export type ScorecardStatus = z.infer<typeof ScorecardStatus>;

/** A scorecard as its author (and, after the debrief opens, the panel) reads it. */
export const Scorecard = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  interviewerId: z.uuid(),
  status: ScorecardStatus,
  version: z.number().int(),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  assignedLps: z.array(LpId),
  draft: ScorecardDraft,
});
export type Scorecard = z.infer<typeof Scorecard>;

