import { hasWhiteboard, type RoundKind } from '@mockloop/shared';
import type { Principal } from './principal.js';

/** What a participant may do with a round's whiteboard. */
export type WhiteboardAccess = 'draw' | 'watch' | 'none';

export type WhiteboardRound = { id: string; loopId: string; kind: RoundKind };

/**
 * The candidate and the round's interviewer draw; the round's shadows and the Bar Raiser
 * (who judges every round) watch; nobody else sees it live. Rounds that are not design
 * rounds have no whiteboard at all.
 */
export function whiteboardAccess(principal: Principal, round: WhiteboardRound): WhiteboardAccess {
  if (principal.loopId !== round.loopId || !hasWhiteboard(round.kind)) return 'none';
  if (principal.role === 'candidate') return 'draw';
  if (principal.role === 'interviewer' && principal.roundId === round.id) return 'draw';
  if (principal.role === 'shadow' && principal.roundId === round.id) return 'watch';
  if (principal.role === 'interviewer' && principal.isBarRaiser) return 'watch';
  return 'none';
}

/** After the round, the debrief's interviewers read the scene too (read-only). */
export function canReadWhiteboard(principal: Principal, round: WhiteboardRound, debriefOpen: boolean): boolean {
  if (whiteboardAccess(principal, round) !== 'none') return true;
  return principal.loopId === round.loopId && hasWhiteboard(round.kind) && principal.role === 'interviewer' && debriefOpen;
}

/** The Socket.IO room of the sockets that opened a round's whiteboard. */
export const whiteboardRoom = (roundId: string) => `whiteboard:${roundId}`;
