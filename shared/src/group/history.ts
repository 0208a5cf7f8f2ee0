import { z } from 'zod';
import { LpId } from '../lp/catalogue.js';
import { Decision, Vote } from '../scales.js';
import { LpOutcome } from '../debrief/feedback.js';

const Id = z.uuid();
const Instant = z.iso.datetime({ offset: true });

export const LpTrend = z.enum(['improved', 'declined', 'still-weak', 'strong', 'steady', 'once']);
export type LpTrend = z.infer<typeof LpTrend>;

/** One published loop of a member as candidate, as far as its published feedback goes. */
export const CandidateLoop = z.object({
  loopId: Id,
  startsAt: Instant,
  decision: Decision,
  lps: z.array(z.object({ lpId: LpId, name: z.string(), outcome: LpOutcome, score: z.number().nullable() })),
  /** First votes, counted without names; only for the member themself and the organizer. */
  votes: z.record(Vote, z.int()).nullable(),
  growthAreas: z.array(z.string()),
  practice: z.array(z.object({ lpId: LpId, name: z.string(), questions: z.array(z.string()) })),
});
export type CandidateLoop = z.infer<typeof CandidateLoop>;

export const CandidateHistory = z.object({
  memberId: Id,
  name: z.string(),
  loops: z.array(CandidateLoop),
  trends: z.array(z.object({ lpId: LpId, name: z.string(), scores: z.array(z.number().nullable()), trend: LpTrend })),
});
export type CandidateHistory = z.infer<typeof CandidateHistory>;

export const Leaning = z.enum(['lenient', 'harsh', 'in-line', 'not-enough']);
export type Leaning = z.infer<typeof Leaning>;

export const ScorecardTiming = z.enum(['on-time', 'late', 'missing', 'not-due']);
export type ScorecardTiming = z.infer<typeof ScorecardTiming>;

export const CalibrationLoop = z.object({
  loopId: Id,
  candidateName: z.string(),
  startsAt: Instant,
  roundTitle: z.string(),
  timing: ScorecardTiming,
  vote: Vote.nullable(),
  decision: Decision.nullable(),
  agreesWithDecision: z.boolean().nullable(),
  /** Mean of my LP ratings and of the other interviewers' (0 Below, 1 Meets, 2 Raises). */
  meanRating: z.number().nullable(),
  othersMeanRating: z.number().nullable(),
  /** LPs both I and another interviewer rated: mine against their mean. */
  lps: z.array(z.object({ lpId: LpId, name: z.string(), mine: z.number(), othersMean: z.number() })),
  /** Mean of (mine - others) over the ratings and the vote; positive is more generous. */
  difference: z.number().nullable(),
  leaning: Leaning,
});
export type CalibrationLoop = z.infer<typeof CalibrationLoop>;

export const Calibration = z.object({
  memberId: Id,
  name: z.string(),
  leaning: Leaning,
  difference: z.number().nullable(),
  agreements: z.int(),
  disagreements: z.int(),
  scorecards: z.object({ onTime: z.int(), late: z.int(), missing: z.int() }),
  loops: z.array(CalibrationLoop),
});
export type Calibration = z.infer<typeof Calibration>;

export const ReliabilityRow = z.object({
  memberId: Id,
  name: z.string(),
  seats: z.int(),
  late: z.int(),
  never: z.int(),
  lateScorecards: z.int(),
  missingScorecards: z.int(),
});
export const Reliability = z.object({ graceMinutes: z.int(), members: z.array(ReliabilityRow) });
export type Reliability = z.infer<typeof Reliability>;
