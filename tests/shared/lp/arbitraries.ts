import fc from 'fast-check';
import type { AssignmentRound, LpAssignmentInput, LpPin } from '@mockloop/shared/lp/assignment-schema';
import { LP_IDS } from '@mockloop/shared/lp/catalogue';

/** fast-check's own seed is fixed so a CI failure replays exactly on a laptop. */
export const RUNS = { numRuns: 1000, seed: 20250214 } as const;

const KINDS = ['behavioral', 'product-sense', 'technical', 'writing'] as const;

const rounds: fc.Arbitrary<AssignmentRound[]> = fc
  .array(fc.record({ kind: fc.constantFrom(...KINDS), isBarRaiser: fc.boolean() }), { minLength: 1, maxLength: 8 })
  .map((list) => list.map((round, i) => ({ key: `round-${i + 1}`, ...round })));

const limits = fc.option(
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).map(([a, b]) => ({
    min: Math.min(a, b),
    max: Math.max(a, b),
  })),
  { nil: undefined },
);

function pinsFor(roundList: readonly AssignmentRound[], maxPins: number): fc.Arbitrary<LpPin[]> {
  const pin = fc.record({
    roundKey: fc.constantFrom(...roundList.map((round) => round.key)),
    lpId: fc.constantFrom(...LP_IDS),
  });
  // The schema allows each (round, LP) pin once; the wizard never sends repeats.
  return fc.uniqueArray(pin, { maxLength: maxPins, selector: (p) => `${p.roundKey}/${p.lpId}` });
}

/** Schema-valid inputs: 1-8 rounds, any focus subset in any order, any limits and pins. */
export function assignmentInput(maxPins = 8): fc.Arbitrary<LpAssignmentInput> {
  return rounds.chain((roundList) =>
    fc.record({
      rounds: fc.constant(roundList),
      focusLps: fc.shuffledSubarray([...LP_IDS]),
      pins: pinsFor(roundList, maxPins),
      perInterviewer: limits,
      seed: fc.option(fc.integer(), { nil: undefined }),
    }),
  );
}
