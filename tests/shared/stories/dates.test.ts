import { describe, expect, it } from 'vitest';
import { checkStories, type StoryInput } from '@mockloop/shared/stories/index';
import { findDateClash } from '@mockloop/shared/stories/date-check';
import { readDates } from '@mockloop/shared/stories/dates';
import { profileStory } from '@mockloop/shared/stories/profile';

// Every sentence is invented for this file; each shows one general way notes date events.
function datesOf(text: string) {
  const story: StoryInput = { id: 's', round: 1, lps: ['deliver-results'], question: '', situation: '', task: '', action: text, result: '' };
  return profileStory(story).fields.flatMap(readDates).map(({ event, year, months }) => ({ event, year, months }));
}

function tellings(first: string, second: string): StoryInput[] {
  const story = (id: string, round: number, result: string): StoryInput => ({
    id, round, lps: ['deliver-results'], question: '', situation: 'The ferry company sold tickets only at the port.', task: '', action: '', result,
  });
  return [story('a', 1, first), story('b', 3, second)];
}
const kinds = (stories: StoryInput[]) => checkStories(stories).conflicts.map((c) => c.kind);

describe('reading dates', () => {
  it('reads a month with its year and the event it dates, but not the verb "may"', () => {
    expect(datesOf('We may ship it later; it launched in may 2021.')).toEqual([{ event: 'launch', year: 2021, months: [4, 4] }]);
  });

  it('reads a month range as one span and a quarter as three months', () => {
    expect(datesOf('The pilot ran from June to December.')).toEqual([{ event: 'run', months: [5, 11] }]);
    expect(datesOf('Went live in Q3 2020.')).toEqual([{ event: 'launch', year: 2020, months: [6, 8] }]);
    expect(datesOf('We released it in the second quarter.')).toEqual([{ event: 'launch', months: [3, 5] }]);
  });

  it('leaves out deadlines, bounds and reference points', () => {
    expect(datesOf('The regulator wanted it live by June.')).toEqual([]);
    expect(datesOf('We shipped after the summer holidays.')).toEqual([]);
    expect(datesOf('The goal was to launch in March.')).toEqual([]);
  });

  it('dates the story as a whole when no event word is near', () => {
    expect(datesOf('In 2019 the depot still used paper.')).toEqual([{ event: 'story', year: 2019 }]);
  });
});

describe('comparing dates', () => {
  const launch = (months: [number, number], year?: number) => ({ event: 'launch' as const, months, year, phrase: '' });

  it('holds a quarter and a month inside it together, and a neighbouring month as loose telling', () => {
    expect(findDateClash([launch([6, 8])], [launch([7, 7])])).toBeUndefined();
    expect(findDateClash([launch([2, 2])], [launch([3, 3])])).toBeUndefined();
    expect(findDateClash([launch([3, 5])], [launch([10, 10])])).toBeDefined();
  });

  it('does not hold one of several launches against another telling', () => {
    expect(findDateClash([launch([2, 2]), launch([5, 5])], [launch([5, 5])])).toBeUndefined();
  });

  it('compares years across a year end by month', () => {
    expect(findDateClash([launch([11, 11], 2020)], [launch([0, 0], 2021)])).toBeUndefined();
    expect(findDateClash([launch([4, 4], 2020)], [launch([4, 4], 2022)])).toBeDefined();
  });
});

describe('dates in the checker', () => {
  it('flags a launch dated in two quarters apart and not one told in other words', () => {
    expect(kinds(tellings('Online booking went live in Q1.', 'Online booking went live in September.'))).toEqual(['timeline']);
    expect(kinds(tellings('Online booking went live in Q3.', 'Online booking was launched in August.'))).toEqual([]);
  });

  it('flags two tellings set in different years', () => {
    expect(kinds(tellings('In 2018 online booking replaced the port kiosks.', 'This was 2021: online booking replaced the port kiosks.'))).toEqual(['timeline']);
  });
});
