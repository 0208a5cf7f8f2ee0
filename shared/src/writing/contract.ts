import { z } from 'zod';
import { ClockState } from '../clock/clock-state.js';
import { LpId } from '../lp/catalogue.js';
import { MAX_PHASE_MINUTES } from '../clock/clock-rules.js';
import { Vote } from '../scales.js';
import { LongText, ShortText, Title } from '../text.js';
import { MAX_QUOTE } from './anchors.js';
import { MAX_WRITING_BYTES } from './length.js';
import { WRITING_MODES, WRITING_STATUSES } from './lifecycle.js';
import { MAX_REVIEW_COMMENTS, PROMPT_KINDS, RUBRIC_CRITERIA, RUBRIC_RATINGS } from './prompts.js';

// Counting, anchors, the state machine and the bank are plain modules (no zod) for the
// client's pages; this module holds the schemas of the writing exercise's contract.
export * from './length.js';
export * from './anchors.js';
export * from './lifecycle.js';
export * from './prompts.js';

export const PromptKind = z.enum(PROMPT_KINDS);
export const WritingMode = z.enum(WRITING_MODES);
export const WritingStatus = z.enum(WRITING_STATUSES);
export const RubricCriterion = z.enum(RUBRIC_CRITERIA);
export const RubricRating = z.enum(RUBRIC_RATINGS);
// Same names as the plain unions they were built from, so importers get both.
export type PromptKind = z.infer<typeof PromptKind>;
export type WritingMode = z.infer<typeof WritingMode>;
export type WritingStatus = z.infer<typeof WritingStatus>;
export type RubricCriterion = z.infer<typeof RubricCriterion>;
export type RubricRating = z.infer<typeof RubricRating>;

export const WritingPromptSchema = z.object({ id: z.string().min(1).max(60), kind: PromptKind, title: Title, text: z.string().trim().min(20, 'must be at least 20 characters').max(1500) });

/** One of the two prompts: from the bank by id, or the organizer's own. */
export const PromptChoice = z.union([
  z.object({ bankId: z.string().min(1).max(60) }),
  z.object({ custom: z.object({ kind: PromptKind, title: Title, text: z.string().trim().min(20, 'must be at least 20 characters').max(1500) }) }),
]);
export type PromptChoice = z.infer<typeof PromptChoice>;

export const LengthLimitSchema = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('words'), value: z.int().min(100, 'at least 100 words').max(5000, 'at most 5,000 words') }),
  z.object({ unit: z.literal('pages'), value: z.int().min(1, 'at least 1 page').max(6, 'at most 6 pages') }),
]);

export const WritingModeSetup = z.discriminatedUnion('type', [
  z.object({ type: z.literal('take-home'), dueAt: z.iso.datetime({ offset: true }) }),
  z.object({ type: z.literal('timed'), durationMinutes: z.int().min(15, 'at least 15 minutes').max(MAX_PHASE_MINUTES, `at most ${MAX_PHASE_MINUTES} minutes`) }),
]);

/** The organizer adds (or, until the candidate has started, changes) the loop's writing exercise. */
export const WritingSetupRequest = z.object({
  prompts: z.tuple([PromptChoice, PromptChoice]),
  mode: WritingModeSetup,
  lengthLimit: LengthLimitSchema,
  /** Interviewers of this loop who review the text. */
  reviewerIds: z.array(z.uuid()).min(1, 'choose at least one reviewer').max(6),
});
export type WritingSetupRequest = z.infer<typeof WritingSetupRequest>;

