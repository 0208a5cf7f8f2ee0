import { z } from 'zod';
import { PerInterviewer } from '../lp/assignment-schema.js';
import { LpId } from '../lp/catalogue.js';
import { ParticipantRole, RoundKind } from '../scales.js';
import { RoundPhase } from './setup.js';
import { WRITING_STATUSES } from '../writing/lifecycle.js';
import { TargetRole } from './target-role.js';

/**
 * What each role receives when it reads a loop. The server builds these per viewer; a field
 * a role may not see is absent, not blanked, so nothing leaks through a careless client.
 */

export const RoundState = z.enum(['not-started', 'live', 'ended']);
export type RoundState = z.infer<typeof RoundState>;

export const ScorecardState = z.enum(['not-started', 'draft', 'submitted']);
export type ScorecardState = z.infer<typeof ScorecardState>;

const Id = z.uuid();
const Instant = z.iso.datetime({ offset: true });

export const Viewer = z.object({
  participantId: Id,
  role: ParticipantRole,
  name: z.string(),
  /** The round an interviewer runs or a shadow observes. */
  roundId: Id.nullable(),
  isBarRaiser: z.boolean(),
});
export type Viewer = z.infer<typeof Viewer>;

export const LoopSummary = z.object({
  id: Id,
  candidateName: z.string(),
  targetRole: TargetRole,
  startsAt: Instant,
  timeZone: z.string(),
  meetingUrl: z.string().nullable(),
  scorecardDueMinutes: z.number(),
  isDemo: z.boolean(),
  /** The candidate organizes their own loop: their organizer view leaves out LPs and the Bar Raiser. */
  organizerIsCandidate: z.boolean(),
});
export type LoopSummary = z.infer<typeof LoopSummary>;

export const AgendaRound = z.object({
  id: Id,
  position: z.number(),
  title: z.string(),
  kind: RoundKind,
  startsAt: Instant,
  endsAt: Instant,
  durationMinutes: z.number(),
  breakAfterMinutes: z.number(),
  phases: z.array(RoundPhase),
  interviewerName: z.string(),
  state: RoundState,
  /** Hidden from the candidate, as in a real loop. */
  isBarRaiser: z.boolean().optional(),
  /** Hidden from the candidate: knowing the LPs in advance would defeat the practice. */
  assignedLps: z.array(LpId).optional(),
});
export type AgendaRound = z.infer<typeof AgendaRound>;

export const ParticipantStatus = z.object({
  id: Id,
  role: ParticipantRole,
  name: z.string(),
  email: z.string().nullable(),
  roundId: Id.nullable(),
  /** Absent when the organizer is the candidate. */
  isBarRaiser: z.boolean().optional(),
  linkOpenedAt: Instant.nullable(),
  lastSeenAt: Instant.nullable(),
  revoked: z.boolean(),
});
export type ParticipantStatus = z.infer<typeof ParticipantStatus>;

/** Progress only: the organizer may be the candidate, so never any scorecard content. */
export const ScorecardProgress = z.object({
  roundId: Id,
  interviewerId: Id,
  state: ScorecardState,
  overdue: z.boolean(),
});
export type ScorecardProgress = z.infer<typeof ScorecardProgress>;

export const OrganizerDetails = z.object({
  participants: z.array(ParticipantStatus),
  focusLps: z.array(LpId),
  lpsPerInterviewer: PerInterviewer,
  /** Absent when the organizer is the candidate: gaps would hint at each round's LPs. */
  uncoveredLps: z.array(LpId).optional(),
  scorecards: z.array(ScorecardProgress),
});
export type OrganizerDetails = z.infer<typeof OrganizerDetails>;

export const LoopView = z.object({
  loop: LoopSummary,
  viewer: Viewer,
  rounds: z.array(AgendaRound),
  /** Only for the organizer. */
  organizer: OrganizerDetails.optional(),
  /**
   * The loop's writing exercise in a word (null: none), so a home page can point at it
   * without asking for it. `isReviewer`: the viewer reviews it.
   */
  writing: z.object({ status: z.enum(WRITING_STATUSES), isReviewer: z.boolean() }).nullable(),
});
export type LoopView = z.infer<typeof LoopView>;

/** GET /api/session: who the bearer token belongs to. */
export const SessionInfo = z.object({ loopId: Id, viewer: Viewer });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const ParticipantLink = z.object({
  participantId: Id,
  role: ParticipantRole,
  name: z.string(),
  roundPosition: z.number().nullable(),
  /** Absent when the organizer is the candidate: they hold every link, but not which is the Bar Raiser's. */
  isBarRaiser: z.boolean().optional(),
  /** Shown once; only its hash is stored. */
  token: z.string(),
  url: z.string(),
});
export type ParticipantLink = z.infer<typeof ParticipantLink>;

export const CreateLoopResponse = z.object({ loopId: Id, links: z.array(ParticipantLink) });
export type CreateLoopResponse = z.infer<typeof CreateLoopResponse>;

export const LoopIdParams = z.object({ loopId: Id });
export const ParticipantParams = z.object({ loopId: Id, participantId: Id });
