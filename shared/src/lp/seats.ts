import type { AssignmentRound, LpPin } from './assignment-schema.js';
import type { LpId } from './catalogue.js';

/**
 * One interviewer's seat while the assignment is being built: the round, its position in
 * the loop, and the LPs given to it so far. Mutable on purpose, but only inside a single
 * `assignLps` call; nothing outside ever sees a Seat.
 */
export interface Seat {
  round: AssignmentRound;
  index: number;
  lps: Set<LpId>;
  /** The subset of `lps` the organizer pinned. */
  pinned: Set<LpId>;
}

/** Empty seats, one per round, in loop order. */
export function createSeats(rounds: readonly AssignmentRound[]): Seat[] {
  return rounds.map((round, index) => ({ round, index, lps: new Set(), pinned: new Set() }));
}

/**
 * Puts every pin on its seat, whatever the limits say: the organizer's hand choice wins.
 * Returns the pins that name no round in this loop, so the caller can say they were ignored.
 */
export function placePins(seats: readonly Seat[], pins: readonly LpPin[]): LpPin[] {
  const byKey = new Map(seats.map((seat) => [seat.round.key, seat]));
  const ignored: LpPin[] = [];
  for (const pin of pins) {
    const seat = byKey.get(pin.roundKey);
    if (!seat) {
      ignored.push(pin);
      continue;
    }
    seat.lps.add(pin.lpId);
    seat.pinned.add(pin.lpId);
  }
  return ignored;
}

/** How many seats hold each LP. */
export function countUsage(seats: readonly Seat[]): Map<LpId, number> {
  const usage = new Map<LpId, number>();
  for (const seat of seats) {
    for (const lp of seat.lps) usage.set(lp, (usage.get(lp) ?? 0) + 1);
  }
  return usage;
}
