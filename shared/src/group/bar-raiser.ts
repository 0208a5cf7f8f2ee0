import { countOf, type Tally } from './tally.js';

export type BarRaiserChoice = {
  barRaiserId: string;
  /** Whether anyone in this loop had interviewed before it. */
  experienced: boolean;
};

/**
 * The Bar Raiser of one loop: among its interviewers who have interviewed before (in the
 * group's history or an earlier loop of the series), the one who has been Bar Raiser least;
 * then the most experienced; then the seed. When nobody in the loop has interviewed yet,
 * the same order applies to all of them.
 */
export function chooseBarRaiser(interviewerIds: readonly string[], before: Tally, rank: (memberId: string) => number): BarRaiserChoice {
  const distinct = [...new Set(interviewerIds)];
  const experienced = distinct.filter((id) => countOf(before.interviews, id) > 0);
  const pool = experienced.length > 0 ? experienced : distinct;
  const sorted = [...pool].sort(
    (a, b) =>
      countOf(before.barRaiserTurns, a) - countOf(before.barRaiserTurns, b) ||
      countOf(before.interviews, b) - countOf(before.interviews, a) ||
      rank(a) - rank(b),
  );
  return { barRaiserId: sorted[0]!, experienced: experienced.length > 0 };
}

/** Round order for a loop: the Bar Raiser's round last, the others in member order. */
export function seatOrder(interviewerIds: readonly string[], barRaiserId: string, memberOrder: (id: string) => number): string[] {
  const others = [...interviewerIds];
  others.splice(others.indexOf(barRaiserId), 1);
  return [...others.sort((a, b) => memberOrder(a) - memberOrder(b)), barRaiserId];
}
