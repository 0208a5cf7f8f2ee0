import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStories, parseLoopFile, scoreReport, sumScores, type Score } from '@mockloop/shared/stories/index';

// Our own labelled loops (tests/fixtures/stories): other domains, note styles and near-misses
// than the dev set, so that the checker is held to a second, independent answer key.
const folder = resolve(import.meta.dirname, '..', '..', 'fixtures', 'stories');

function scoreFolder(threshold?: number): { grouping: Score; conflicts: Score } {
  const grouping: Score[] = [];
  const conflicts: Score[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
    const reading = parseLoopFile(readFileSync(join(folder, name), 'utf8'));
    if (!reading.ok) throw new Error(`${name}: ${reading.problems.join('; ')}`);
    const { loop } = reading;
    if (!loop.expected) throw new Error(`${name}: no answer key`);
    const score = scoreReport(checkStories(loop.stories, { candidate: loop.candidate, groupingThreshold: threshold }), loop.expected);
    grouping.push(score.grouping);
    conflicts.push(score.conflicts);
  }
  return { grouping: sumScores(grouping), conflicts: sumScores(conflicts) };
}

describe('story checker on our own labelled loops', () => {
  it('has at least six loops of twelve or more stories', () => {
    const files = readdirSync(folder).filter((n) => n.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const name of files) {
      const reading = parseLoopFile(readFileSync(join(folder, name), 'utf8'));
      expect(reading.ok && reading.loop.stories.length).toBeGreaterThanOrEqual(12);
    }
  });

  it('groups retellings with F1 >= 0.9 and finds conflicts with F1 >= 0.9', () => {
    const { grouping, conflicts } = scoreFolder();
    expect(grouping.f1).toBeGreaterThanOrEqual(0.9);
    expect(conflicts.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('does not hang on the exact grouping threshold', () => {
    // 10% either side of the default keeps grouping F1 within a few points.
    for (const threshold of [1.05, 1.25]) expect(scoreFolder(threshold).grouping.f1).toBeGreaterThanOrEqual(0.88);
  });
});
