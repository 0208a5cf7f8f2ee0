import { describe, expect, it } from 'vitest';
import { assignLps, normaliseLimits } from '@mockloop/shared/lp/assignment';
import type { LpAssignment } from '@mockloop/shared/lp/assignment-schema';
import { LP_IDS, type LpId } from '@mockloop/shared/lp/catalogue';
import { defaultFocusLps } from '@mockloop/shared/lp/focus-presets';
import { PM_LOOP, behavioralLoop } from './fixtures.js';

const loads = (result: LpAssignment): number[] => Object.values(result.byRound).map((lps) => lps.length);
const allAssigned = (result: LpAssignment): LpId[] => Object.values(result.byRound).flat();

describe('assignLps on hand-built loops', () => {
  it('covers the Product Manager preset in a 6-round loop, 2-3 LPs each, no repeats, no notes', () => {
    const result = assignLps({ rounds: PM_LOOP, focusLps: defaultFocusLps('product-manager'), pins: [] });
    expect(result.uncovered).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(loads(result).sort()).toEqual([2, 2, 2, 2, 2, 3]);
    expect(new Set(allAssigned(result)).size).toBe(13);
  });

  it('gives the same assignment for a fixed seed, every time', () => {
    const input = { rounds: PM_LOOP, focusLps: defaultFocusLps('product-manager'), pins: [], seed: 7 };
    const expected = {
      'phone-screen': ['frugality', 'deliver-results'],
      'product-sense': ['customer-obsession', 'think-big'],
      technical: ['invent-and-simplify', 'dive-deep'],
      writing: ['are-right-a-lot', 'bias-for-action'],
      'hiring-manager': ['ownership', 'learn-and-be-curious'],
      'bar-raiser': ['insist-on-the-highest-standards', 'earn-trust', 'have-backbone-disagree-and-commit'],
    };
    for (let i = 0; i < 20; i += 1) expect(assignLps(input).byRound).toEqual(expected);
  });

  it('lets the seed choose between equally good assignments', () => {
    const outcomes = new Set(
      Array.from({ length: 10 }, (_, seed) =>
        JSON.stringify(assignLps({ rounds: behavioralLoop(5), focusLps: [...LP_IDS], pins: [], seed }).byRound),
      ),
    );
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('puts LPs where the round naturally probes them', () => {
    const { byRound } = assignLps({ rounds: PM_LOOP, focusLps: [...LP_IDS], pins: [] });
    expect(byRound['technical']).toEqual(expect.arrayContaining(['dive-deep', 'invent-and-simplify']));
    expect(byRound['product-sense']).toEqual(expect.arrayContaining(['customer-obsession', 'think-big']));
    expect(byRound['bar-raiser']).toEqual(expect.arrayContaining(['earn-trust', 'have-backbone-disagree-and-commit']));
  });

  it('explains a shortage with the slot arithmetic and leaves out the least-asked LP', () => {
    const result = assignLps({ rounds: behavioralLoop(5), focusLps: [...LP_IDS], pins: [] });
    expect(result.uncovered).toEqual(['success-and-scale-bring-broad-responsibility']);
    expect(result.notes).toEqual([
      'Success and Scale Bring Broad Responsibility is not covered: 5 interviewers × 3 LPs = 15 slots ' +
        'for 16 focus LPs. Add a round, raise the limit to 4 or narrow the focus list.',
    ]);
    expect(loads(result)).toEqual([3, 3, 3, 3, 3]);
  });

  it('covers all 16 in 5 rounds once the limit is raised to 4', () => {
    const result = assignLps({
      rounds: behavioralLoop(5),
      focusLps: [...LP_IDS],
      pins: [],
      perInterviewer: { min: 2, max: 4 },
    });
    expect(result.uncovered).toEqual([]);
    expect(loads(result).sort()).toEqual([3, 3, 3, 3, 4]);
  });

  it('keeps pins above the limit and says so', () => {
    const pinned: LpId[] = ['ownership', 'think-big', 'frugality', 'dive-deep'];
    const result = assignLps({
      rounds: PM_LOOP,
      focusLps: [...LP_IDS],
      pins: pinned.map((lpId) => ({ roundKey: 'hiring-manager', lpId })),
    });
    expect(result.byRound['hiring-manager']).toEqual(['ownership', 'think-big', 'frugality', 'dive-deep']);
    expect(result.notes).toContain('Round 5 (behavioral) has 4 pinned LPs, above the limit of 3; all pins are kept.');
    expect(result.uncovered).toEqual([]);
  });

  it('honours an LP pinned to two rounds and repeats nothing else', () => {
    const result = assignLps({
      rounds: behavioralLoop(6),
      focusLps: [...LP_IDS],
      pins: [
        { roundKey: 'r1', lpId: 'dive-deep' },
        { roundKey: 'r4', lpId: 'dive-deep' },
      ],
    });
    expect(result.byRound['r1']).toContain('dive-deep');
    expect(result.byRound['r4']).toContain('dive-deep');
    expect(allAssigned(result).length - new Set(allAssigned(result)).size).toBe(1);
    expect(result.notes).toContain('Dive Deep is pinned to 2 rounds, so more than one interviewer asks about it.');
  });

  it('mentions pins in the shortage arithmetic', () => {
    const result = assignLps({
      rounds: behavioralLoop(5),
      focusLps: [...LP_IDS],
      pins: [
        { roundKey: 'r1', lpId: 'frugality' },
        { roundKey: 'r2', lpId: 'frugality' },
      ],
    });
    expect(result.uncovered).toHaveLength(2);
    expect(result.notes[0]).toContain('pins fill 2 of them, leaving 13 for the 15 focus LPs not pinned');
    expect(result.notes[0]).toContain('remove a pin');
  });

  it('ignores a pin to a round that is not in the loop, with a note', () => {
    const result = assignLps({
      rounds: behavioralLoop(2),
      focusLps: ['ownership'],
      pins: [{ roundKey: 'gone', lpId: 'frugality' }],
    });
    expect(Object.keys(result.byRound)).toEqual(['r1', 'r2']);
    expect(result.notes).toContain('The pin of Frugality was ignored: no round in this loop has the key "gone".');
  });

  it('tops interviewers up to the minimum from outside the focus list', () => {
    const result = assignLps({ rounds: behavioralLoop(3), focusLps: ['ownership'], pins: [], perInterviewer: { min: 1, max: 1 } });
    expect(loads(result)).toEqual([1, 1, 1]);
    expect(allAssigned(result)).toContain('ownership');
    expect(new Set(allAssigned(result)).size).toBe(3);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatch(/^To give every interviewer at least 1 LP, .* are added from outside the focus list\.$/);
  });

  it('repeats LPs, least used first, only once all 16 are in use', () => {
    const result = assignLps({ rounds: behavioralLoop(8), focusLps: [...LP_IDS], pins: [], perInterviewer: { min: 3, max: 3 } });
    const counts = new Map<LpId, number>();
    for (const lp of allAssigned(result)) counts.set(lp, (counts.get(lp) ?? 0) + 1);
    expect(counts.size).toBe(16);
    expect(Math.max(...counts.values())).toBe(2);
    expect(result.notes[0]).toMatch(/^All 16 LPs are in use, so .* asked in more than one round to give every interviewer at least 3 LPs\.$/);
  });

  it('fills every round from the whole catalogue when no focus LP is chosen', () => {
    const result = assignLps({ rounds: PM_LOOP, focusLps: [], pins: [] });
    expect(result.uncovered).toEqual([]);
    expect(loads(result)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(new Set(allAssigned(result)).size).toBe(12);
  });

  it('does not depend on the order of the focus list', () => {
    const focus = defaultFocusLps('software-development-engineer');
    const forward = assignLps({ rounds: PM_LOOP, focusLps: focus, pins: [], seed: 3 });
    const backward = assignLps({ rounds: PM_LOOP, focusLps: [...focus].reverse(), pins: [], seed: 3 });
    expect(backward).toEqual(forward);
  });
});

describe('normaliseLimits', () => {
  it('defaults to 2-3 LPs per interviewer', () => {
    expect(normaliseLimits(undefined)).toEqual({ min: 2, max: 3 });
  });

  it('clamps into 1..4 and never lets min exceed max', () => {
    expect(normaliseLimits({ min: 0, max: 9 })).toEqual({ min: 1, max: 4 });
    expect(normaliseLimits({ min: 4, max: 2 })).toEqual({ min: 2, max: 2 });
  });
});
