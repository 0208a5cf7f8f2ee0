import { z } from 'zod';
import { LpId } from '../lp/catalogue.js';
import { LpRating, Vote } from '../scales.js';
import { LongText, ShortText } from '../text.js';
import { SetStoryDataPoint } from './data-points.js';
import { StoryCard, StoryFlag, StoryTextField } from './draft.js';

/**
 * Autosave operations. Each sets one field to its whole new value, so the conflict rule is
 * simple and stated once: per field, the last operation the server applies wins. Two tabs
 * editing different fields both keep their edits; on the same field, the later one stands.
 */
export const PatchOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('setText'), field: z.enum(['strengths', 'concerns', 'summary']), value: LongText }),
  z.object({ op: z.literal('setVote'), value: Vote.nullable() }),
  z.object({ op: z.literal('setRating'), lpId: LpId, value: LpRating.nullable() }),
  z.object({ op: z.literal('setEvidence'), lpId: LpId, value: LongText }),
  z.object({ op: z.literal('setNotAssessedReason'), lpId: LpId, value: ShortText }),
  z.object({ op: z.literal('addStory'), story: StoryCard }),
  z.object({ op: z.literal('setStoryText'), storyId: z.uuid(), field: StoryTextField, value: LongText }),
  z.object({ op: z.literal('setStoryLps'), storyId: z.uuid(), value: z.array(LpId).max(16) }),
  z.object({ op: z.literal('setStoryFlags'), storyId: z.uuid(), value: z.array(StoryFlag).max(3) }),
  SetStoryDataPoint,
  /** "Told from the bank: <title>": links the card to a bank story whose title the candidate shared. */
  z.object({ op: z.literal('setStoryBankLink'), storyId: z.uuid(), bankStoryId: z.uuid().nullable() }),
  z.object({ op: z.literal('removeStory'), storyId: z.uuid() }),
  z.object({ op: z.literal('markAsked'), questionId: z.string().min(1).max(40) }),
]);
export type PatchOp = z.infer<typeof PatchOp>;

/** One autosave: applied exactly once per (client, seq). */
export const ScorecardPatch = z.object({
  scorecardId: z.uuid(),
  /** A random id per browser tab (kept across reloads with its pending patches). */
  clientId: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/),
  seq: z.int().min(1).max(2_000_000_000),
  ops: z.array(PatchOp).min(1).max(50),
});
export type ScorecardPatch = z.infer<typeof ScorecardPatch>;

// Applying and sizing ops needs no zod; it lives in patch-ops.ts for the interviewer's page.
export * from './patch-ops.js';
