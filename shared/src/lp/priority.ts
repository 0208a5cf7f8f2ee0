import type { LpId } from './catalogue.js';

/**
 * When a Loop has fewer seats than focus LPs, the LPs at the end of this list are left
 * uncovered first. The order follows how often peer groups report each principle coming up
 * in real Loops: the customer, ownership and results stories almost always do; the two
 * newest principles rarely do. It is a fixed order, not the seed, so the organizer is never
 * surprised by Ownership dropping out on one seed and Frugality on another.
 */
export const COVERAGE_PRIORITY: readonly LpId[] = [
  'customer-obsession',
  'ownership',
  'deliver-results',
  'dive-deep',
  'earn-trust',
  'bias-for-action',
  'have-backbone-disagree-and-commit',
  'insist-on-the-highest-standards',
  'invent-and-simplify',
  'are-right-a-lot',
  'learn-and-be-curious',
  'think-big',
  'frugality',
  'hire-and-develop-the-best',
  'strive-to-be-earths-best-employer',
  'success-and-scale-bring-broad-responsibility',
];

/** Keeps the `room` highest-priority LPs; the rest are left out. */
export function keepByPriority(lps: readonly LpId[], room: number): { kept: LpId[]; left: LpId[] } {
  const wanted = new Set(lps);
  const ordered = COVERAGE_PRIORITY.filter((lp) => wanted.has(lp));
  const cut = Math.max(0, room);
  return { kept: ordered.slice(0, cut), left: ordered.slice(cut) };
}
