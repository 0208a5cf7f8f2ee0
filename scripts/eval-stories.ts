/**
 * Scores the story consistency checker on labelled loops, as ../shared/stories/FORMAT.md
 * describes: grouping over pairs, conflicts over (pair, kind); then the robustness suite.
 * Usage:
 *   npm run eval-stories                      every split: train, validation, test, holdout (the
 *                                             corpus in tests/fixtures/stories/corpus), dev and
 *                                             the held-out validation in ../shared/stories, own
 *   npm run eval-stories -- --sets train,validation   only the named sets (tuning never reads
 *                                             test, holdout, dev or shared-validation)
 *   add --kinds for precision / recall / F1 per kind of conflict
 *   add --errors to list train's missed and false conflicts (error analysis; other sets are
 *                                             held out, so only their counts are printed)
 *   npm run eval-stories -- <folder> [--sweep]        one folder, per file; --sweep also prints F1
 *                                             with the grouping threshold from 0.6x to 1.6x
 *   add --misses to list the robustness pairings the checker got wrong
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SAME_STORY_THRESHOLD } from '@mockloop/shared/stories/grouping';
import { evaluateFolder, fmt, KINDS, type SetResult } from './stories/evaluate.js';
import { robustnessShares, runRobustness } from './stories/robustness.js';

const repoRoot = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const folderArg = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--sets');
const setsArg = args.includes('--sets') ? args[args.indexOf('--sets') + 1] : undefined;

const SETS: Record<string, string> = {
  train: join(repoRoot, 'tests/fixtures/stories/corpus/train'),
  validation: join(repoRoot, 'tests/fixtures/stories/corpus/validation'),
  test: join(repoRoot, 'tests/fixtures/stories/corpus/test'),
  holdout: join(repoRoot, 'tests/fixtures/stories/corpus/holdout'),
  dev: join(repoRoot, '../shared/stories/dev'),
  'shared-validation': join(repoRoot, '../shared/stories/validation'),
  own: join(repoRoot, 'tests/fixtures/stories'),
};

const kindLines = (r: SetResult) =>
  KINDS.map((k) => {
    const s = r.perKind[k];
    return `    ${k.padEnd(9)} P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}  (${s.truePositives}/${s.expected} found, ${s.predicted - s.truePositives} false)`;
  }).join('\n');

/** Train's errors, missed first, each with whether the pair was grouped at all. */
const errorLines = (r: SetResult) =>
  r.errors
    .sort((x, y) => x.kind.localeCompare(y.kind) || x.error.localeCompare(y.error))
    .map((e) => `    ${e.error === 'missed' ? 'MISSED' : 'FALSE '} ${e.kind.padEnd(8)} ${e.loop} ${e.stories.join('/')}${e.grouped ? '' : ' (not grouped)'}: ${e.text}`)
    .join('\n');

const line = (name: string, r: SetResult) =>
  `${name.padEnd(18)} ${String(r.loops).padStart(3)} ${fmt(r.grouping.precision)} ${fmt(r.grouping.recall)} ${fmt(r.grouping.f1)} | ` +
  `${fmt(r.conflicts.precision)} ${fmt(r.conflicts.recall)} ${fmt(r.conflicts.f1)}  (${r.conflicts.truePositives}/${r.conflicts.expected} conflicts, ${r.conflicts.predicted} flagged)`;

if (folderArg) {
  const result = evaluateFolder(resolve(folderArg), { perFile: true });
  console.log(line('overall', result));
  if (args.includes('--sweep')) {
    console.log('\nsweep: grouping threshold as a multiple of the default, grouping F1 / conflicts F1');
    for (const factor of [0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.5]) {
      const r = evaluateFolder(resolve(folderArg), { groupingThreshold: SAME_STORY_THRESHOLD * factor });
      console.log(`  x${factor.toFixed(1)}  grouping ${fmt(r.grouping.f1)}  conflicts ${fmt(r.conflicts.f1)}`);
    }
  }
} else {
  const wanted = setsArg ? setsArg.split(',') : Object.keys(SETS);
  console.log(`${'set'.padEnd(18)} loops grouping P R F1    | conflicts P R F1`);
  for (const name of wanted) {
    const folder = SETS[name];
    if (!folder || !existsSync(folder)) {
      console.log(`${name.padEnd(18)} not present`);
      continue;
    }
    const result = evaluateFolder(folder);
    console.log(line(name, result));
    if (args.includes('--kinds') || args.includes('--errors')) console.log(kindLines(result));
    if (args.includes('--errors') && name === 'train') console.log(errorLines(result));
  }
  const outcomes = runRobustness(join(repoRoot, 'tests/fixtures/stories/robustness'));
  console.log('\nrobustness: rewordings of each side of a planted conflict or non-conflict');
  for (const s of robustnessShares(outcomes)) {
    console.log(`  ${s.kind.padEnd(9)} still detected ${s.detected.count}/${s.detected.of}  wrongly flagged ${s.wronglyFlagged.count}/${s.wronglyFlagged.of}`);
  }
  if (args.includes('--misses')) {
    for (const o of outcomes.filter((x) => !x.right)) console.log(`  MISS ${o.kind} ${o.conflict ? 'conflict' : 'same'}: "${o.a}" | "${o.b}"`);
  }
}
