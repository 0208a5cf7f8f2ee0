import { describe, expect, it } from 'vitest';
import { LEADERSHIP_PRINCIPLES, LP_IDS, LpId, inCatalogueOrder, lpById } from '@mockloop/shared/lp/catalogue';
import { COVERAGE_PRIORITY } from '@mockloop/shared/lp/priority';

describe('Leadership Principles catalogue', () => {
  it('has the 16 stable ids in published order', () => {
    expect(LP_IDS).toEqual([
      'customer-obsession',
      'ownership',
      'invent-and-simplify',
      'are-right-a-lot',
      'learn-and-be-curious',
      'hire-and-develop-the-best',
      'insist-on-the-highest-standards',
      'think-big',
      'bias-for-action',
      'frugality',
      'earn-trust',
      'dive-deep',
      'have-backbone-disagree-and-commit',
      'deliver-results',
      'strive-to-be-earths-best-employer',
      'success-and-scale-bring-broad-responsibility',
    ]);
    expect(LEADERSHIP_PRINCIPLES.map((lp) => lp.id)).toEqual(LP_IDS);
  });

  it('uses the official names', () => {
    expect(lpById('are-right-a-lot').name).toBe('Are Right, A Lot');
    expect(lpById('have-backbone-disagree-and-commit').name).toBe('Have Backbone; Disagree and Commit');
    expect(lpById('strive-to-be-earths-best-employer').name).toBe("Strive to be Earth's Best Employer");
    expect(lpById('success-and-scale-bring-broad-responsibility').name).toBe(
      'Success and Scale Bring Broad Responsibility',
    );
  });

  it.each(LEADERSHIP_PRINCIPLES.map((lp) => [lp.name, lp] as const))('gives %s coaching text', (_, lp) => {
    const sentences = (text: string): number => text.split(/[.?!](\s|$)/).filter((s) => s.trim()).length;
    expect(sentences(lp.summary)).toBeGreaterThanOrEqual(1);
    expect(sentences(lp.summary)).toBeLessThanOrEqual(2);
    expect(sentences(lp.goodEvidence)).toBeLessThanOrEqual(2);
    expect(lp.redFlags.length).toBeGreaterThan(0);
    for (const flag of lp.redFlags) expect(flag.length).toBeLessThan(70);
  });

  it('validates ids with the LpId schema', () => {
    expect(LpId.safeParse('dive-deep').success).toBe(true);
    expect(LpId.safeParse('dive-deeper').success).toBe(false);
  });

  it('sorts into catalogue order and drops repeats', () => {
    expect(inCatalogueOrder(['dive-deep', 'ownership', 'dive-deep'])).toEqual(['ownership', 'dive-deep']);
  });

  it('ranks every LP exactly once for coverage priority', () => {
    expect([...COVERAGE_PRIORITY].sort()).toEqual([...LP_IDS].sort());
  });
});
