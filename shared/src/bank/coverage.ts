import { LP_IDS, type LpId } from '../lp/principles.js';
import { MAX_LPS_PER_STORY, type BankStory } from './values.js';

/** How well one LP is backed: no story, one story to lean on, or a choice of several. */
export type LpCoverageLevel = 'none' | 'one' | 'several';
export const COVERAGE_LABELS: Record<LpCoverageLevel, string> = { none: 'No story', one: 'One story only', several: 'Several stories' };

export type LpStoryCoverage = { lpId: LpId; level: LpCoverageLevel; storyIds: string[]; inFocus: boolean };

export type BankCoverage = {
  /** One row per LP, in catalogue order. */
  rows: LpStoryCoverage[];
  /** Stories tagged with more LPs than one story can carry in a loop. */
  overloaded: { storyId: string; lpCount: number }[];
  /** LPs of the target role's focus with no story at all, then those with only one. */
  focusMissing: LpId[];
  focusThin: LpId[];
};

/**
 * The 16 LPs against the bank's stories. A story counts for every LP it is tagged with; a
 * story tagged with more than MAX_LPS_PER_STORY is flagged, since one telling cannot show
 * them all. `focus` is the target role's preset (or the loop's chosen LPs).
 */
export function bankCoverage(stories: readonly BankStory[], focus: readonly LpId[] = []): BankCoverage {
  const focused = new Set(focus);
  const rows = LP_IDS.map((lpId): LpStoryCoverage => {
    const storyIds = stories.filter((s) => s.lps.includes(lpId)).map((s) => s.id);
    const level: LpCoverageLevel = storyIds.length === 0 ? 'none' : storyIds.length === 1 ? 'one' : 'several';
    return { lpId, level, storyIds, inFocus: focused.has(lpId) };
  });
  const overloaded = stories.filter((s) => new Set(s.lps).size > MAX_LPS_PER_STORY).map((s) => ({ storyId: s.id, lpCount: new Set(s.lps).size }));
  const focusRows = rows.filter((r) => r.inFocus);
  return {
    rows,
    overloaded,
    focusMissing: focusRows.filter((r) => r.level === 'none').map((r) => r.lpId),
    focusThin: focusRows.filter((r) => r.level === 'one').map((r) => r.lpId),
  };
}
