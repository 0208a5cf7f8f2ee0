import { describe, expect, it } from 'vitest';
import { checkStories, type StoryInput } from '@mockloop/shared/stories/index';
import { readQuantities } from '@mockloop/shared/stories/quantities';
import { tokenize } from '@mockloop/shared/stories/text';

// Sentences written for this file (a bakery chain's ordering portal); each states one
// general way of telling a length of time.
function tellings(first: string, second: string, field: 'action' | 'result' = 'result'): StoryInput[] {
  const situation = 'Our bakery chain moved cafe ordering from phone calls to an online portal.';
  const story = (id: string, round: number, text: string): StoryInput => ({
    id, round, lps: ['deliver-results'], question: '', situation, task: '', action: '', result: '', [field]: text,
  });
  return [story('a', 1, first), story('b', 2, second)];
}
const kinds = (stories: StoryInput[]) => checkStories(stories).conflicts.map((c) => c.kind);
const days = (text: string) => readQuantities(tokenize(text)).map((q) => Math.round(q.value * 10) / 10);

describe('lengths of time, read', () => {
  it('reads "and a half" after a unit or a number', () => {
    expect(days('for a month and a half')).toEqual([45.6]);
    expect(days('took two and a half years')).toEqual([912.5]);
    expect(days('took one year and a half')).toEqual([547.5]);
  });

  it('reads "N weeks\' notice" as notice, compared with notice', () => {
    expect(kinds(tellings("We had five weeks' notice before the audit.", "We got a mere nine days' notice before the audit."))).toEqual(['timeline']);
    expect(kinds(tellings("We had five weeks' notice before the audit.", "We had 35 days' notice before the audit."))).toEqual([]);
  });

  it('reads a verb done "in" a length of time as the length of the work', () => {
    expect(kinds(tellings('We built the portal in three months.', 'It took eight months in total.'))).toEqual(['timeline']);
    expect(kinds(tellings('We moved every cafe in 10 weeks.', 'It took about two and a half months in total.'))).toEqual([]);
  });

  it('compares the one pilot each telling gives', () => {
    expect(kinds(tellings('The pilot ran for two weeks with four cafes.', 'The pilot with four cafes lasted two months.', 'action'))).toEqual(['timeline']);
    expect(kinds(tellings('The pilot ran for a fortnight with four cafes.', 'The pilot with four cafes lasted 14 days.', 'action'))).toEqual([]);
  });
});

describe('lengths that are not the length of the work', () => {
  it('does not compare a length written as an adjective of something else ("a one-year contract")', () => {
    expect(kinds(tellings('We renewed the one-year contract with the payment provider.', 'The portal took three months to build.'))).toEqual([]);
    expect(kinds(tellings('It was a six-week project.', 'The project ran for five months.'))).toEqual(['timeline']);
  });

  it('does not compare how long a step of the process now takes with the length of the work', () => {
    expect(kinds(tellings('Cafes now get their orders confirmed in two hours instead of a day.', 'The portal took three months to build.'))).toEqual([]);
  });

  it('does not compare the term of an agreement', () => {
    expect(kinds(tellings('They renewed for three years.', 'They renewed for two years.'))).toEqual([]);
  });

  it('leaves the situation out of the one length of the work', () => {
    const story = (id: string, round: number, situation: string, result: string): StoryInput => ({
      id, round, lps: ['deliver-results'], question: '', situation, task: '', action: '', result,
    });
    expect(kinds([
      story('a', 1, 'New cafes sat for more than a month before ordering.', 'The new portal went live after a year.'),
      story('b', 2, 'New cafe accounts were slow.', 'The portal took eighteen months, start to finish.'),
    ])).toEqual([]);
  });
});

describe('wishes and facts', () => {
  it('reads "project" and "forecast" as nouns, and what someone was told would happen as a fact', () => {
    expect(kinds(tellings('The project ran for six weeks.', 'The project ran for five months.'))).toEqual(['timeline']);
    expect(kinds(tellings('Forecast error fell from 18% to 11%.', 'Forecast error fell from 18% to 6%.'))).toEqual(['metric']);
    expect(kinds(tellings('The auditor told us it would start with nine days\' notice.', 'We had five weeks\' notice of the audit.'))).toEqual(['timeline']);
    expect(kinds(tellings('The plan was to cut it to two days.', 'It took nine days.'))).toEqual([]);
  });
});

describe('dates, read', () => {
  it('reads rolled out and delivered as events, and the one date of each telling', () => {
    expect(kinds(tellings('The portal was rolled out in March.', 'The portal was rolled out in September.'))).toEqual(['timeline']);
    expect(kinds(tellings('The portal was delivered in March.', 'The portal was delivered in September.'))).toEqual(['timeline']);
    expect(kinds(tellings('The portal went into service in March.', 'The portal went into service in September.'))).toEqual(['timeline']);
    expect(kinds(tellings('The portal was rolled out in March.', 'The portal was rolled out in April.'))).toEqual([]);
  });

  it('reads "was live by" a date as at or before it, and "had to be live by" as a deadline', () => {
    expect(kinds(tellings('It was live by the end of March.', 'It went live in late September.'))).toEqual(['timeline']);
    expect(kinds(tellings('It was live by the end of September.', 'It went live in March.'))).toEqual([]);
    expect(kinds(tellings('It had to be live by the end of March.', 'It went live in late September.'))).toEqual([]);
  });

  it('reads dates the model does not tag: "mid-2021", "H1", holidays and half years', () => {
    expect(kinds(tellings('We cut over in mid-2021.', 'We cut over in January 2023.'))).toEqual(['timeline']);
    expect(kinds(tellings('It launched before Christmas 2021.', 'It launched in the summer of 2022.'))).toEqual(['timeline']);
    expect(kinds(tellings('It launched in H1 2021.', 'It launched in the second half of 2022.'))).toEqual(['timeline']);
    expect(kinds(tellings('It went live at Easter 2021.', 'It went live in April 2021.'))).toEqual([]);
  });
});
