import type { LpCoverage, PerInterviewer } from './assignment-schema.js';
import { inCatalogueOrder, lpById, type LpId } from './catalogue.js';
import { countOf, isOrAre, lpNames } from './wording.js';

export interface CoverageOptions {
  /** When given, rounds outside these limits get a note. */
  perInterviewer?: PerInterviewer;
  /** Labels per round key for the notes, e.g. "Round 2 (technical)"; the key otherwise. */
  roundLabels?: Readonly<Record<string, string>>;
}

/**
 * Re-checks an LP x interviewer matrix, typically after the organizer moved LPs by hand:
 * which focus LPs nobody asks, which LPs are asked twice, and how loaded each round is.
 */
export function checkCoverage(
  byRound: Readonly<Record<string, readonly LpId[]>>,
  focusLps: readonly LpId[],
  options: CoverageOptions = {},
): LpCoverage {
  const usage = new Map<LpId, number>();
  const perRound: Record<string, number> = {};
  for (const [key, lps] of Object.entries(byRound)) {
    const distinct = new Set(lps);
    perRound[key] = distinct.size;
    for (const lp of distinct) usage.set(lp, (usage.get(lp) ?? 0) + 1);
  }
  const uncovered = inCatalogueOrder(focusLps).filter((lp) => !usage.has(lp));
  const duplicated = inCatalogueOrder([...usage].filter(([, count]) => count > 1).map(([lp]) => lp));
  const notes = [
    ...uncoveredNotes(uncovered),
    ...duplicatedNotes(duplicated, usage, uncovered.length > 0),
    ...loadNotes(perRound, options),
  ];
  return { uncovered, duplicated, perRound, notes };
}

function uncoveredNotes(uncovered: readonly LpId[]): string[] {
  if (uncovered.length === 0) return [];
  return [`${lpNames(uncovered)} ${isOrAre(uncovered.length)} not covered by any interviewer.`];
}

// A repeat is fine once everything is covered; while a gap remains it is a slot to reuse.
function duplicatedNotes(duplicated: readonly LpId[], usage: Map<LpId, number>, gapsRemain: boolean): string[] {
  const notes = duplicated.map((lp) => `${lpById(lp).name} is asked in ${usage.get(lp) ?? 0} rounds.`);
  if (gapsRemain && duplicated.length > 0) {
    notes.push('Swap a repeated LP for an uncovered one so every focus LP is asked.');
  }
  return notes;
}

function loadNotes(perRound: Record<string, number>, options: CoverageOptions): string[] {
  const limits = options.perInterviewer;
  if (!limits) return [];
  const aim = limits.min === limits.max ? `${limits.max}` : `${limits.min}-${limits.max}`;
  return Object.entries(perRound)
    .filter(([, count]) => count < limits.min || count > limits.max)
    .map(([key, count]) => `${options.roundLabels?.[key] ?? `Round "${key}"`} has ${countOf(count, 'LP')}; the aim is ${aim}.`);
}
