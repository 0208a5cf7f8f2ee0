import { z } from 'zod';
import { ROUND_COUNT } from '../loop/setup.js';

/** Groups are five to ten friends; twelve leaves room for a guest or two. */
export const GROUP_SIZE = { min: 2, max: 12 } as const;
/** Past loops the planner reads; older ones say little about who has met whom. */
export const HISTORY_LIMIT = 200;

const MemberId = z.string().min(1).max(64);

export const SeriesMember = z.object({
  id: MemberId,
  name: z.string().min(1).max(80),
  /** False for a member who only interviews this time. */
  wantsToBeCandidate: z.boolean(),
});
export type SeriesMember = z.infer<typeof SeriesMember>;

/** A loop the group already ran (or created): who sat where. */
export const PastLoop = z.object({
  candidateId: MemberId,
  interviewerIds: z.array(MemberId).max(ROUND_COUNT.max),
  barRaiserId: MemberId.nullable(),
});
export type PastLoop = z.infer<typeof PastLoop>;

export const SeriesInput = z
  .object({
    members: z.array(SeriesMember).min(GROUP_SIZE.min).max(GROUP_SIZE.max),
    history: z.array(PastLoop).max(HISTORY_LIMIT).default([]),
    roundsPerLoop: z.int().min(ROUND_COUNT.min).max(ROUND_COUNT.max).default(ROUND_COUNT.min),
    seed: z.int().optional(),
  })
  .refine((input) => new Set(input.members.map((m) => m.id)).size === input.members.length, {
    message: 'a member is listed twice',
    path: ['members'],
  });
export type SeriesInput = z.input<typeof SeriesInput>;
/** A parsed `SeriesInput`: defaults filled in. */
export type SeriesSettings = z.output<typeof SeriesInput>;

/**
 * One loop of a series. `interviewerIds` holds one member per round, in round order; the
 * Bar Raiser's round is the last one. A member holds two rounds only in a group too small
 * to give every round its own interviewer.
 */
export const PlannedLoop = z.object({
  candidateId: MemberId,
  interviewerIds: z.array(MemberId).min(ROUND_COUNT.min).max(ROUND_COUNT.max),
  barRaiserId: MemberId,
});
export type PlannedLoop = z.infer<typeof PlannedLoop>;

export const SERIES_RULES = [
  'too-few-members',
  'unknown-member',
  'candidate-once',
  'own-loop',
  'seats',
  'bar-raiser-seat',
  'balance',
  'repeat-pairing',
  'bar-raiser-experience',
  'bar-raiser-rotation',
] as const;
export const SeriesRule = z.enum(SERIES_RULES);
export type SeriesRule = z.infer<typeof SeriesRule>;

/** A broken rule. Errors block creating the loops; warnings are allowed and explained. */
export const SeriesViolation = z.object({
  rule: SeriesRule,
  severity: z.enum(['error', 'warning']),
  /** Index of the loop in the series, or null for the series as a whole. */
  loop: z.int().nullable(),
  memberIds: z.array(MemberId),
  text: z.string(),
});
export type SeriesViolation = z.infer<typeof SeriesViolation>;

/** Why the planner chose what it chose, in plain words. */
export const SeriesNote = z.object({ loop: z.int().nullable(), text: z.string() });
export type SeriesNote = z.infer<typeof SeriesNote>;

export const SeriesPlan = z.object({
  loops: z.array(PlannedLoop),
  /** Rounds each member interviews in this series, by member id. */
  loads: z.record(z.string(), z.int()),
  notes: z.array(SeriesNote),
  violations: z.array(SeriesViolation),
});
export type SeriesPlan = z.infer<typeof SeriesPlan>;
