import { z } from 'zod';
import { ok, refuse, type ClockResult } from './clock-result.js';
import { clockInvariantViolations, MAX_PHASE_MINUTES, MS_PER_MINUTE, phasesDurationMs, scheduledClock } from './clock-rules.js';

export * from './clock-rules.js';

/**
 * The round clock as stored data. It holds deadlines and frozen offsets, never a ticking
 * counter: any process can compute the countdown from `now`, so a restart or a second
 * server loses nothing and the server never has to broadcast seconds.
 */

export const ClockStatus = z.enum(['scheduled', 'running', 'paused', 'ended']);
export type ClockStatus = z.infer<typeof ClockStatus>;

export const ClockEndReason = z.enum(['expired', 'ended-early']);
export type ClockEndReason = z.infer<typeof ClockEndReason>;

/** One part of a round, e.g. "Intro", "LP questions", "Candidate questions". */
export const ClockPhase = z.object(
  {
    key: z.string({ error: 'Each phase needs a key.' }).min(1, 'Each phase needs a key.').max(64),
    label: z.string({ error: 'Each phase needs a name.' }).min(1, 'Each phase needs a name.').max(120),
    // Whole minutes keep `durationMs` an exact integer and match how rounds are planned.
    minutes: z
      .number({ error: 'Each phase needs a length in minutes.' })
      .int('A phase lasts a whole number of minutes.')
      .min(1, 'A phase lasts at least 1 minute.')
      .max(MAX_PHASE_MINUTES, `A phase lasts at most ${MAX_PHASE_MINUTES} minutes.`),
  },
  { error: 'Each phase needs a key, a name and a length in minutes.' },
);
export type ClockPhase = z.infer<typeof ClockPhase>;

/** The planned phases of a round: at least one, keys unique. */
export const ClockPhaseList = z
  .array(ClockPhase, { error: 'The phases must be a list.' })
  .min(1, 'A round needs at least one phase.')
  .max(20, 'A round has at most 20 phases.')
  .superRefine((phases, ctx) => {
    const seen = new Set<string>();
    for (const [index, phase] of phases.entries()) {
      if (seen.has(phase.key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'key'],
          message: `Two phases share the key "${phase.key}".`,
        });
      }
      seen.add(phase.key);
    }
  });
export type ClockPhaseList = z.infer<typeof ClockPhaseList>;

const epochMs = z.number().int().nonnegative();

export const ClockState = z
  .object({
    status: ClockStatus,
    /**
     * The plan as set for the round, never changed by the clock: extensions are counted in
     * `extendedMs` and belong to the last phase, so phases plus extensions make `durationMs`.
     * That lets a store keep the plan with the round and only the timing in the clock row.
     */
    phases: ClockPhaseList,
    /** Planned running time including extensions (pauses excluded). */
    durationMs: z.number().int().positive(),
    /** How much of `durationMs` came from extensions, kept for the record and the UI. */
    extendedMs: z.number().int().nonnegative(),
    /** When the round first started; kept through pauses and after the end. */
    startedAt: epochMs.nullable(),
    /** When time runs out; set only while running. */
    deadline: epochMs.nullable(),
    /**
     * Remaining time frozen while the clock is not ticking: set while paused, and kept at the
     * moment of ending (0 when expired) so elapsed time stays answerable afterwards.
     */
    remainingAtPauseMs: z.number().int().nonnegative().nullable(),
    endedAt: epochMs.nullable(),
    endReason: ClockEndReason.nullable(),
    /** Bumped by every accepted transition, for optimistic concurrency in the database. */
    version: z.number().int().nonnegative(),
  })
  .superRefine((state, ctx) => {
    for (const message of clockInvariantViolations(state)) {
      ctx.addIssue({ code: 'custom', message });
    }
  });
export type ClockState = z.infer<typeof ClockState>;

/**
 * Validate a round's phases against its planned length and build its scheduled clock. The
 * phases must add up to the round exactly, so the countdown and the agenda never disagree.
 */
export function planClock(phases: unknown, durationMinutes: number): ClockResult<ClockState> {
  const parsed = ClockPhaseList.safeParse(phases);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = typeof issue?.path[0] === 'number' ? `Phase ${issue.path[0] + 1}: ` : '';
    return refuse('bad-request', `${where}${issue?.message ?? 'The phases are not valid.'}`);
  }
  const plannedMinutes = phasesDurationMs(parsed.data) / MS_PER_MINUTE;
  if (plannedMinutes !== durationMinutes) {
    return refuse(
      'bad-request',
      `The phases add up to ${plannedMinutes} minutes but the round is ${durationMinutes} minutes long.`,
    );
  }
  return ok(scheduledClock(parsed.data));
}
