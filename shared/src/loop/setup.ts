import { z } from 'zod';
import { PerInterviewer } from '../lp/assignment-schema.js';
import { LpId } from '../lp/catalogue.js';
import { RoundKind } from '../scales.js';
import { Email, optional, PersonName, Title, WebUrl } from '../text.js';
import { isTimeZone, zonedToInstant } from './schedule.js';
import { TargetRole } from './target-role.js';

export const ROUND_COUNT = { min: 5, max: 6 } as const;
export const ROUND_DURATION = { min: 15, max: 90, default: 60 } as const;
export const BREAK_AFTER = { min: 0, max: 15, default: 10 } as const;

/** A round is split into phases; the clock shows which one is running. */
export const RoundPhase = z.object({
  key: z.string().trim().min(1).max(40).regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'),
  label: Title,
  minutes: z.int('must be a whole number of minutes').min(1, 'must be at least 1 minute').max(ROUND_DURATION.max),
});
export type RoundPhase = z.infer<typeof RoundPhase>;

/** Intro 5, questions, candidate's questions 10: the questions phase takes the rest. */
export function defaultPhases(durationMinutes: number = ROUND_DURATION.default): RoundPhase[] {
  const intro = 5;
  const candidateQuestions = durationMinutes >= 30 ? 10 : 5;
  return [
    { key: 'intro', label: 'Introductions', minutes: intro },
    { key: 'questions', label: 'Questions', minutes: durationMinutes - intro - candidateQuestions },
    { key: 'candidate-questions', label: "Candidate's questions", minutes: candidateQuestions },
  ];
}

export const PersonSetup = z.object({ name: PersonName, email: optional(Email) });
export type PersonSetup = z.infer<typeof PersonSetup>;

export const RoundSetup = z
  .object({
    title: Title,
    kind: RoundKind,
    interviewer: PersonSetup,
    isBarRaiser: z.boolean().default(false),
    durationMinutes: z
      .int('must be a whole number of minutes')
      .min(ROUND_DURATION.min, `must be between ${ROUND_DURATION.min} and ${ROUND_DURATION.max} minutes`)
      .max(ROUND_DURATION.max, `must be between ${ROUND_DURATION.min} and ${ROUND_DURATION.max} minutes`)
      .default(ROUND_DURATION.default),
    breakAfterMinutes: z
      .int('must be a whole number of minutes')
      .min(BREAK_AFTER.min, `must be between ${BREAK_AFTER.min} and ${BREAK_AFTER.max} minutes`)
      .max(BREAK_AFTER.max, `must be between ${BREAK_AFTER.min} and ${BREAK_AFTER.max} minutes`)
      .default(BREAK_AFTER.default),
    phases: z.array(RoundPhase).min(1).max(8).optional(),
    /** The organizer's final LPs for this interviewer; computed when omitted. */
    assignedLps: z.array(LpId).min(1).max(4).optional(),
    /** LPs the organizer fixed here before the rest were assigned. */
    pinnedLps: z.array(LpId).max(4).default([]),
    shadows: z.array(PersonSetup).max(3).default([]),
  })
  .transform((round) => ({ ...round, phases: round.phases ?? defaultPhases(round.durationMinutes) }))
  .superRefine((round, ctx) => {
    const total = round.phases.reduce((sum, phase) => sum + phase.minutes, 0);
    if (total !== round.durationMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['phases'],
        message: `phases add up to ${total} minutes but the round lasts ${round.durationMinutes}`,
      });
    }
    const keys = round.phases.map((p) => p.key);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: ['phases'], message: 'phase keys must be unique' });
    if (round.assignedLps && new Set(round.assignedLps).size !== round.assignedLps.length) {
      ctx.addIssue({ code: 'custom', path: ['assignedLps'], message: 'an LP is listed twice' });
    }
  });
export type RoundSetup = z.output<typeof RoundSetup>;
export type RoundSetupInput = z.input<typeof RoundSetup>;

export const CreateLoopRequest = z
  .object({
    candidate: PersonSetup,
    organizer: PersonSetup,
    targetRole: TargetRole,
    /** Local wall-clock start, e.g. "2026-12-01T18:30", read in `timeZone`. */
    startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date and time like 2026-12-01T18:30'),
    timeZone: z.string().refine(isTimeZone, 'must be a time zone such as Europe/London or America/New_York'),
    meetingUrl: optional(WebUrl),
    /**
     * The candidate organizes their own loop: MockLoop then picks the Bar Raiser and assigns
     * every round's LPs itself, and never shows the organizer either.
     */
    organizerIsCandidate: z.boolean().default(false),
    /** Defaults to the preset of the target role. */
    focusLps: z.array(LpId).min(1).max(16).optional(),
    lpsPerInterviewer: PerInterviewer.optional(),
    scorecardDueMinutes: z.int().min(10).max(7 * 24 * 60).default(60),
    rounds: z
      .array(RoundSetup)
      .min(ROUND_COUNT.min, `a loop has ${ROUND_COUNT.min} or ${ROUND_COUNT.max} rounds`)
      .max(ROUND_COUNT.max, `a loop has ${ROUND_COUNT.min} or ${ROUND_COUNT.max} rounds`),
  })
  .superRefine((loop, ctx) => {
    const barRaisers = loop.rounds.flatMap((round, index) => (round.isBarRaiser ? [index] : []));
    if (loop.organizerIsCandidate) {
      // Choosing either would tell the candidate what the practice must keep from them.
      for (const index of barRaisers) {
        ctx.addIssue({ code: 'custom', path: ['rounds', index, 'isBarRaiser'], message: 'MockLoop picks the Bar Raiser when the organizer is the candidate' });
      }
      loop.rounds.forEach((round, index) => {
        if (round.assignedLps || round.pinnedLps.length > 0) {
          ctx.addIssue({ code: 'custom', path: ['rounds', index, 'assignedLps'], message: 'MockLoop assigns the LPs when the organizer is the candidate' });
        }
      });
    } else if (barRaisers.length !== 1) {
      const index = barRaisers[1] ?? 0;
      ctx.addIssue({
        code: 'custom',
        path: ['rounds', index, 'isBarRaiser'],
        message: barRaisers.length === 0 ? 'one round must be the Bar Raiser' : 'only one round can be the Bar Raiser',
      });
    }
    if (loop.focusLps && new Set(loop.focusLps).size !== loop.focusLps.length) {
      ctx.addIssue({ code: 'custom', path: ['focusLps'], message: 'an LP is listed twice' });
    }
    // The pattern lets through dates no calendar has (30 February); planning would fail on them.
    if (isTimeZone(loop.timeZone) && zonedToInstant(loop.startsAt, loop.timeZone) === null) {
      ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'must be a date and time that exists, e.g. not 30 February' });
    }
  });
export type CreateLoopRequest = z.output<typeof CreateLoopRequest>;
export type CreateLoopRequestInput = z.input<typeof CreateLoopRequest>;
