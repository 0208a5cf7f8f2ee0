import type { ParticipantRole, RoundKind } from '../scales.js';
import { hasWhiteboard } from './rules.js';

/** What a participant may do with a round's whiteboard. */
export type WhiteboardAccess = 'draw' | 'watch' | 'none';

/**
 * The candidate and the round's interviewer draw; the round's shadows and the Bar Raiser
 * (who judges every round) watch; nobody else sees it live. Rounds that are not design
 * rounds have no whiteboard at all. The server enforces this; the client uses it to decide
 * whether to load the whiteboard at all.
 */
export function whiteboardAccessOf(
  who: { role: ParticipantRole; roundId: string | null; isBarRaiser: boolean },
  round: { id: string; kind: RoundKind },
): WhiteboardAccess {
  if (!hasWhiteboard(round.kind)) return 'none';
  if (who.role === 'candidate') return 'draw';
  if (who.role === 'interviewer' && who.roundId === round.id) return 'draw';
  if (who.role === 'shadow' && who.roundId === round.id) return 'watch';
  if (who.role === 'interviewer' && who.isBarRaiser) return 'watch';
  return 'none';
}
