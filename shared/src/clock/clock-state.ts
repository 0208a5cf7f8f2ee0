import { z } from 'zod';
import { ok, refuse, type ClockResult } from './clock-result.js';

/**
 * The round clock as stored data. It holds deadlines and frozen offsets, never a ticking
 * counter: any process can compute the countdown from `now`, so a restart or a second
 * server loses nothing and the server never has to broadcast seconds.
 */

export const MS_PER_MINUTE = 60_000;

/** Longest phase we accept; a Loop round is about an hour, so this only catches typos. */
export const MAX_PHASE_MINUTES = 240;

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

/** Total planned minutes of a phase list, in ms. */
export function phasesDurationMs(phases: readonly ClockPhase[]): number {
  return phases.reduce((sum, phase) => sum + phase.minutes * MS_PER_MINUTE, 0);
}

/**
 * The rules that tie the columns together, as plain-language messages (empty when valid).
 * Kept separate from the schema so tests and repositories can check a row they built by hand.
 */
export function clockInvariantViolations(state: ClockState): string[] {
  const problems: string[] = [];
  const { status, startedAt, deadline, remainingAtPauseMs, endedAt, endReason } = state;
  if (phasesDurationMs(state.phases) + state.extendedMs !== state.durationMs) {
    problems.push('The phases and extensions must add up to the round duration.');
  }
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  const running = status === 'running';
  const paused = status === 'paused';
  const ended = status === 'ended';
  check((startedAt === null) === (status === 'scheduled'), 'Only a scheduled round has no start time.');
  check((deadline === null) !== running, 'A deadline is set exactly while the clock runs.');
  check(
    (remainingAtPauseMs === null) !== (paused || ended),
    'Frozen remaining time is set exactly while paused or ended.',
  );
  check((endedAt === null) !== ended, 'An end time is set exactly when the round has ended.');
  check((endReason === null) !== ended, 'An end reason is set exactly when the round has ended.');
  if (remainingAtPauseMs !== null && remainingAtPauseMs > state.durationMs) {
    problems.push('Frozen remaining time cannot exceed the round duration.');
  }
  if (paused && remainingAtPauseMs === 0) {
    problems.push('A paused clock must have time left.');
  }
  if (endReason === 'expired' && remainingAtPauseMs !== 0) {
    problems.push('An expired round has no time left.');
  }
  return problems;
}

/**
 * A fresh clock for phases already validated (e.g. read back from the round). For input from
 * people use {@link planClock}, which checks the phases first.
 */
export function scheduledClock(phases: readonly ClockPhase[]): ClockState {
  return {
    status: 'scheduled',
    phases: phases.map((phase) => ({ ...phase })),
    durationMs: phasesDurationMs(phases),
    extendedMs: 0,
    startedAt: null,
    deadline: null,
    remainingAtPauseMs: null,
    endedAt: null,
    endReason: null,
    version: 0,
  };
}

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
