import type { AssignmentRound } from './assignment-schema.js';
import type { LpId } from './catalogue.js';

/**
 * How naturally a round probes an LP: a soft preference that only decides between choices
 * the hard rules (coverage, balance, pins) leave open. Higher is a better fit; 0 is neutral.
 */

type RoundKind = AssignmentRound['kind'];

// Each round kind's questions already surface some principles: a system design or coding
// round shows depth and simplification, a product-sense case shows customer focus and
// vision, a written narrative shows rigour. Behavioral rounds are general, so neutral.
const BY_KIND: Record<RoundKind, Partial<Record<LpId, number>>> = {
  behavioral: {},
  technical: {
    'dive-deep': 3,
    'invent-and-simplify': 3,
    'insist-on-the-highest-standards': 2,
    'are-right-a-lot': 1,
    'learn-and-be-curious': 1,
  },
  'product-sense': {
    'customer-obsession': 3,
    'think-big': 3,
    'invent-and-simplify': 2,
    'are-right-a-lot': 1,
    'bias-for-action': 1,
  },
  writing: {
    'customer-obsession': 2,
    'dive-deep': 2,
    'are-right-a-lot': 2,
    'insist-on-the-highest-standards': 1,
  },
};

// The Bar Raiser guards the hiring bar and tests how the candidate handles conflict and
// candour, so trust, backbone and standards suit that seat whatever its round kind.
const BAR_RAISER: Partial<Record<LpId, number>> = {
  'earn-trust': 3,
  'have-backbone-disagree-and-commit': 3,
  'insist-on-the-highest-standards': 2,
  'hire-and-develop-the-best': 2,
  'are-right-a-lot': 1,
};

/** How well a round suits an LP, for tie-breaking between otherwise equal placements. */
export function lpAffinity(round: AssignmentRound, lp: LpId): number {
  const byKind = BY_KIND[round.kind][lp] ?? 0;
  const barRaiser = round.isBarRaiser ? (BAR_RAISER[lp] ?? 0) : 0;
  return byKind + barRaiser;
}
