import { z } from 'zod';
import { LpId } from '../lp/catalogue.js';
import { Decision, LpRating } from '../scales.js';
import { ConflictKind } from '../stories/schema.js';
import { LongText, ShortText } from '../text.js';
import { FeedbackWriting } from '../writing/debrief.js';

/** What the Bar Raiser writes when publishing; the rest is drawn from the scorecards. */
export const PublishFeedback = z.object({
  showInterviewerNames: z.boolean(),
  strengths: z.array(ShortText.trim().min(1)).max(10),
  growthAreas: z.array(ShortText.trim().min(1)).max(10),
  /** Optional per-LP summary in the Bar Raiser's words; else one is drawn from the evidence. */
  lpSummaries: z.partialRecord(LpId, LongText).default({}),
});
export type PublishFeedback = z.infer<typeof PublishFeedback>;

export const LpOutcome = z.enum(['raises-the-bar', 'meets', 'mixed', 'below', 'not-assessed']);
export type LpOutcome = z.infer<typeof LpOutcome>;

export const FeedbackLp = z.object({
  lpId: LpId,
  name: z.string(),
  outcome: LpOutcome,
  /** 0..2 on the rating steps (Below 0, Meets 1, Raises 2), null when nobody assessed it. */
  score: z.number().nullable(),
  summary: z.string(),
  evidence: z.array(z.object({ round: z.string(), interviewer: z.string().nullable(), rating: LpRating, text: z.string() })),
});
export type FeedbackLp = z.infer<typeof FeedbackLp>;

export const FeedbackConsistency = z.object({
  kind: ConflictKind,
  explanation: z.string(),
  retellings: z.array(z.object({ round: z.string(), phrase: z.string() })),
});
export type FeedbackConsistency = z.infer<typeof FeedbackConsistency>;

export const FeedbackPractice = z.object({
  lpId: LpId,
  name: z.string(),
  questions: z.array(z.object({ text: z.string(), probes: z.array(z.string()) })),
});

/** The candidate's story bank against the loop: only the candidate reads this part. */
export const FeedbackBank = z.object({
  told: z.array(z.object({ title: z.string(), rounds: z.array(z.number()), changed: z.array(z.string()) })),
  neverTold: z.array(z.string()),
  lpsWithoutGoodStory: z.array(z.object({ lpId: LpId, name: z.string() })),
  plan: z.array(z.string()),
});
export type FeedbackBank = z.infer<typeof FeedbackBank>;

/** Exactly what the candidate sees once the Bar Raiser publishes. */
export const CandidateFeedback = z.object({
  loopId: z.uuid(),
  candidateName: z.string(),
  publishedAt: z.iso.datetime({ offset: true }),
  decision: Decision,
  showInterviewerNames: z.boolean(),
  lps: z.array(FeedbackLp),
  strengths: z.array(z.string()),
  growthAreas: z.array(z.string()),
  consistency: z.array(FeedbackConsistency),
  practice: z.array(FeedbackPractice),
  /** The writing exercise's rubric, comments and advice; absent when the loop had none. */
  writing: FeedbackWriting.nullable().optional(),
  /** Present only for the candidate, when their bank's titles were shared with the loop. */
  bank: FeedbackBank.nullable().optional(),
});
export type CandidateFeedback = z.infer<typeof CandidateFeedback>;
