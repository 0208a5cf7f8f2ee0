/** Scores the checker on one folder of labelled loops (../shared/stories/FORMAT.md). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkStories, parseLoopFile, scoreReport, sumScores, type Score } from '@mockloop/shared/stories/index';

export interface SetResult {
  loops: number;
  grouping: Score;
  conflicts: Score;
}

export const fmt = (x: number) => x.toFixed(3);

/** Micro-averaged scores over every labelled loop in the folder; perFile prints each loop's line. */
export function evaluateFolder(folder: string, options: { perFile?: boolean; groupingThreshold?: number } = {}): SetResult {
  const grouping: Score[] = [];
  const conflicts: Score[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    const reading = parseLoopFile(readFileSync(join(folder, name), 'utf8'));
    if (!reading.ok || !reading.loop.expected) {
      if (options.perFile) console.log(`${name.padEnd(18)} skipped: ${reading.ok ? 'no "expected" answer key' : reading.problems[0]}`);
      continue;
    }
    const report = checkStories(reading.loop.stories, { candidate: reading.loop.candidate, groupingThreshold: options.groupingThreshold });
    const score = scoreReport(report, reading.loop.expected);
    grouping.push(score.grouping);
    conflicts.push(score.conflicts);
    if (options.perFile) {
      const s = score.conflicts;
      console.log(`${name.padEnd(18)} grouping ${fmt(score.grouping.f1)} | conflicts ${s.truePositives}/${s.expected} found, ${s.predicted - s.truePositives} false`);
    }
  }
  return { loops: grouping.length, grouping: sumScores(grouping), conflicts: sumScores(conflicts) };
}
