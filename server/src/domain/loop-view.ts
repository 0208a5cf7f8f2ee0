import {
  scheduleRounds,
  type AgendaRound,
  type LoopView,
  type LpId,
  type OrganizerDetails,
  type RoundPhase,
  type RoundState,
  type ScorecardState,
  type TargetRole,
} from '@mockloop/shared';
import type { Principal } from './principal.js';
import { seesAsCandidate } from './visibility.js';

/** The stored loop as this module needs it (rows from the loop repository). */
type LoopRecord = {
  loop: {
    id: string;
    candidateName: string;
    targetRole: string;
    startsAt: Date;
    timeZone: string;
    meetingUrl: string | null;
    scorecardDueMinutes: number;
    isDemo: boolean;
    organizerIsCandidate: boolean;
    focusLps: string[];
    lpsPerInterviewer: { min: number; max: number };
  };
  rounds: {
    id: string;
    position: number;
    title: string;
    kind: string;
    startsAt: Date;
    durationMinutes: number;
    breakAfterMinutes: number;
    phases: RoundPhase[];
    assignedLps: string[];
  }[];
  participants: {
    id: string;
    role: string;
    name: string;
    email: string | null;
    roundId: string | null;
    isBarRaiser: boolean;
    firstOpenedAt: Date | null;
    lastSeenAt: Date | null;
    revokedAt: Date | null;
  }[];
  clocks: { roundId: string; status: string; endedAt: Date | null }[];
  scorecards: { roundId: string; interviewerId: string; status: string }[];
};

/**
 * What one participant may see of a loop. The candidate never learns the LPs or who the Bar
 * Raiser is, nor does an organizer who is the candidate; only the organizer sees people and
 * progress, and never scorecard content.
 */
export function buildLoopView(
  record: LoopRecord,
  viewer: Principal,
  now: Date,
  exercise: { status: NonNullable<LoopView['writing']>['status']; reviewerIds: string[] } | null = null,
): LoopView {
  const isCandidate = seesAsCandidate(viewer, record.loop);
  const slots = scheduleRounds(record.loop.startsAt, record.rounds);
  const rounds: AgendaRound[] = record.rounds.map((round, index) => {
    const interviewer = record.participants.find((p) => p.role === 'interviewer' && p.roundId === round.id);
    return {
      id: round.id,
      position: round.position,
      title: round.title,
      kind: round.kind as AgendaRound['kind'],
      startsAt: round.startsAt.toISOString(),
      endsAt: slots[index]!.endsAt.toISOString(),
      durationMinutes: round.durationMinutes,
      breakAfterMinutes: round.breakAfterMinutes,
      phases: round.phases,
      interviewerName: interviewer?.name ?? '',
      state: roundState(record, round.id),
      ...(isCandidate ? {} : { isBarRaiser: interviewer?.isBarRaiser ?? false, assignedLps: round.assignedLps as LpId[] }),
    };
  });
  return {
    loop: {
      id: record.loop.id,
      candidateName: record.loop.candidateName,
      targetRole: record.loop.targetRole as TargetRole,
      startsAt: record.loop.startsAt.toISOString(),
      timeZone: record.loop.timeZone,
      meetingUrl: record.loop.meetingUrl,
      scorecardDueMinutes: record.loop.scorecardDueMinutes,
      isDemo: record.loop.isDemo,
      organizerIsCandidate: record.loop.organizerIsCandidate,
    },
    viewer: {
      participantId: viewer.participantId,
      role: viewer.role,
      name: viewer.name,
      roundId: viewer.roundId,
      isBarRaiser: viewer.isBarRaiser,
    },
    rounds,
    ...(viewer.role === 'organizer' ? { organizer: organizerDetails(record, now, isCandidate) } : {}),
    writing: exercise ? { status: exercise.status, isReviewer: exercise.reviewerIds.includes(viewer.participantId) } : null,
  };
}

function roundState(record: Pick<LoopRecord, 'clocks'>, roundId: string): RoundState {
  const status = record.clocks.find((c) => c.roundId === roundId)?.status ?? 'scheduled';
  if (status === 'scheduled') return 'not-started';
  return status === 'ended' ? 'ended' : 'live';
}

function organizerDetails(record: LoopRecord, now: Date, isCandidate: boolean): OrganizerDetails {
  const covered = new Set(record.rounds.flatMap((r) => r.assignedLps));
  const interviewers = record.participants.filter((p) => p.role === 'interviewer' && p.roundId);
  return {
    participants: [...record.participants].sort(byRoleAndRound(record)).map((p) => ({
      id: p.id,
      role: p.role as OrganizerDetails['participants'][number]['role'],
      name: p.name,
      email: p.email,
      roundId: p.roundId,
      ...(isCandidate ? {} : { isBarRaiser: p.isBarRaiser }),
      linkOpenedAt: p.firstOpenedAt?.toISOString() ?? null,
      lastSeenAt: p.lastSeenAt?.toISOString() ?? null,
      revoked: p.revokedAt !== null,
    })),
    focusLps: record.loop.focusLps as LpId[],
    lpsPerInterviewer: record.loop.lpsPerInterviewer,
    ...(isCandidate ? {} : { uncoveredLps: (record.loop.focusLps as LpId[]).filter((lp) => !covered.has(lp)) }),
    scorecards: interviewers.map((interviewer) => {
      const card = record.scorecards.find((s) => s.interviewerId === interviewer.id);
      const state: ScorecardState = !card ? 'not-started' : card.status === 'submitted' ? 'submitted' : 'draft';
      return {
        roundId: interviewer.roundId!,
        interviewerId: interviewer.id,
        state,
        overdue: state !== 'submitted' && isOverdue(record, interviewer.roundId!, now),
      };
    }),
  };
}

/** A scorecard is overdue once its round ended more than the loop's allowance ago. */
function isOverdue(record: LoopRecord, roundId: string, now: Date): boolean {
  const endedAt = record.clocks.find((c) => c.roundId === roundId)?.endedAt;
  if (!endedAt) return false;
  return now.getTime() - endedAt.getTime() > record.loop.scorecardDueMinutes * 60_000;
}

const ROLE_ORDER = ['organizer', 'candidate', 'interviewer', 'shadow'];

/** Organizer, candidate, then each round's interviewer followed by its shadows. */
function byRoleAndRound(record: LoopRecord) {
  const position = (roundId: string | null) => record.rounds.find((r) => r.id === roundId)?.position ?? 0;
  return (a: LoopRecord['participants'][number], b: LoopRecord['participants'][number]) =>
    position(a.roundId) - position(b.roundId) || ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name);
}
