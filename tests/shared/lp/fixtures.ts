import type { AssignmentRound } from '@mockloop/shared/lp/assignment-schema';

/** A typical Product Manager Loop: the last interviewer is the Bar Raiser. */
export const PM_LOOP: AssignmentRound[] = [
  { key: 'phone-screen', kind: 'behavioral', isBarRaiser: false },
  { key: 'product-sense', kind: 'product-sense', isBarRaiser: false },
  { key: 'technical', kind: 'technical', isBarRaiser: false },
  { key: 'writing', kind: 'writing', isBarRaiser: false },
  { key: 'hiring-manager', kind: 'behavioral', isBarRaiser: false },
  { key: 'bar-raiser', kind: 'behavioral', isBarRaiser: true },
];

/** `count` neutral behavioral rounds, so only the seed decides between placements. */
export function behavioralLoop(count: number): AssignmentRound[] {
  return Array.from({ length: count }, (_, i) => ({ key: `r${i + 1}`, kind: 'behavioral', isBarRaiser: false }));
}
