/**
 * Scores the story consistency checker on a folder of labelled loops, as
 * ../shared/stories/FORMAT.md describes: grouping over pairs, conflicts over (pair, kind).
 * Usage: npm run eval-stories [-- <folder>] [--sweep]   (default: ../shared/stories/dev from the repo root)
 * --sweep also prints overall F1 with the grouping threshold scaled from 0.6x to 1.6x of
 * its default, to show how far the result is from a knife edge.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkStories, parseLoopFile, scoreReport, sumScores, type Score, type StoryLoopFile } from '@mockloop/shared/stories/index';
import { SAME_STORY_THRESHOLD } from '@mockloop/shared/stories/grouping';

const repoRoot = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const sweep = args.includes('--sweep');
const folderArg = args.find((arg) => !arg.startsWith('--'));
const folder = resolve(folderArg ?? join(repoRoot, '..', 'shared', 'stories', 'dev'));

let files: string[];
try {
  files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
} catch {
  process.stderr.write(`eval-stories: cannot read folder ${folder}\n`);
  process.exit(1);
}

const fmt = (x: number) => x.toFixed(3);
const cells = (s: Score) => `${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.f1)}`;
const loops: StoryLoopFile[] = [];
const groupingScores: Score[] = [];
const conflictScores: Score[] = [];

console.log(`${'file'.padEnd(14)} grouping P  R      F1     | conflicts P  R      F1`);
for (const name of files) {
  const reading = parseLoopFile(readFileSync(join(folder, name), 'utf8'));
  if (!reading.ok || !reading.loop.expected) {
    console.log(`${name.padEnd(14)} skipped: ${reading.ok ? 'no "expected" answer key' : reading.problems[0]}`);
    continue;
  }
  loops.push(reading.loop);
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

if (sweep) {
  console.log('\nsweep: grouping threshold as a multiple of the default, overall grouping F1 / conflicts F1');
  for (const factor of [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.6]) {
    const threshold = SAME_STORY_THRESHOLD * factor;
    const scores = loops.map((loop) => scoreReport(checkStories(loop.stories, { candidate: loop.candidate, groupingThreshold: threshold }), loop.expected!));
    const g = sumScores(scores.map((s) => s.grouping));
    const c = sumScores(scores.map((s) => s.conflicts));
    console.log(`  x${factor.toFixed(1)} (${threshold.toFixed(3)})  grouping ${fmt(g.f1)}  conflicts ${fmt(c.f1)}`);
  }
}
