import type { ConsistencyReport, ExpectedConsistency } from './schema.js';

/** Precision, recall and F1 of one comparison, with the counts behind them. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  expected: number;
}

/** How a report compares with a Bar Raiser's answer key for one loop. */
export interface LoopScore {
  grouping: Score;
  conflicts: Score;
}

/** Builds a score from counts; an empty prediction against an empty key scores 1. */
export function scoreCounts(truePositives: number, predicted: number, expected: number): Score {
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : truePositives / predicted;
  const recall = expected === 0 ? (predicted === 0 ? 1 : 0) : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted, expected };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Every unordered pair of stories that share a group. */
export function groupPairs(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) pairs.add(pairKey(group[i]!, group[j]!));
    }
  }
  return pairs;
}

function conflictKeys(conflicts: readonly { stories: readonly [string, string]; kind: string }[]): Set<string> {
  return new Set(conflicts.map((c) => `${pairKey(c.stories[0], c.stories[1])}\u0000${c.kind}`));
}

function overlap(predicted: Set<string>, expected: Set<string>): Score {
  let hits = 0;
  for (const key of predicted) if (expected.has(key)) hits++;
  return scoreCounts(hits, predicted.size, expected.size);
}

/**
 * Scores a report as ../shared/stories/FORMAT.md says: grouping over pairs of stories put
 * in one group, conflicts over (pair, kind).
 */
export function scoreReport(report: ConsistencyReport, expected: ExpectedConsistency): LoopScore {
  return {
    grouping: overlap(groupPairs(report.groups), groupPairs(expected.sameStory)),
    conflicts: overlap(conflictKeys(report.conflicts), conflictKeys(expected.conflicts)),
  };
}

/** Micro-averaged score over many loops: counts are summed before dividing. */
export function sumScores(scores: readonly Score[]): Score {
  const sum = (pick: (s: Score) => number) => scores.reduce((total, s) => total + pick(s), 0);
  return scoreCounts(sum((s) => s.truePositives), sum((s) => s.predicted), sum((s) => s.expected));
}
