import type { ParticipantRole } from '../scales.js';

/** Who takes which part in a round call. No zod here: the round page imports it eagerly. */

/** The round call's members: the loop's candidate, and that round's interviewer and shadows. */
export function canJoinCall(who: { role: ParticipantRole; roundId: string | null }, roundId: string): boolean {
  return who.role === 'candidate' || ((who.role === 'interviewer' || who.role === 'shadow') && who.roundId === roundId);
}

/** Shadows listen only: they hear and see the round but do not send media into it. */
export function sendsMedia(role: ParticipantRole): boolean {
  return role === 'candidate' || role === 'interviewer';
}

/**
 * Perfect negotiation roles: of two peers, the one with the smaller participant id is polite
 * (it rolls back its own offer on a collision). Both ends compute the same answer.
 */
export function isPolite(self: string, other: string): boolean {
  return self < other;
}
