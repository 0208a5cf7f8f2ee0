import { lpAffinity } from './affinity.js';
import { LP_IDS, type LpId } from './catalogue.js';
import { keepByPriority } from './priority.js';
import { countUsage, type Seat } from './seats.js';
import type { TieBreak } from './tie-break.js';

/**
 * The two placement passes of LP assignment. The balance rule fixes how many LPs each seat
 * takes before any LP is chosen; within that budget the best-suited (seat, LP) pair is
 * placed first, so affinity is used across the whole loop rather than seat by seat.
 */

interface Placement {
  seat: Seat;
  lp: LpId;
}

/** An LP a seat received only to reach the minimum, after every focus LP was placed. */
export interface Filler {
  roundIndex: number;
  lp: LpId;
  /** True when another seat already had this LP: all 16 were in use. */
  repeated: boolean;
}

/**
 * Places focus LPs, each on exactly one seat, without taking any seat above `max`.
 * Returns the focus LPs that did not fit (lowest coverage priority first to go).
 */
export function placeFocusLps(
  seats: readonly Seat[],
  focusLps: readonly LpId[],
  max: number,
  tieBreak: TieBreak,
): LpId[] {
  const room = seats.reduce((total, seat) => total + Math.max(0, max - seat.lps.size), 0);
  const { kept, left } = keepByPriority(focusLps, room);
  const budget = balancedBudget(seats, kept.length, max);
  const remaining = new Set(kept);
  for (;;) {
    const open = seats.filter((seat) => budget.canTake(seat));
    if (open.length === 0 || remaining.size === 0) break;
    const choice = best(pairs(open, [...remaining]), (a, b) => byFit(a, b, tieBreak));
    budget.take(choice.seat);
    choice.seat.lps.add(choice.lp);
    remaining.delete(choice.lp);
  }
  return [...left, ...remaining];
}

/**
 * Tops every seat up to `min`. Prefers LPs no seat has yet, so the candidate meets as many
 * principles as possible; only when all 16 are in use does an LP repeat, least-used first.
 * It runs after the focus pass, so it never repeats an LP while a focus LP is unplaced.
 */
export function fillToMinimum(seats: readonly Seat[], min: number, tieBreak: TieBreak): Filler[] {
  const fillers: Filler[] = [];
  for (;;) {
    const short = seats.filter((seat) => seat.lps.size < min);
    if (short.length === 0) return fillers;
    const usage = countUsage(seats);
    const options = short.flatMap((seat) => pairs([seat], LP_IDS.filter((lp) => !seat.lps.has(lp))));
    const used = (p: Placement): number => usage.get(p.lp) ?? 0;
    const choice = best(options, (a, b) => used(a) - used(b) || byFit(a, b, tieBreak));
    fillers.push({ roundIndex: choice.seat.index, lp: choice.lp, repeated: used(choice) > 0 });
    choice.seat.lps.add(choice.lp);
  }
}

/**
 * Water filling, decided up front: raise every seat to a common `level` (seats already above
 * it from pins stay as they are) and give `extra` seats one more. The highest level the
 * items reach is chosen, so the extras never cover every seat at that level, and loads of
 * seats that receive anything end within one of each other.
 */
function balancedBudget(seats: readonly Seat[], items: number, max: number) {
  const need = (level: number): number =>
    seats.reduce((total, seat) => total + Math.max(0, level - seat.lps.size), 0);
  let level = 0;
  while (level < max && need(level + 1) <= items) level += 1;
  let extra = items - need(level);
  return {
    canTake: (seat: Seat): boolean => seat.lps.size < level || (seat.lps.size === level && extra > 0),
    take: (seat: Seat): void => {
      if (seat.lps.size === level) extra -= 1;
    },
  };
}

function pairs(seats: readonly Seat[], lps: readonly LpId[]): Placement[] {
  return seats.flatMap((seat) => lps.map((lp) => ({ seat, lp })));
}

// Best affinity first; the seeded order settles exact ties so the result is deterministic.
function byFit(a: Placement, b: Placement, tieBreak: TieBreak): number {
  return (
    lpAffinity(b.seat.round, b.lp) - lpAffinity(a.seat.round, a.lp) ||
    tieBreak.lpRank(a.lp) - tieBreak.lpRank(b.lp) ||
    tieBreak.roundRank(a.seat.index) - tieBreak.roundRank(b.seat.index)
  );
}

function best(options: readonly Placement[], compare: (a: Placement, b: Placement) => number): Placement {
  const [first, ...rest] = options;
  if (!first) throw new Error('LP placement had no options; callers check for open seats first.');
  return rest.reduce((winner, option) => (compare(option, winner) < 0 ? option : winner), first);
}
