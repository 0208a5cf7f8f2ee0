import { describe, expect, it } from 'vitest';
import { checkStories, type StoryInput } from '@mockloop/shared/stories/index';
import { readQuantities } from '@mockloop/shared/stories/quantities';
import { tokenize } from '@mockloop/shared/stories/text';

function story(id: string, round: number, fields: Partial<StoryInput>): StoryInput {
  return { id, round, lps: ['deliver-results'], question: '', situation: '', task: '', action: '', result: '', ...fields };
}

const quantities = (text: string) => readQuantities(tokenize(text)).map((q) => ({ dim: q.dim, value: Math.round(q.value * 10) / 10, bound: q.bound, unit: q.unit }));

describe('readings that carry over to new wording', () => {
  it('reads "over five months" after a verb as a duration, "took over" as a bound', () => {
    expect(quantities('rolled it out to all stations over five months')).toContainEqual({ dim: 'duration', value: 152, bound: 'eq', unit: '' });
    expect(quantities('the migration took over five months')[0]!.bound).toBe('min');
  });

  it('does not read "once or twice a week" as a multiplier', () => {
    expect(quantities('managers updated prices once or twice a week').filter((q) => q.dim === 'multiplier')).toEqual([]);
  });

  it('lets a bare number ending a range borrow the unit it started with', () => {
    expect(quantities('went from twelve days to four').map((q) => q.value)).toEqual([12, 4]);
  });

  it('counts the noun that closes the phrase', () => {
    expect(quantities('we received 140 valid reports')[0]!.unit).toBe('report');
    expect(quantities('~30 patients showed up')[0]!.unit).toBe('patient');
  });
});

// IDF is counted within the loop, so a loop needs stories about other things to weigh words.
const others = [
  story('x', 2, { situation: 'Our planning meeting kept overrunning.', action: 'I introduced a written pre-read and a decision log.', result: 'Meetings ended on time.' }),
  story('y', 4, { situation: 'A junior analyst wanted to learn SQL.', action: 'I paired with her weekly on the dashboard backlog.', result: 'She was promoted within a year.' }),
];

// Two tellings of one project that agree on every fact, in different words and styles.
const agreeing = [
  story('a', 1, {
    situation: 'Couriers at Platewise waited twelve days to start; we piloted a new flow for three weeks.',
    action: 'I led four engineers. We ran a three-week pilot in one city, then rolled out to every city over five months.',
    result: 'Onboarding went from twelve days to four and sign-up completion rose from 41% to 58%, saving $4.8M a year.',
  }),
  story('b', 3, {
    situation: 'Platewise courier onboarding ~12d.',
    action: 'C + 4 eng. 3-wk pilot, then all cities ~5 mos. Interviewed 30 couriers.',
    result: 'Onboarding 12d -> 4d (cut by two-thirds). Completion 41% -> 58%. Savings ~$400K/mo.',
  }),
];

describe('near-misses are not conflicts', () => {
  it('accepts equivalent forms, pilot vs rollout lengths and interviewees vs team', () => {
    const report = checkStories([...agreeing, ...others]);
    expect(report.groups).toEqual([['a', 'b']]);
    expect(report.conflicts).toEqual([]);
  });

  it('reads a reported lead ("She said the director ran it") as someone else leading', () => {
    const report = checkStories([
      story('a', 1, { action: 'I led the smart meter rollout across the co-op, 220,000 meters, district by district.' }),
      story('b', 3, { action: 'She said the program director ran the smart meter rollout and she owned billing for the 220,000 meters.' }),
      ...others,
    ]);
    expect(report.conflicts.map((c) => c.kind)).toContain('role');
  });
});