/** The exercise as a participant sees it; `text` only for the candidate, and for reviewers once it is final. */
export const WritingExercise = z.object({
  id: z.uuid(),
  loopId: z.uuid(),
  mode: WritingMode,
  status: WritingStatus,
  prompts: z.array(WritingPromptSchema),
  chosenPromptId: z.string().nullable(),
  lengthLimit: LengthLimitSchema,
  /** Take-home: the due time. Timed: its length; the deadline comes once started. */
  dueAt: z.iso.datetime({ offset: true }).nullable(),
  durationMinutes: z.number().int().nullable(),
  deadline: z.iso.datetime({ offset: true }).nullable(),
  clock: ClockState.nullable(),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  lockedAt: z.iso.datetime({ offset: true }).nullable(),
  reviewers: z.array(z.object({ participantId: z.uuid(), name: z.string() })),
  text: z.string().nullable(),
  words: z.number().int().nullable(),
  /** Bumped by every applied autosave and every transition. */
  version: z.number().int(),
  /** What the caller may do with it. */
  viewer: z.object({ isCandidate: z.boolean(), isReviewer: z.boolean(), isOrganizer: z.boolean() }),
  serverNow: z.number(),
});
export type WritingExercise = z.infer<typeof WritingExercise>;

export const WritingRef = z.object({ exerciseId: z.uuid() });
export const WritingLoopRef = z.object({ loopId: z.uuid() });
export type WritingLoopRef = z.infer<typeof WritingLoopRef>;
export type WritingRef = z.infer<typeof WritingRef>;

/** Autosave ops: each sets a whole value, so the last one the server applies wins. */
export const WritingOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('setText'), value: z.string().max(MAX_WRITING_BYTES) }),
  z.object({ op: z.literal('choosePrompt'), promptId: z.string().min(1).max(60) }),
]);
export type WritingOp = z.infer<typeof WritingOp>;

/** One autosave of the candidate's text: applied exactly once per (clientId, seq), in seq order. */
export const WritingPatch = z.object({
  exerciseId: z.uuid(),
  clientId: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/),
  seq: z.int().min(1).max(2_000_000_000),
  ops: z.array(WritingOp).min(1).max(4),
});
export type WritingPatch = z.infer<typeof WritingPatch>;
export type WritingPatchAck = { version: number; duplicate: boolean; words: number };
/** To the candidate's other tabs: replay these ops. */
export type WritingPatched = { exerciseId: string; version: number; clientId: string; seq: number; ops: WritingOp[] };
/** To the loop: the exercise started, was submitted or was locked by its deadline. */
export type WritingChanged = { loopId: string; exerciseId: string; status: z.infer<typeof WritingStatus>; version: number };

export const AnchorSchema = z
  .object({ from: z.int().min(0), to: z.int().min(1), quote: z.string().min(1).max(MAX_QUOTE), prefix: z.string().max(64), suffix: z.string().max(64) })
  .refine((a) => a.to > a.from && a.to - a.from === a.quote.length, 'the range must be as long as the quote');

export const ReviewComment = z.object({ id: z.uuid(), anchor: AnchorSchema, body: z.string().trim().min(1, 'must not be empty').max(1000) });
export type ReviewComment = z.infer<typeof ReviewComment>;

/** What a reviewer writes: the rubric, the LPs the text shows, a vote, comments, and what to practise. */
export const WritingReviewDraft = z.object({
  ratings: z.partialRecord(RubricCriterion, RubricRating),
  lpsShown: z.array(LpId).max(16),
  vote: Vote.nullable(),
  summary: LongText,
  practice: ShortText,
  comments: z.array(ReviewComment).max(MAX_REVIEW_COMMENTS, `at most ${MAX_REVIEW_COMMENTS} comments`),
});
export type WritingReviewDraft = z.infer<typeof WritingReviewDraft>;

export const WritingReview = z.object({
  id: z.uuid(),
  exerciseId: z.uuid(),
  reviewerId: z.uuid(),
  reviewerName: z.string(),
  status: z.enum(['draft', 'submitted']),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  draft: WritingReviewDraft,
});
export type WritingReview = z.infer<typeof WritingReview>;

/** The reviews the caller may read: always their own; the others once theirs is in and the debrief is open. */
export const WritingReviews = z.object({ own: WritingReview.nullable(), others: z.array(WritingReview) });
export type WritingReviews = z.infer<typeof WritingReviews>;

export const PromptBankResponse = z.object({ prompts: z.array(WritingPromptSchema), wordsPerPage: z.number().int() });
