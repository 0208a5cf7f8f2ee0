/**
 * Scores the story consistency checker on a folder of labelled loops, as
 * ../shared/stories/FORMAT.md describes: grouping over pairs, conflicts over (pair, kind).
 * Usage: npm run eval-stories [-- <folder>]   (default: ../shared/stories/dev from the repo root)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkStories, parseLoopFile, scoreReport, sumScores, type Score } from '@mockloop/shared/stories/index';

const repoRoot = resolve(import.meta.dirname, '..');
const folder = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'stories', 'dev'));

let files: string[];
try {
  files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
} catch {
  process.stderr.write(`eval-stories: cannot read folder ${folder}\n`);
  process.exit(1);
}

const fmt = (x: number) => x.toFixed(3);
const cells = (s: Score) => `${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.f1)}`;
const groupingScores: Score[] = [];
const conflictScores: Score[] = [];

console.log(`${'file'.padEnd(14)} grouping P  R      F1     | conflicts P  R      F1`);
for (const name of files) {
  const reading = parseLoopFile(readFileSync(join(folder, name), 'utf8'));
  if (!reading.ok || !reading.loop.expected) {
    console.log(`${name.padEnd(14)} skipped: ${reading.ok ? 'no "expected" answer key' : reading.problems[0]}`);
    continue;
  }
  const report = checkStories(reading.loop.stories, { candidate: reading.loop.candidate });
  const score = scoreReport(report, reading.loop.expected);
  groupingScores.push(score.grouping);
  conflictScores.push(score.conflicts);
  console.log(`${name.padEnd(14)} ${cells(score.grouping)} | ${cells(score.conflicts)}`);
}

const grouping = sumScores(groupingScores);
const conflicts = sumScores(conflictScores);
console.log(`${'overall'.padEnd(14)} ${cells(grouping)} | ${cells(conflicts)}`);
console.log(`\ngrouping  precision ${fmt(grouping.precision)} recall ${fmt(grouping.recall)} F1 ${fmt(grouping.f1)} (${grouping.truePositives}/${grouping.expected} pairs)`);
console.log(`conflicts precision ${fmt(conflicts.precision)} recall ${fmt(conflicts.recall)} F1 ${fmt(conflicts.f1)} (${conflicts.truePositives}/${conflicts.expected} conflicts)`);
