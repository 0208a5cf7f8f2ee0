import { hasWhiteboard, whiteboardAccessOf, type RoundKind, type WhiteboardAccess } from '@mockloop/shared';
import type { Principal } from './principal.js';

export type WhiteboardRound = { id: string; loopId: string; kind: RoundKind };

/** Who draws and who watches (the rule lives in shared/, so the client shows the same). */
export function whiteboardAccess(principal: Principal, round: WhiteboardRound): WhiteboardAccess {
  if (principal.loopId !== round.loopId) return 'none';
  return whiteboardAccessOf(principal, round);
}

/** After the round, the debrief's interviewers read the scene too (read-only). */
export function canReadWhiteboard(principal: Principal, round: WhiteboardRound, debriefOpen: boolean): boolean {
  if (whiteboardAccess(principal, round) !== 'none') return true;
  return principal.loopId === round.loopId && hasWhiteboard(round.kind) && principal.role === 'interviewer' && debriefOpen;
}

/** The Socket.IO room of the sockets that opened a round's whiteboard. */
export const whiteboardRoom = (roundId: string) => `whiteboard:${roundId}`;
