import { describe, expect, it } from 'vitest';
import { checkStories, type StoryInput } from '@mockloop/shared/stories/index';

// Two tellings that differ only in how the result is told. Every sentence is invented for
// this file; each shows one general way an ending is said.
function tellings(first: string, second: string): StoryInput[] {
  const story = (id: string, round: number, result: string): StoryInput => ({
    id, round, lps: ['deliver-results'], question: '', situation: 'The dairy plant changed how it cleaned its tanks.', task: '', action: '', result,
  });
  return [story('a', 1, first), story('b', 2, second)];
}
const kinds = (first: string, second: string) => checkStories(tellings(first, second)).conflicts.map((c) => c.kind);

describe('endings of a review: audit, inspection, regulator', () => {
  it('holds approved by and passed together, against failed and cited', () => {
    expect(kinds('The auditor approved the new cleaning process.', 'The new cleaning process failed the audit.')).toEqual(['outcome']);
    expect(kinds('The plant passed the hygiene inspection.', 'The plant was cited at the hygiene inspection.')).toEqual(['outcome']);
    expect(kinds('The auditor approved the new cleaning process.', 'The new cleaning process passed the audit.')).toEqual([]);
  });

  it('reads "took no action" against a warning or a fine', () => {
    expect(kinds('The regulator took no action.', 'The regulator fined the plant.')).toEqual(['outcome']);
    expect(kinds('The regulator took no action.', 'The regulator issued a formal warning.')).toEqual(['outcome']);
  });

  it('does not read "cited" outside a review', () => {
    expect(kinds('The new process was cited in the annual report.', 'The new process was praised in the annual report.')).toEqual([]);
  });
});

describe('a change carried through or not', () => {
  it('reads rolling back and blocking a rollout against finishing or rolling it out everywhere', () => {
    expect(kinds('The migration finished and every tank runs on the new schedule.', 'We rolled the change back to the old schedule.')).toEqual(['outcome']);
    expect(kinds('We rolled it out to every plant.', 'Legal blocked the rollout.')).toEqual(['outcome']);
  });

  it('does not hold a telling that says both against one that says one', () => {
    expect(kinds('We rolled it back once, then the migration finished a week later.', 'The migration finished.')).toEqual([]);
  });
});

describe('a date kept or not', () => {
  it('reads "made it by" and its denial', () => {
    expect(kinds('We made it by the end of June.', "We didn't make it by the end of June.")).toEqual(['outcome']);
  });
});

describe('kept or left, target and budget', () => {
  it('reads pulling out or withdrawing against staying with it', () => {
    expect(kinds('The retailer stayed with the new tank schedule.', 'The retailer pulled out after a month.')).toEqual(['outcome']);
    expect(kinds('The retailer stayed with the new tank schedule.', 'The retailer withdrew from the trial.')).toEqual(['outcome']);
  });

  it('reads a target hit or missed, and a budget kept or overrun', () => {
    expect(kinds('We hit the quarterly target.', 'We missed the quarterly target.')).toEqual(['outcome']);
    expect(kinds('We hit the quarterly target.', 'We fell short of the quarterly target.')).toEqual(['outcome']);
    expect(kinds('It came in under budget.', 'It went over budget.')).toEqual(['outcome']);
    expect(kinds('It came in under budget.', 'It was delivered within budget.')).toEqual([]);
  });

  it('does not read "stayed" with a state as keeping something', () => {
    expect(kinds('Call volumes stayed low.', 'The retailer pulled out after a month.')).toEqual([]);
  });
});
