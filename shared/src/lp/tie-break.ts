import { LP_IDS, type LpId } from './catalogue.js';

/**
 * A seeded, fixed shuffle used as the last tie-breaker in LP assignment. Without it, equal
 * choices would always favour the first LPs in the catalogue and the first rounds; with it,
 * a different seed gives the organizer a different but equally valid assignment, and the
 * same seed always gives the same one.
 */
export interface TieBreak {
  /** Position of the LP in the seeded order: lower wins a tie. */
  lpRank(lp: LpId): number;
  /** Position of the round (by its index in the loop) in the seeded order. */
  roundRank(index: number): number;
}

/** Builds the seeded tie-breaker for a loop of `roundCount` rounds. */
export function createTieBreak(seed: number, roundCount: number): TieBreak {
  const random = mulberry32(normaliseSeed(seed));
  const lpOrder = shuffle([...LP_IDS], random);
  const roundOrder = shuffle(Array.from({ length: roundCount }, (_, i) => i), random);
  const lpRanks = new Map(lpOrder.map((lp, rank) => [lp, rank]));
  const roundRanks = new Map(roundOrder.map((index, rank) => [index, rank]));
  return {
    lpRank: (lp) => lpRanks.get(lp) ?? 0,
    roundRank: (index) => roundRanks.get(index) ?? 0,
  };
}

// Any number (negative, fractional, NaN) maps to one 32-bit seed, so callers never throw.
function normaliseSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

// mulberry32: tiny, fast and identical on every JavaScript engine, unlike Math.random.
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
