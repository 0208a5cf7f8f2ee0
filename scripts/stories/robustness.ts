/**
 * The robustness suite: for each case of tests/fixtures/stories/robustness/*.json, two
 * tellings of one story that differ only in one sentence (the base pair), and five
 * rewordings of each side. Every pairing of a side (base or reworded) with the other side's
 * base is checked as a two-story loop; a conflict case should still be flagged with its
 * kind, a non-conflict case should get no flag at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { checkStories, ConflictKind, type StoryInput } from '@mockloop/shared/stories/index';

const RobustnessCase = z.object({
  name: z.string(),
  conflict: z.boolean(),
  situation: z.string(),
  field: z.enum(['situation', 'task', 'action', 'result']),
  a: z.string(),
  aRewordings: z.array(z.string()).min(5),
  b: z.string(),
  bRewordings: z.array(z.string()).min(5),
});
const RobustnessFile = z.object({ kind: ConflictKind, cases: z.array(RobustnessCase).min(1) });
type RobustnessCase = z.infer<typeof RobustnessCase>;

/** One checked pairing and whether the checker got it right. */
export interface RobustnessOutcome {
  kind: ConflictKind;
  caseName: string;
  conflict: boolean;
  a: string;
  b: string;
  right: boolean;
}

function telling(id: string, round: number, c: RobustnessCase, sentence: string): StoryInput {
  const story: StoryInput = { id, round, lps: ['deliver-results'], question: '', situation: c.situation, task: '', action: '', result: '' };
  story[c.field] = c.field === 'situation' ? `${c.situation} ${sentence}` : sentence;
  return story;
}

/** The base pair, each rewording of A against base B, and base A against each rewording of B. */
function pairings(c: RobustnessCase): [string, string][] {
  return [[c.a, c.b], ...c.aRewordings.map((a): [string, string] => [a, c.b]), ...c.bRewordings.map((b): [string, string] => [c.a, b])];
}

/** Runs every case of every file in the folder. */
export function runRobustness(folder: string): RobustnessOutcome[] {
  const outcomes: RobustnessOutcome[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    const file = RobustnessFile.parse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
    for (const c of file.cases) {
      for (const [a, b] of pairings(c)) {
        const report = checkStories([telling('a', 1, c, a), telling('b', 3, c, b)]);
        const flagged = report.conflicts.some((conflict) => conflict.kind === file.kind);
        const right = c.conflict ? flagged : report.conflicts.length === 0;
        outcomes.push({ kind: file.kind, caseName: c.name, conflict: c.conflict, a, b, right });
      }
    }
  }
  return outcomes;
}

/** Share still detected (conflict cases) and share wrongly flagged (non-conflict cases), per kind and overall. */
export function robustnessShares(outcomes: RobustnessOutcome[]) {
  const share = (rows: RobustnessOutcome[], pick: (o: RobustnessOutcome) => boolean) =>
    ({ count: rows.filter(pick).length, of: rows.length });
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  const rowsFor = (kind?: ConflictKind) => outcomes.filter((o) => kind === undefined || o.kind === kind);
  return [...kinds, undefined].map((kind) => ({
    kind: kind ?? 'all',
    detected: share(rowsFor(kind).filter((o) => o.conflict), (o) => o.right),
    wronglyFlagged: share(rowsFor(kind).filter((o) => !o.conflict), (o) => !o.right),
  }));
}
