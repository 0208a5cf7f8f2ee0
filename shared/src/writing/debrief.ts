import { z } from 'zod';
import { LengthLimitSchema, PromptKind, ReviewComment, RubricCriterion, WritingReview, WritingStatus } from './contract.js';

/** A rubric criterion's outcome across reviewers, on the feedback's LP outcome scale (not imported: feedback.ts imports this file). */
const RubricOutcome = z.enum(['raises-the-bar', 'meets', 'mixed', 'below', 'not-assessed']);

/** The writing exercise at the debrief table: the final text and every submitted review. */
export const DebriefWriting = z.object({
  exerciseId: z.uuid(),
  promptTitle: z.string(),
  promptKind: PromptKind,
  status: WritingStatus,
  text: z.string(),
  words: z.number().int(),
  lengthLimit: LengthLimitSchema,
  reviewerIds: z.array(z.uuid()),
  reviews: z.array(WritingReview),
  /** The narrative's id among the board's stories, when it was read as one. */
  storyId: z.uuid().nullable(),
});
export type DebriefWriting = z.infer<typeof DebriefWriting>;

/** The writing exercise in the candidate's published feedback. */
export const FeedbackWriting = z.object({
  promptTitle: z.string(),
  text: z.string(),
  words: z.number().int(),
  lengthLimit: LengthLimitSchema,
  lockedByDeadline: z.boolean(),
  rubric: z.array(z.object({ criterion: RubricCriterion, outcome: RubricOutcome })),
  comments: z.array(ReviewComment.extend({ reviewer: z.string().nullable() })),
  summaries: z.array(z.object({ reviewer: z.string().nullable(), text: z.string() })),
  practice: z.array(z.string()),
});
export type FeedbackWriting = z.infer<typeof FeedbackWriting>;
