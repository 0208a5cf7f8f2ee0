import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignLps, checkCoverage, normaliseLimits } from '@mockloop/shared/lp/assignment';
import { LpAssignment, LpAssignmentInput } from '@mockloop/shared/lp/assignment-schema';
import { LP_IDS, inCatalogueOrder, lpById, type LpId } from '@mockloop/shared/lp/catalogue';
import { RUNS, assignmentInput } from './arbitraries.js';

/** What a test needs to judge one result against its input. */
function examine(input: LpAssignmentInput) {
  const result = assignLps(input);
  const limits = normaliseLimits(input.perInterviewer);
  const lpsOf = (key: string): LpId[] => result.byRound[key] ?? [];
  const pinsOf = (key: string): Set<LpId> =>
    new Set(input.pins.filter((pin) => pin.roundKey === key).map((pin) => pin.lpId));
  const loads = input.rounds.map((round) => lpsOf(round.key).length);
  const usage = new Map<LpId, number>();
  for (const round of input.rounds) for (const lp of lpsOf(round.key)) usage.set(lp, (usage.get(lp) ?? 0) + 1);
  const pinned = new Set(input.pins.map((pin) => pin.lpId));
  return { result, limits, lpsOf, pinsOf, loads, usage, pinned };
}

function property(name: string, predicate: (input: LpAssignmentInput) => void, maxPins = 8): void {
  it(name, () => {
    fc.assert(fc.property(assignmentInput(maxPins), predicate), RUNS);
  });
}

describe('assignLps properties (fast-check, 1,000 runs each, fixed seed)', () => {
  property('accepts every schema-valid input and returns a schema-valid result keyed by round', (input) => {
    expect(LpAssignmentInput.safeParse(input).success).toBe(true);
    const { result } = examine(input);
    expect(LpAssignment.parse(result)).toEqual(result);
    expect(Object.keys(result.byRound).sort()).toEqual(input.rounds.map((r) => r.key).sort());
    for (const lps of Object.values(result.byRound)) expect(new Set(lps).size).toBe(lps.length);
  });

  property('(1) every round gets between min and max LPs, or exactly its pins when they exceed max', (input) => {
    const { limits, lpsOf, pinsOf } = examine(input);
    for (const round of input.rounds) {
      const load = lpsOf(round.key).length;
      expect(load).toBeGreaterThanOrEqual(limits.min);
      expect(load).toBeLessThanOrEqual(Math.max(limits.max, pinsOf(round.key).size));
    }
  });

  property('(2) every focus LP is assigned when the free slots beside the pins can hold them', (input) => {
    const { result, limits, lpsOf, pinsOf, pinned } = examine(input);
    const freeSlots = input.rounds.reduce((sum, r) => sum + Math.max(0, limits.max - pinsOf(r.key).size), 0);
    const toPlace = new Set(input.focusLps.filter((lp) => !pinned.has(lp))).size;
    if (freeSlots >= toPlace) expect(result.uncovered).toEqual([]);
    if (input.pins.length === 0 && input.rounds.length * limits.max >= input.focusLps.length) {
      expect(result.uncovered).toEqual([]);
    }
    // The converse: a gap only ever remains when every interviewer is full.
    if (result.uncovered.length > 0) {
      for (const r of input.rounds) expect(lpsOf(r.key).length).toBeGreaterThanOrEqual(limits.max);
    }
  });

  property('(3) no LP is asked twice while a focus LP is unassigned, except where the organizer pinned it', (input) => {
    const { result, lpsOf, pinsOf, usage } = examine(input);
    const unpinnedRepeat = input.rounds.some((r) =>
      lpsOf(r.key).some((lp) => (usage.get(lp) ?? 0) > 1 && !pinsOf(r.key).has(lp)),
    );
    if (result.uncovered.length > 0) expect(unpinnedRepeat).toBe(false);
    // Stronger: a repeat nobody pinned only happens once all 16 LPs are in use.
    if (unpinnedRepeat) expect(usage.size).toBe(LP_IDS.length);
  });

  property('(4) every pin appears in its round', (input) => {
    const { lpsOf } = examine(input);
    for (const pin of input.pins) expect(lpsOf(pin.roundKey)).toContain(pin.lpId);
  });

  property('(5) loads differ by at most 1, except rounds holding only their own pins', (input) => {
    const { loads, lpsOf, pinsOf } = examine(input);
    const lowest = Math.min(...loads);
    for (const round of input.rounds) {
      const load = lpsOf(round.key).length;
      if (load > lowest + 1) expect(load).toBe(pinsOf(round.key).size);
    }
    if (input.pins.length === 0) expect(Math.max(...loads) - lowest).toBeLessThanOrEqual(1);
  });

  property('(6) uncovered is exactly the unassigned focus LPs, and the notes name each one', (input) => {
    const { result, usage } = examine(input);
    expect(result.uncovered).toEqual(inCatalogueOrder(input.focusLps).filter((lp) => !usage.has(lp)));
    expect(checkCoverage(result.byRound, input.focusLps).uncovered).toEqual(result.uncovered);
    const notes = result.notes.join('\n');
    for (const lp of result.uncovered) expect(notes).toContain(lpById(lp).name);
  });

  property('(7) the same input gives the same result, whatever the order of focus LPs and pins', (input) => {
    const first = assignLps(input);
    expect(assignLps(structuredClone(input))).toEqual(first);
    const reordered = { ...input, focusLps: [...input.focusLps].reverse(), pins: [...input.pins].reverse() };
    expect(assignLps(reordered)).toEqual(first);
  });

  property('the seed never changes what is uncovered, only who asks what', (input) => {
    const a = assignLps({ ...input, seed: 1 });
    const b = assignLps({ ...input, seed: 2 });
    expect(b.uncovered).toEqual(a.uncovered);
  });

  property(
    'without pins, no LP is repeated until all 16 are in use',
    (input) => {
      const { usage } = examine(input);
      const repeats = [...usage.values()].some((count) => count > 1);
      if (repeats) expect(usage.size).toBe(LP_IDS.length);
    },
    0,
  );
});
