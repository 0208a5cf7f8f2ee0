import type { PastLoop } from './series-schema.js';

/** Who has interviewed whom, how often, and who has been Bar Raiser: counted from loops. */
export type Tally = {
  interviews: Map<string, number>;
  barRaiserTurns: Map<string, number>;
  /** Rounds `interviewer` ran with `candidate`, keyed by `pairKey`. */
  meetings: Map<string, number>;
};

export const pairKey = (interviewerId: string, candidateId: string): string => `${interviewerId}\u0000${candidateId}`;

export function emptyTally(): Tally {
  return { interviews: new Map(), barRaiserTurns: new Map(), meetings: new Map() };
}

/** Adds one loop to a tally (mutates it: the planner walks a series loop by loop). */
export function addLoop(tally: Tally, loop: PastLoop): void {
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const id of loop.interviewerIds) {
    bump(tally.interviews, id);
    bump(tally.meetings, pairKey(id, loop.candidateId));
  }
  if (loop.barRaiserId) bump(tally.barRaiserTurns, loop.barRaiserId);
}

export function tallyOf(loops: readonly PastLoop[]): Tally {
  const tally = emptyTally();
  for (const loop of loops) addLoop(tally, loop);
  return tally;
}

export const countOf = (map: Map<string, number>, key: string): number => map.get(key) ?? 0;
