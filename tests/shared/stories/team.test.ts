import { describe, expect, it } from 'vitest';
import { checkStories, type StoryInput } from '@mockloop/shared/stories/index';
import { readFacts } from '@mockloop/shared/stories/facts';
import { profileStory } from '@mockloop/shared/stories/profile';
import { findTeamConflict } from '@mockloop/shared/stories/team';

function story(id: string, round: number, fields: Partial<StoryInput>): StoryInput {
  return { id, round, lps: ['ownership'], question: '', situation: '', task: '', action: '', result: '', ...fields };
}

const facts = (action: string) => readFacts(profileStory(story('x', 1, { action })));
/** The team sizes read from one sentence, as "family:values". */
const sizes = (action: string) => facts(action).teams.map((t) => `${t.family}:${t.values.join('/')}`);

describe('team sizes people write', () => {
  it.each([
    ['We built it as a 9-developer team.', 'engineer:9'],
    ['She drove a 15-engineer migration of the ledger.', 'engineer:15'],
    ['I ran a 7-person platform squad.', 'people:7'],
    ['It was a two-pizza team of 6.', 'people:6'],
    ['I shipped it with 11 devs over the winter.', 'engineer:11'],
    ['In the end there were five of us.', 'people:5'],
    ['Our squad of four owned the pipeline.', 'people:4'],
    ['I took over a 30-strong team.', 'people:30'],
    ['C + 4 eng on the rewrite.', 'engineer:4/5'],
    ['We were staffed with 3 FTEs.', 'people:3'],
    ['The team had a headcount of 14.', 'people:14'],
    ['It was me plus two others.', 'people:2/3'],
    ['I led a team of about 10 engineers.', 'engineer:10'],
    ['Team size was 8.', 'people:8'],
    ['I managed 3 strong engineers on it.', 'engineer:3'],
  ])('reads %s', (sentence, expected) => {
    expect(sizes(sentence)).toContain(expected);
  });

  it.each([
    'We interviewed 14 customers before writing a line.',
    'I surveyed 200 users about the old flow.',
    'We hired 4 more engineers after launch.',
    'Later I hired three engineers to run it.',
    'About 60 people attended the launch demo.',
    'Two of my reports were promoted that year.',
    'I mentored three junior engineers along the way.',
    'We sold it to a 500-person insurance company.',
    'I ran a 25-person workshop with the branch managers.',
    'A focus group of 12 customers tried the prototype.',
  ])('does not count the team in %s', (sentence) => {
    expect(sizes(sentence)).toEqual([]);
  });

  it('quotes the whole phrase that states the size', () => {
    expect(facts('I drove a 12-engineer effort to move billing.').teams[0]!.phrase).toBe('a 12-engineer effort');
    expect(facts('I led a team of 5 designers.').teams[0]!.phrase).toBe('team of 5 designers');
  });

  it('compares whole-team sizes across ways of writing them, and growth as both ends', () => {
    expect(findTeamConflict(facts('I led a team of 6.'), facts('It was a 15-engineer push.'))?.kind).toBe('team');
    expect(findTeamConflict(facts('The four of us built it.'), facts('I led a 4-person squad.'))).toBeUndefined();
    expect(findTeamConflict(facts('The team grew from 4 to 9 engineers.'), facts('I led 4 engineers.'))).toBeUndefined();
    expect(findTeamConflict(facts('Me and one analyst did it.'), facts('I had three analysts.'))?.kind).toBe('team');
  });
});

describe('a team size told two ways in a loop of two stories', () => {
  const a = story('a', 1, {
    situation: 'Checkout abandonment on mobile was 22% and support tickets blamed the address form.',
    task: 'I owned the checkout funnel as the PM.',
    action: 'I led a team of 8 engineers, interviewed 12 customers and cut the form from 11 fields to 4.',
    result: 'Abandonment fell from 22% to 15% within six weeks of launch.',
  });
  const b = story('b', 3, {
    situation: 'Mobile checkout drop-off was high; customers complained about the address form.',
    task: 'I was the PM for checkout.',
    action: 'I drove a 20-engineer effort to rebuild the address form with lookup.',
    result: 'Abandonment went down to 15%, six weeks after launch.',
  });

  it('groups them and reports a team conflict quoting both sizes', () => {
    const report = checkStories([a, b]);
    expect(report.groups).toEqual([['a', 'b']]);
    const team = report.conflicts.find((c) => c.kind === 'team');
    expect(team?.phrases[0]).toContain('8 engineers');
    expect(team?.phrases[1]).toContain('20-engineer');
  });

  it.each(['I drove the effort with 20 engineers to rebuild the address form.', 'I drove a 20-engineer team to rebuild the address form with lookup.'])(
    'also when the second says "%s"',
    (action) => {
      const report = checkStories([a, { ...b, action }]);
      expect(report.conflicts.map((c) => c.kind)).toContain('team');
    },
  );

  it('reports nothing about the team when both say the same size', () => {
    const report = checkStories([a, { ...b, action: 'I drove an 8-engineer effort to rebuild the address form with lookup.' }]);
    expect(report.conflicts.map((c) => c.kind)).not.toContain('team');
  });
});

describe('counts around the team', () => {
  it('does not read the wider unit the team sits in as the team', () => {
    expect(sizes('I led four analysts in a division of about 120 people.')).toEqual(['analyst:4']);
    expect(findTeamConflict(facts('My squad was five engineers; the company was about 300.'), facts('I led a squad of five engineers.'))).toBeUndefined();
  });

  it('still reads the candidate\'s own unit', () => {
    expect(sizes('I ran my department of 40 people.')).toEqual(['people:40']);
  });

  it('reads "the candidate and N others" and "N in total" as the whole team', () => {
    expect(findTeamConflict(facts('She and three other analysts were asked to fix the report.'), facts('The report was fixed by a squad of ten.'))?.kind).toBe('team');
    expect(findTeamConflict(facts('There were three people in total on it.'), facts('I led a team of seven.'))?.kind).toBe('team');
    expect(findTeamConflict(facts('She and three other analysts were asked to fix the report.'), facts('The four of us fixed the report.'))).toBeUndefined();
  });
});
