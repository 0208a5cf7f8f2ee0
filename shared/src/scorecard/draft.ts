import { z } from 'zod';
import { LpId } from '../lp/catalogue.js';
import { LpRating, Vote } from '../scales.js';
import { LongText, ShortText } from '../text.js';
import { MAX_ASKED, MAX_STORIES, STORY_FLAGS } from './draft-values.js';
import { StoryDataPoints } from './data-points.js';

// Flags, labels, limits and the empty draft are in draft-values.ts (no zod) for the
// interviewer's page; this module holds the schemas.
export * from './draft-values.js';

export const StoryFlag = z.enum(STORY_FLAGS);
export type StoryFlag = z.infer<typeof StoryFlag>;

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
  /** Structured facts the interviewer confirmed (or dismissed) while the candidate talked. */
  dataPoints: StoryDataPoints.default({}),
  /** The candidate's bank story this telling came from, when they shared titles and the interviewer linked it. */
  bankStoryId: z.uuid().nullable().optional(),
});
export type StoryCard = z.infer<typeof StoryCard>;

export const LpRatingEntry = z.object({
  rating: LpRating.nullable(),
  evidence: LongText,
  notAssessedReason: ShortText,
});
export type LpRatingEntry = z.infer<typeof LpRatingEntry>;

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

