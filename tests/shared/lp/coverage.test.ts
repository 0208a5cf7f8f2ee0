import { describe, expect, it } from 'vitest';
import { assignLps, checkCoverage } from '@mockloop/shared/lp/assignment';
import { LpCoverage } from '@mockloop/shared/lp/assignment-schema';
import { LP_IDS, type LpId } from '@mockloop/shared/lp/catalogue';
import { PM_LOOP } from './fixtures.js';

describe('checkCoverage', () => {
  const focus: LpId[] = ['customer-obsession', 'ownership', 'think-big', 'dive-deep'];

  it('reports a clean matrix with no notes', () => {
    const report = checkCoverage({ a: ['customer-obsession', 'ownership'], b: ['think-big', 'dive-deep'] }, focus);
    expect(report).toEqual({ uncovered: [], duplicated: [], perRound: { a: 2, b: 2 }, notes: [] });
    expect(LpCoverage.parse(report)).toEqual(report);
  });

  it('finds gaps and repeats after a manual move, and suggests a swap', () => {
    const report = checkCoverage({ a: ['customer-obsession', 'ownership'], b: ['ownership', 'dive-deep'] }, focus);
    expect(report.uncovered).toEqual(['think-big']);
    expect(report.duplicated).toEqual(['ownership']);
    expect(report.notes).toEqual([
      'Think Big is not covered by any interviewer.',
      'Ownership is asked in 2 rounds.',
      'Swap a repeated LP for an uncovered one so every focus LP is asked.',
    ]);
  });

  it('lists several gaps in one sentence, in catalogue order', () => {
    const report = checkCoverage({ a: ['ownership'] }, ['think-big', 'customer-obsession', 'ownership']);
    expect(report.uncovered).toEqual(['customer-obsession', 'think-big']);
    expect(report.notes).toEqual(['Customer Obsession and Think Big are not covered by any interviewer.']);
  });

  it('counts an LP listed twice in one round once', () => {
    const report = checkCoverage({ a: ['ownership', 'ownership'] }, ['ownership']);
    expect(report.perRound).toEqual({ a: 1 });
    expect(report.duplicated).toEqual([]);
  });

  it('flags rounds outside the per-interviewer limits, with labels when given', () => {
    const report = checkCoverage(
      { a: ['ownership'], b: ['think-big', 'dive-deep', 'frugality', 'earn-trust'], c: ['customer-obsession', 'deliver-results'] },
      focus,
      { perInterviewer: { min: 2, max: 3 }, roundLabels: { b: 'Round 2 (technical)' } },
    );
    expect(report.notes).toEqual(['Round "a" has 1 LP; the aim is 2-3.', 'Round 2 (technical) has 4 LPs; the aim is 2-3.']);
  });

  it('agrees with assignLps about what is uncovered', () => {
    const result = assignLps({ rounds: PM_LOOP.slice(0, 4), focusLps: [...LP_IDS], pins: [] });
    expect(checkCoverage(result.byRound, LP_IDS).uncovered).toEqual(result.uncovered);
    expect(result.uncovered.length).toBe(4);
  });
});

