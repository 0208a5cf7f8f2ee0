import type { LoopProgress } from '@mockloop/shared';

/** Where a group loop stands, from its debrief phase and whether a round has started. */
export function loopProgress(debriefPhase: string | null, started: boolean): LoopProgress {
  if (debriefPhase === 'published') return 'published';
  if (debriefPhase === 'decided') return 'decided';
  if (debriefPhase) return 'debrief';
  return started ? 'running' : 'upcoming';
}
