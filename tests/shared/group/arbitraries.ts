import fc from 'fast-check';
import type { PastLoop, SeriesInput, SeriesMember } from '@mockloop/shared/group/series-schema';

/** fast-check's own seed is fixed so a CI failure replays exactly on a laptop. */
export const RUNS = { numRuns: 300, seed: 20260415 } as const;

const NAMES = ['Ada', 'Ben', 'Cy', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo', 'Kim', 'Lou'];

function members(min: number, max: number): fc.Arbitrary<SeriesMember[]> {
  // About one member in five only interviews this time.
  return fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
    .map((draws) => draws.map((draw, i) => ({ id: `m${i + 1}`, name: NAMES[i]!, wantsToBeCandidate: draw > 1 })));
}

/** A past loop among these members: a candidate and 5 rounds taken by the others (repeats allowed in tiny groups). */
function pastLoop(list: readonly SeriesMember[]): fc.Arbitrary<PastLoop> {
  const ids = list.map((m) => m.id);
  return fc.constantFrom(...ids).chain((candidateId) => {
    const others = ids.filter((id) => id !== candidateId);
    return fc.array(fc.constantFrom(...others), { minLength: 5, maxLength: 5 }).chain((interviewerIds) =>
      fc.option(fc.constantFrom(...interviewerIds), { nil: null }).map((barRaiserId) => ({ candidateId, interviewerIds, barRaiserId })),
    );
  });
}

/** Schema-valid planner inputs: 2-10 members, most of them candidates, any history. */
export function seriesInput(options: { minMembers?: number; maxMembers?: number; maxHistory?: number } = {}): fc.Arbitrary<SeriesInput & { members: SeriesMember[]; history: PastLoop[] }> {
  return members(options.minMembers ?? 2, options.maxMembers ?? 10).chain((list) =>
    fc.record({
      members: fc.constant(list),
      history: fc.array(pastLoop(list), { maxLength: options.maxHistory ?? 8 }),
      roundsPerLoop: fc.constantFrom(5, 6),
      seed: fc.option(fc.integer(), { nil: undefined }),
    }),
  );
}
