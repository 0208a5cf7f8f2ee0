import { assignmentNotes } from './assignment-notes.js';
import {
  DEFAULT_PER_INTERVIEWER,
  MAX_LPS_PER_INTERVIEWER,
  MIN_LPS_PER_INTERVIEWER,
  type LpAssignment,
  type LpAssignmentInput,
  type PerInterviewer,
} from './assignment-schema.js';
import { inCatalogueOrder } from './catalogue.js';
import { fillToMinimum, placeFocusLps } from './placement.js';
import { createSeats, placePins, type Seat } from './seats.js';
import { createTieBreak } from './tie-break.js';

/**
 * Leadership Principle assignment: which LPs each interviewer of a Loop probes.
 *
 * The rules, strongest first:
 * 1. Pins are kept, even above the per-interviewer maximum (the notes say so).
 * 2. Every focus LP is assigned once, while seats have room (each seat holds at most `max`).
 * 3. No LP goes to a second seat while a focus LP is still unassigned (pins excepted).
 * 4. Loads stay within one of each other; only a seat whose pins alone put it higher may
 *    stand out.
 * 5. Every seat reaches `min`: first with LPs nobody has, outside the focus list if need
 *    be, and only when all 16 are in use with a repeat.
 * Round affinities (the Bar Raiser on Earn Trust, technical rounds on Dive Deep, ...) and
 * then the seed only choose among placements the rules leave equal.
 *
 * Pure and deterministic: the same input, seed included, gives the same result, and the
 * order of `focusLps` or `pins` does not matter. It never throws: pins naming an unknown
 * round are ignored with a note, repeated focus LPs count once and limits are clamped to
 * 1..4. Round keys are assumed unique (the `LpAssignmentInput` schema checks that).
 */
export function assignLps(input: LpAssignmentInput): LpAssignment {
  const limits = normaliseLimits(input.perInterviewer);
  const focusLps = inCatalogueOrder(input.focusLps);
  const tieBreak = createTieBreak(input.seed ?? 0, input.rounds.length);
  const seats = createSeats(input.rounds);
  const ignoredPins = placePins(seats, sortPins(input.pins));
  const unpinnedFocus = focusLps.filter((lp) => !seats.some((seat) => seat.lps.has(lp)));
  const uncovered = inCatalogueOrder(placeFocusLps(seats, unpinnedFocus, limits.max, tieBreak));
  const fillers = fillToMinimum(seats, limits.min, tieBreak);
  return {
    byRound: byRoundKey(seats),
    uncovered,
    notes: assignmentNotes({ seats, limits, focusLps, uncovered, ignoredPins, fillers }),
  };
}

export { checkCoverage, type CoverageOptions } from './coverage.js';

/** Clamps the organizer's limits into 1..4 with min <= max; defaults to 2-3. */
export function normaliseLimits(limits: PerInterviewer | undefined): PerInterviewer {
  const clamp = (n: number): number =>
    Math.min(MAX_LPS_PER_INTERVIEWER, Math.max(MIN_LPS_PER_INTERVIEWER, Math.trunc(n) || MIN_LPS_PER_INTERVIEWER));
  const max = clamp(limits?.max ?? DEFAULT_PER_INTERVIEWER.max);
  const min = Math.min(max, clamp(limits?.min ?? DEFAULT_PER_INTERVIEWER.min));
  return { min, max };
}

// Ignored-pin notes come out in this order, so sort to keep them independent of input order.
function sortPins(pins: LpAssignmentInput['pins']): LpAssignmentInput['pins'] {
  const text = (pin: LpAssignmentInput['pins'][number]): string => `${pin.roundKey}\u0000${pin.lpId}`;
  return [...pins].sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
}

function byRoundKey(seats: readonly Seat[]): Record<string, LpAssignment['byRound'][string]> {
  return Object.fromEntries(seats.map((seat) => [seat.round.key, inCatalogueOrder(seat.lps)]));
}
