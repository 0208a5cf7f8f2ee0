/** Scores the story consistency checker on one folder of labelled loops (../shared/stories/FORMAT.md). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkStories, parseLoopFile, scoreReport, sumScores, type ConflictKind, type Score } from '@mockloop/shared/stories/index';
import { scoreCounts } from '@mockloop/shared/stories/score';

export const KINDS: ConflictKind[] = ['metric', 'timeline', 'team', 'role', 'outcome'];

/** One labelled or flagged conflict the checker got wrong, for error analysis on train. */
export interface ConflictError {
  loop: string;
  kind: ConflictKind;
  stories: [string, string];
  /** missed: labelled, not flagged; false: flagged, not labelled. */
  error: 'missed' | 'false';
  /** Whether the checker put the two stories in one group (a miss outside a group is a grouping miss). */
  grouped: boolean;
  /** The label's note (missed) or the checker's detail and phrases (false). */
  text: string;
}

export interface SetResult {
  loops: number;
  grouping: Score;
  conflicts: Score;
  perKind: Record<ConflictKind, Score>;
  errors: ConflictError[];
}

export const fmt = (x: number) => x.toFixed(3);

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Micro-averaged scores over every labelled loop in the folder; perFile prints each loop's line. */
export function evaluateFolder(folder: string, options: { perFile?: boolean; groupingThreshold?: number } = {}): SetResult {
  const grouping: Score[] = [];
  const conflicts: Score[] = [];
  const counts = Object.fromEntries(KINDS.map((k) => [k, { hits: 0, predicted: 0, expected: 0 }])) as Record<ConflictKind, { hits: number; predicted: number; expected: number }>;
  const errors: ConflictError[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    const reading = parseLoopFile(readFileSync(join(folder, name), 'utf8'));
    if (!reading.ok || !reading.loop.expected) {
      if (options.perFile) console.log(`${name.padEnd(18)} skipped: ${reading.ok ? 'no "expected" answer key' : reading.problems[0]}`);
      continue;
    }
    const { loop } = reading;
    const expected = loop.expected!;
    const report = checkStories(loop.stories, { candidate: loop.candidate, groupingThreshold: options.groupingThreshold });
    const score = scoreReport(report, expected);
    grouping.push(score.grouping);
    conflicts.push(score.conflicts);
    const grouped = new Set(report.groups.flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => key(a, b)))));
    const flagged = new Map(report.conflicts.map((c) => [`${key(...c.stories)}|${c.kind}`, c]));
    const labelled = new Map(expected.conflicts.map((c) => [`${key(...c.stories)}|${c.kind}`, c]));
    for (const [k, c] of labelled) {
      counts[c.kind].expected++;
      if (flagged.has(k)) counts[c.kind].hits++;
      else errors.push({ loop: loop.loop, kind: c.kind, stories: c.stories, error: 'missed', grouped: grouped.has(key(...c.stories)), text: c.note ?? '' });
    }
    for (const [k, c] of flagged) {
      counts[c.kind].predicted++;
      if (!labelled.has(k)) {
        errors.push({ loop: loop.loop, kind: c.kind, stories: c.stories, error: 'false', grouped: true, text: `${c.detail} | "${c.phrases[0]}" vs "${c.phrases[1]}"` });
      }
    }
    if (options.perFile) {
      const s = score.conflicts;
      console.log(`${name.padEnd(18)} grouping ${fmt(score.grouping.f1)} | conflicts ${s.truePositives}/${s.expected} found, ${s.predicted - s.truePositives} false`);
    }
  }
  const perKind = Object.fromEntries(KINDS.map((k) => [k, scoreCounts(counts[k].hits, counts[k].predicted, counts[k].expected)])) as Record<ConflictKind, Score>;
  return { loops: grouping.length, grouping: sumScores(grouping), conflicts: sumScores(conflicts), perKind, errors };
}
