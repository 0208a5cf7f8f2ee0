import { z } from 'zod';
import { LpId } from './catalogue.js';

/**
 * The contract of LP assignment: what the wizard sends and what it gets back.
 * `assignLps` itself accepts anything of these types without throwing; the schemas are for
 * the edges (socket/HTTP payloads, stored loops) and refuse inputs the wizard never builds.
 */

export const MIN_LPS_PER_INTERVIEWER = 1;
export const MAX_LPS_PER_INTERVIEWER = 4;
export const DEFAULT_PER_INTERVIEWER = { min: 2, max: 3 } as const;
/** A Loop normally has 5-6 rounds; the wizard allows a short practice loop or a long one. */
export const MIN_ROUNDS = 1;
export const MAX_ROUNDS = 8;

const lpCount = z.int().min(MIN_LPS_PER_INTERVIEWER).max(MAX_LPS_PER_INTERVIEWER);

/** How many LPs each interviewer should probe. */
export const PerInterviewer = z
  .object({ min: lpCount, max: lpCount })
  .refine((limits) => limits.min <= limits.max, {
    message: 'The minimum LPs per interviewer cannot be above the maximum.',
  });
export type PerInterviewer = z.infer<typeof PerInterviewer>;

/** The parts of a round that matter for LP assignment. */
export const AssignmentRound = z.object({
  /** Stable round key; the result is keyed by it. */
  key: z.string().min(1),
  kind: z.enum(['behavioral', 'product-sense', 'technical', 'writing']),
  isBarRaiser: z.boolean(),
});
export type AssignmentRound = z.infer<typeof AssignmentRound>;

/** The organizer fixed this LP to this round by hand. */
export const LpPin = z.object({ roundKey: z.string().min(1), lpId: LpId });
export type LpPin = z.infer<typeof LpPin>;

export const LpAssignmentInput = z
  .object({
    rounds: z.array(AssignmentRound).min(MIN_ROUNDS).max(MAX_ROUNDS),
    focusLps: z.array(LpId),
    pins: z.array(LpPin),
    perInterviewer: PerInterviewer.optional(),
    /** Only breaks ties; the same seed always gives the same assignment. */
    seed: z.int().optional(),
  })
  .superRefine((input, ctx) => {
    const keys = input.rounds.map((round) => round.key);
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', path: ['rounds'], message: 'Round keys must be unique.' });
    }
    if (new Set(input.focusLps).size !== input.focusLps.length) {
      ctx.addIssue({ code: 'custom', path: ['focusLps'], message: 'An LP is listed twice.' });
    }
    input.pins.forEach((pin, index) => {
      if (!keys.includes(pin.roundKey)) {
        ctx.addIssue({ code: 'custom', path: ['pins', index, 'roundKey'], message: 'No round has this key.' });
      }
    });
  });
export type LpAssignmentInput = z.infer<typeof LpAssignmentInput>;

export const LpAssignment = z.object({
  /** LPs per round key, in catalogue order. */
  byRound: z.record(z.string(), z.array(LpId)),
  /** Focus LPs no interviewer will probe, in catalogue order. */
  uncovered: z.array(LpId),
  /** Plain-language explanations for the organizer: gaps, forced pins, fillers. */
  notes: z.array(z.string()),
});
export type LpAssignment = z.infer<typeof LpAssignment>;

/** What the wizard shows after every manual move in the LP x interviewer matrix. */
export const LpCoverage = z.object({
  uncovered: z.array(LpId),
  /** LPs probed in more than one round, in catalogue order. */
  duplicated: z.array(LpId),
  /** Number of distinct LPs per round key. */
  perRound: z.record(z.string(), z.int()),
  notes: z.array(z.string()),
});
export type LpCoverage = z.infer<typeof LpCoverage>;
