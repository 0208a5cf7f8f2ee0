import { MAX_LPS_PER_INTERVIEWER, MAX_ROUNDS, type LpPin, type PerInterviewer } from './assignment-schema.js';
import { inCatalogueOrder, lpById, type LpId } from './catalogue.js';
import type { Filler } from './placement.js';
import type { Seat } from './seats.js';
import { capitalise, countOf, isOrAre, joinPlain, lpNames, roundLabel } from './wording.js';

/** Everything the notes explain, gathered once the seats are final. */
export interface NoteFacts {
  seats: readonly Seat[];
  limits: PerInterviewer;
  focusLps: readonly LpId[];
  uncovered: readonly LpId[];
  ignoredPins: readonly LpPin[];
  fillers: readonly Filler[];
}

/** Plain-language notes for the organizer, most important (coverage gaps) first. */
export function assignmentNotes(facts: NoteFacts): string[] {
  return [
    ...uncoveredNote(facts),
    ...ignoredPinNotes(facts.ignoredPins),
    ...overfullPinNotes(facts),
    ...repeatedPinNotes(facts.seats),
    ...fillerNotes(facts),
  ];
}

// Shows the arithmetic, so the organizer sees why and which knob to turn.
function uncoveredNote({ seats, limits, focusLps, uncovered }: NoteFacts): string[] {
  if (uncovered.length === 0) return [];
  const slots = seats.length * limits.max;
  const gap = `${lpNames(uncovered)} ${isOrAre(uncovered.length)} not covered`;
  const sum = `${countOf(seats.length, 'interviewer')} × ${countOf(limits.max, 'LP')} = ${countOf(slots, 'slot')}`;
  const pinned = new Set(seats.flatMap((seat) => [...seat.pinned]));
  const fixes = [
    ...(seats.length < MAX_ROUNDS ? ['add a round'] : []),
    ...(limits.max < MAX_LPS_PER_INTERVIEWER ? [`raise the limit to ${MAX_LPS_PER_INTERVIEWER}`] : []),
    ...(pinned.size > 0 ? ['remove a pin'] : []),
    'narrow the focus list',
  ];
  const advice = `${capitalise(joinPlain(fixes, 'or'))}.`;
  if (pinned.size === 0) {
    return [`${gap}: ${sum} for ${countOf(focusLps.length, 'focus LP')}. ${advice}`];
  }
  const pinSlots = seats.reduce((total, seat) => total + Math.min(seat.pinned.size, limits.max), 0);
  const unpinnedFocus = focusLps.filter((lp) => !pinned.has(lp)).length;
  return [
    `${gap}: ${sum}; pins fill ${pinSlots} of them, leaving ${slots - pinSlots} ` +
      `for the ${countOf(unpinnedFocus, 'focus LP')} not pinned. ${advice}`,
  ];
}

function ignoredPinNotes(pins: readonly LpPin[]): string[] {
  return pins.map(
    (pin) => `The pin of ${lpById(pin.lpId).name} was ignored: no round in this loop has the key "${pin.roundKey}".`,
  );
}

function overfullPinNotes({ seats, limits }: NoteFacts): string[] {
  return seats
    .filter((seat) => seat.pinned.size > limits.max)
    .map(
      (seat) =>
        `${roundLabel(seat.round, seat.index)} has ${countOf(seat.pinned.size, 'pinned LP')}, ` +
        `above the limit of ${limits.max}; all pins are kept.`,
    );
}

function repeatedPinNotes(seats: readonly Seat[]): string[] {
  const pinCounts = new Map<LpId, number>();
  for (const seat of seats) {
    for (const lp of seat.pinned) pinCounts.set(lp, (pinCounts.get(lp) ?? 0) + 1);
  }
  const repeated = inCatalogueOrder([...pinCounts].filter(([, count]) => count > 1).map(([lp]) => lp));
  return repeated.map(
    (lp) => `${lpById(lp).name} is pinned to ${pinCounts.get(lp) ?? 0} rounds, so more than one interviewer asks about it.`,
  );
}

function fillerNotes({ limits, focusLps, fillers }: NoteFacts): string[] {
  const reason = `to give every interviewer at least ${countOf(limits.min, 'LP')}`;
  const focus = new Set(focusLps);
  const outside = inCatalogueOrder(fillers.filter((f) => !f.repeated && !focus.has(f.lp)).map((f) => f.lp));
  const repeated = inCatalogueOrder(fillers.filter((f) => f.repeated).map((f) => f.lp));
  const notes: string[] = [];
  if (outside.length > 0) {
    notes.push(`${capitalise(reason)}, ${lpNames(outside)} ${isOrAre(outside.length)} added from outside the focus list.`);
  }
  if (repeated.length > 0) {
    notes.push(`All 16 LPs are in use, so ${lpNames(repeated)} ${isOrAre(repeated.length)} asked in more than one round ${reason}.`);
  }
  return notes;
}
