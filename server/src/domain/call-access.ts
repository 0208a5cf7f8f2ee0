import { canJoinCall } from '@mockloop/shared';
import type { Principal } from './principal.js';

type CallAccess = 'member' | 'forbidden' | 'not-found';

/**
 * Who may be in a round's call: the loop's candidate, and that round's interviewer and
 * shadows. Everyone else in the loop is refused; anyone outside it learns nothing, not even
 * that the round exists.
 */
export function callAccess(principal: Principal, round: { id: string; loopId: string } | null): CallAccess {
  if (!round || round.loopId !== principal.loopId) return 'not-found';
  return canJoinCall(principal, round.id) ? 'member' : 'forbidden';
}

/** Socket.IO rooms of a call: everyone in it, and one participant's tab in it. */
export const callRoom = (roundId: string) => `call:${roundId}`;
export const callPeerRoom = (roundId: string, participantId: string) => `call:${roundId}:${participantId}`;

/**
 * Whether a session description offers to send media. A listen-only peer's descriptions may
 * only receive (`recvonly`/`inactive`); the server refuses one that would send.
 */
export function descriptionSends(sdp: string | undefined): boolean {
  return sdp !== undefined && /^a=(sendrecv|sendonly)\s*$/m.test(sdp);
}
