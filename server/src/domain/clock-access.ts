import { canControlClock } from '@mockloop/shared';
import type { Principal } from './principal.js';

type ClockAccess = 'control' | 'watch' | 'not-found';

/**
 * Who may do what with a round's clock: its interviewer and the organizer control it, the
 * rest of the loop watches, and anyone outside the loop learns nothing (not even that the
 * round exists).
 */
export function clockAccess(principal: Principal, round: { id: string; loopId: string } | null): ClockAccess {
  if (!round || round.loopId !== principal.loopId) return 'not-found';
  return canControlClock(principal, round.id) ? 'control' : 'watch';
}
