import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkStories, parseLoopFile, scoreReport, sumScores, type Score } from '@mockloop/shared/stories/index';

import { describeWith, needs, STORY_SETS_DIR } from '../../helpers/environment';

// The labelled loops live outside the repository, in ../shared/stories/dev from the repo root.
// Dev is a held-out report, never tuning data: the grouping cut-off is chosen on the corpus's
// validation split, and dev grouping (0.90 when it was chosen) is held as a floor, not a goal.
const devFolder = join(STORY_SETS_DIR, 'dev');

describeWith([needs.storySets()], 'story checker on the dev set', () => {
  it('groups retellings with F1 >= 0.88 and finds conflicts with F1 >= 0.85', () => {
    const grouping: Score[] = [];
    const conflicts: Score[] = [];
    for (const name of readdirSync(devFolder).filter((n) => n.endsWith('.json'))) {
      const reading = parseLoopFile(readFileSync(join(devFolder, name), 'utf8'));
      if (!reading.ok) throw new Error(`${name}: ${reading.problems.join('; ')}`);
      const { loop } = reading;
      if (!loop.expected) continue;
      const score = scoreReport(checkStories(loop.stories, { candidate: loop.candidate }), loop.expected);
      grouping.push(score.grouping);
      conflicts.push(score.conflicts);
    }
    expect(grouping.length).toBeGreaterThan(0);
    expect(sumScores(grouping).f1).toBeGreaterThanOrEqual(0.88);
    expect(sumScores(conflicts).f1).toBeGreaterThanOrEqual(0.85);
  });
});
