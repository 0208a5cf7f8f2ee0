import { describe, expect, it } from 'vitest';
import { checkStories, ConsistencyReport, scoreReport, type StoryInput } from '@mockloop/shared/stories/index';

function story(id: string, round: number, fields: Partial<StoryInput>): StoryInput {
  return { id, round, lps: ['deliver-results'], question: '', situation: '', task: '', action: '', result: '', ...fields };
}

// A small loop of our own: a warehouse returns project told twice, with a different team
// size, and two unrelated stories.
const loop: StoryInput[] = [
  story('a', 1, {
    situation: 'Harbor Goods processed customer returns by hand at the Tacoma depot; refunds took about 9 days.',
    action: 'Jo led six engineers to build a returns portal with prepaid labels and automatic refund triggers on carrier scan.',
    result: 'Refund time dropped to 2 days and returns-related tickets fell 45%.',
  }),
  story('b', 3, {
    situation: 'Tacoma depot returns: manual, refund ~9d. Tickets piling up.',
    action: 'C + 11 eng. Returns portal, prepaid labels, refund auto-triggered on carrier scan.',
    result: 'Refund 9d -> 2d. Returns tickets -45%.',
  }),
  story('c', 2, {
    situation: 'Our quarterly planning meeting kept overrunning and decisions were made in hallways afterwards.',
    action: 'I introduced a written pre-read and a decision log.',
    result: 'Meetings ended on time and the log is still used.',
  }),
  story('d', 4, {
    situation: 'A junior analyst wanted to learn SQL.',
    action: 'I paired with her weekly and gave her the dashboard backlog.',
    result: 'She was promoted within a year.',
  }),
];

describe('checkStories', () => {
  const report = checkStories(loop);

  it('returns a report of the declared shape', () => {
    expect(ConsistencyReport.safeParse(report).success).toBe(true);
  });

  it('groups the two tellings of the returns project and nothing else', () => {
    expect(report.groups).toEqual([['a', 'b']]);
  });

  it('reports the team-size contradiction with quotable phrases', () => {
    expect(report.conflicts.map((c) => [c.stories, c.kind])).toEqual([[['a', 'b'], 'team']]);
    const [conflict] = report.conflicts;
    expect(loop[0]!.action).toContain(conflict!.phrases[0]);
    expect(loop[1]!.action).toContain(conflict!.phrases[1]);
  });
});

describe('scoreReport', () => {
  it('scores grouping over pairs and conflicts over (pair, kind)', () => {
    const score = scoreReport(
      { groups: [['a', 'b', 'c']], conflicts: [{ stories: ['b', 'a'], kind: 'team', detail: '', phrases: ['', ''] }] },
      { sameStory: [['a', 'b']], conflicts: [{ stories: ['a', 'b'], kind: 'team' }, { stories: ['a', 'b'], kind: 'metric' }] },
    );
    expect(score.grouping.precision).toBeCloseTo(1 / 3);
    expect(score.grouping.recall).toBe(1);
    expect(score.conflicts.precision).toBe(1);
    expect(score.conflicts.recall).toBe(0.5);
  });
});
