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
