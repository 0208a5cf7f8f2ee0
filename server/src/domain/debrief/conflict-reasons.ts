import type { ConflictKind } from '@mockloop/shared';

const WHAT_DIFFERS: Record<ConflictKind, string> = {
  metric: 'give the same measure different figures',
  timeline: 'give the same stretch of time different lengths',
  team: 'give the team different sizes',
  role: "differ on the candidate's own part (leading it, or one of the team)",
  outcome: 'end the story differently',
};

/** "Rounds 1 and 4 give the team different sizes (confirmed: 8 vs 20)." One line a panel reads aloud. */
export function conflictReason(kind: ConflictKind, rounds: [number, number], confirmedValues?: [string, string]): string {
  const [r1, r2] = rounds;
  // Round 0 is the writing exercise's narrative, written before the loop.
  const who = r1 === r2 ? `Two stories of round ${r1}` : r1 === 0 || r2 === 0 ? `The written narrative and round ${Math.max(r1, r2)}` : `Rounds ${r1} and ${r2}`;
  const confirmed = confirmedValues ? ` (as the interviewers confirmed: ${confirmedValues[0]} vs ${confirmedValues[1]})` : '';
  return `${who} ${WHAT_DIFFERS[kind]}${confirmed}.`;
}
