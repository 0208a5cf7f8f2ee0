import type { ParticipantRole } from '../scales.js';

type Who = { role: ParticipantRole; roundId: string | null };

/**
 * The round's interviewer and the loop's organizer run its clock; everyone else watches.
 * The server enforces it; the client uses it to decide which controls to show.
 */
export function canControlClock(who: Who, roundId: string): boolean {
  return who.role === 'organizer' || (who.role === 'interviewer' && who.roundId === roundId);
}
