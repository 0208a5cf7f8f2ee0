import { z } from 'zod';
import { AuditLogEntry } from './audit.js';

/**
 * GET /api/loops/:loopId/export: a loop as JSON, for the organizer to keep before deleting it.
 * Everything the loop holds except credentials: invite tokens are never stored and their
 * hashes never leave the server. Scorecards (with ratings and stories) are included once the
 * Bar Raiser has published the debrief; before that the organizer, who may be the candidate,
 * gets their progress only, as everywhere else. When the organizer is the candidate, each
 * round's LPs and who is the Bar Raiser are left out until then too.
 */
const Id = z.uuid();
const Instant = z.iso.datetime({ offset: true });

export const ExportedLoop = z.object({
  id: Id,
  candidateName: z.string(),
  targetRole: z.string(),
  startsAt: Instant,
  timeZone: z.string(),
  focusLps: z.array(z.string()),
  lpsPerInterviewer: z.object({ min: z.number(), max: z.number() }),
  meetingUrl: z.string().nullable(),
  scorecardDueMinutes: z.number(),
  isDemo: z.boolean(),
  organizerIsCandidate: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});

export const ExportedClock = z.object({
  status: z.string(),
  durationMs: z.number(),
  extendedMs: z.number(),
  startedAt: Instant.nullable(),
  deadline: Instant.nullable(),
  remainingAtPauseMs: z.number().nullable(),
  endedAt: Instant.nullable(),
  endReason: z.string().nullable(),
  version: z.number(),
});

export const ExportedRound = z.object({
  id: Id,
  position: z.number(),
  title: z.string(),
  kind: z.string(),
  startsAt: Instant,
  durationMinutes: z.number(),
  breakAfterMinutes: z.number(),
  phases: z.array(z.object({ key: z.string(), label: z.string(), minutes: z.number() })),
  /** Absent while the organizer is the candidate and the feedback is not published. */
  assignedLps: z.array(z.string()).optional(),
  meetingUrl: z.string().nullable(),
  shownQuestion: z.string().nullable(),
  clock: ExportedClock.nullable(),
});

/** A participant without any credential (no token, no token hash). */
export const ExportedParticipant = z.object({
  id: Id,
  role: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  roundId: Id.nullable(),
  /** Absent while the organizer is the candidate and the feedback is not published. */
  isBarRaiser: z.boolean().optional(),
  tokenIssuedAt: Instant,
  revokedAt: Instant.nullable(),
  firstOpenedAt: Instant.nullable(),
  lastSeenAt: Instant.nullable(),
  createdAt: Instant,
});

export const ExportedStory = z.object({
  id: Id,
  position: z.number(),
  questionId: z.string().nullable(),
  questionText: z.string(),
  lps: z.array(z.string()),
  situation: z.string(),
  task: z.string(),
  action: z.string(),
  result: z.string(),
  notes: z.string(),
  flags: z.array(z.string()),
  createdAt: Instant,
  updatedAt: Instant,
});

export const ExportedScorecard = z.object({
  id: Id,
  roundId: Id,
  interviewerId: Id,
  status: z.string(),
  version: z.number(),
  submittedAt: Instant.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  /** Absent while the feedback is withheld (see `feedbackIncluded`). */
  content: z
    .object({
      strengths: z.string(),
      concerns: z.string(),
      summary: z.string(),
      vote: z.string().nullable(),
      askedQuestionIds: z.array(z.string()),
      ratings: z.array(z.object({ lpId: z.string(), rating: z.string().nullable(), evidence: z.string(), notAssessedReason: z.string() })),
      stories: z.array(ExportedStory),
    })
    .optional(),
});

export const ExportedVote = z.object({ participantId: Id, stage: z.string(), vote: z.string(), castAt: Instant });

export const ExportedQuestion = z.object({
  id: Id,
  kind: z.string(),
  lps: z.array(z.string()),
  text: z.string(),
  probes: z.array(z.string()),
  createdAt: Instant,
});

export const ExportedDebrief = z.object({
  phase: z.string(),
  openedAt: Instant,
  openedEarlyReason: z.string().nullable(),
  decision: z.string().nullable(),
  rationale: z.string().nullable(),
  decidedAt: Instant.nullable(),
  showInterviewerNames: z.boolean(),
  publishedFeedback: z.unknown().nullable(),
  publishedAt: Instant.nullable(),
  reads: z.array(z.object({ readerId: Id, scorecardId: Id, readAt: Instant })),
});

export const LoopExport = z.object({
  format: z.literal('mockloop.loop-export'),
  formatVersion: z.literal(1),
  exportedAt: Instant,
  /**
   * True once the debrief is published: `debrief.publishedFeedback` then holds what the
   * candidate reads. The export is the organizer's, who may be the candidate, so scorecards
   * never carry `content`, and `votes` and `debrief.reads` stay empty (kept for the format).
   */
  feedbackIncluded: z.boolean(),
  loop: ExportedLoop,
  rounds: z.array(ExportedRound),
  participants: z.array(ExportedParticipant),
  scorecards: z.array(ExportedScorecard),
  votes: z.array(ExportedVote),
  questions: z.array(ExportedQuestion),
  debrief: ExportedDebrief.nullable(),
  auditLog: z.array(AuditLogEntry),
});
export type LoopExport = z.infer<typeof LoopExport>;
