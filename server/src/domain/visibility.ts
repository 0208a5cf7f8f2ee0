import type { AuditLogEntry, LoopExport } from '@mockloop/shared';
import type { Principal } from './principal.js';

type ScorecardReadContext = {
  /** Whether the reader has submitted their own scorecard. */
  readerHasSubmitted: boolean;
  debriefOpen: boolean;
};

/**
 * Feedback stays independent: an interviewer reads another's scorecard only once their own
 * is submitted and the debrief is open, and only a submitted one (a debrief opened early
 * does not expose a colleague's draft). The organizer (who may be the candidate), the
 * candidate and shadows never read scorecards; the candidate gets only what the Bar Raiser
 * publishes.
 */
export function canReadScorecard(
  reader: Principal,
  card: { interviewerId: string; loopId: string; status: string },
  context: ScorecardReadContext,
): boolean {
  if (reader.loopId !== card.loopId) return false;
  if (card.interviewerId === reader.participantId) return true;
  if (reader.role !== 'interviewer' || card.status !== 'submitted') return false;
  return context.readerHasSubmitted && context.debriefOpen;
}

/** Only the interviewer of a round writes its scorecard and sees its question bank. */
export function isInterviewerOf(principal: Principal, round: { id: string; loopId: string } | null): boolean {
  return !!round && round.loopId === principal.loopId && principal.role === 'interviewer' && principal.roundId === round.id;
}

/**
 * Whether a viewer must not learn each round's LPs or who the Bar Raiser is: the candidate,
 * and the organizer of a loop the candidate organizes themself.
 */
export function seesAsCandidate(viewer: { role: string }, loop: { organizerIsCandidate: boolean }): boolean {
  return viewer.role === 'candidate' || (viewer.role === 'organizer' && loop.organizerIsCandidate);
}

/**
 * The audit log as someone who sees as the candidate may read it before the feedback is out:
 * nobody marked as the Bar Raiser, and no interviewer named, so the Bar Raiser's lines
 * (opening the debrief, deciding) do not stand out as the unnamed ones.
 */
export function auditAsCandidate(entries: AuditLogEntry[]): AuditLogEntry[] {
  return entries.map(({ actorIsBarRaiser: _barRaiser, ...entry }) => (entry.actorRole === 'interviewer' ? { ...entry, actorId: null, actorName: null } : entry));
}

/** A loop export without each round's LPs or the Bar Raiser, for an organizer who is the candidate. */
export function exportAsCandidate(exported: LoopExport): LoopExport {
  return {
    ...exported,
    rounds: exported.rounds.map(({ assignedLps: _lps, ...round }) => round),
    participants: exported.participants.map(({ isBarRaiser: _barRaiser, ...person }) => person),
    auditLog: auditAsCandidate(exported.auditLog),
  };
}
