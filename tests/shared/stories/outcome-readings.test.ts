import { describe, expect, it } from 'vitest';
import { checkStories, type StoryInput } from '@mockloop/shared/stories/index';

// Two tellings that differ only in how the result is told; every sentence is written for this
// file (an agency's ordering service for a grocer) and states one general way an ending is said.
function kinds(first: string, second: string): string[] {
  const story = (id: string, round: number, result: string): StoryInput => ({
    id, round, lps: ['deliver-results'], question: '', situation: 'A regional grocer asked our agency for an online ordering service.', task: '', action: '', result,
  });
  return checkStories([story('a', 1, first), story('b', 2, second)]).conflicts.map((c) => c.kind);
}

describe('a buyer choosing', () => {
  it('reads choosing, going with or staying with a rival as a deal lost', () => {
    expect(kinds('We won the deal.', 'They stayed with the incumbent.')).toEqual(['outcome']);
    expect(kinds('We signed a three-year contract with them.', 'They chose a competitor.')).toEqual(['outcome']);
    expect(kinds('We won the tender.', 'The tender was awarded to another agency.')).toEqual(['outcome']);
    expect(kinds('We won the contract.', 'The contract went to a competitor.')).toEqual(['outcome']);
    expect(kinds('We won the tender.', 'The tender was awarded to us.')).toEqual([]);
  });

  it('reads leaving as a customer lost when a renewal is in the telling', () => {
    expect(kinds('The grocer renewed with us.', 'The grocer left at renewal.')).toEqual(['outcome']);
    expect(kinds('The grocer renewed for another year.', 'The grocer left us for a rival.')).toEqual(['outcome']);
    expect(kinds('The grocer extended its contract.', 'The grocer cancelled its contract.')).toEqual(['outcome']);
    expect(kinds('The grocer renewed.', 'The grocer took its business elsewhere.')).toEqual(['outcome']);
    expect(kinds('The grocer renewed for two years.', 'The grocer stayed a client and signed for two more years.')).toEqual([]);
  });

  it('reads a deal pulled out of as not won', () => {
    expect(kinds('The grocer signed the deal.', 'The grocer pulled out of the deal.')).toEqual(['outcome']);
  });
});

describe('denials', () => {
  it('reads base forms after "did not", "never" and "failed to", not nouns', () => {
    expect(kinds('We won the tender.', "We didn't win the tender.")).toEqual(['outcome']);
    expect(kinds('We passed the accessibility audit.', 'We did not pass the accessibility audit.')).toEqual(['outcome']);
    expect(kinds('The service went live in every store.', 'The service got cancelled before launch.')).toEqual(['outcome']);
  });

  it('does not carry a denial across "and"', () => {
    expect(kinds('The grocer renewed for another year.', "The grocer didn't renew and went to a rival agency.")).toEqual(['outcome']);
  });

  it('reads "refused to" as a denial', () => {
    expect(kinds('The regulator signed it off.', 'The regulator refused to sign it off.')).toEqual(['outcome']);
  });
});

describe('a tried thing going further or not', () => {
  it('reads a pilot stopped, wound down, put on hold or kept to a beta against one that went on', () => {
    expect(kinds('The hotels kept using it after the pilot.', 'The pilot was stopped because few stores used it.')).toEqual(['outcome']);
    expect(kinds('The pilot became a permanent service.', 'The pilot was wound down.')).toEqual(['outcome']);
    expect(kinds('The service went live in every store.', 'The service was put on hold indefinitely.')).toEqual(['outcome']);
    expect(kinds('The service was rolled out across the group.', 'It was only ever an internal beta.')).toEqual(['outcome']);
    expect(kinds('The plan was rolled out across the group.', 'The board shelved the plan after the pilot and it never went wider.')).toEqual(['outcome']);
  });

  it('reads "adopted by" as adopted, and stopping use as not', () => {
    expect(kinds('The app was adopted by all stores.', 'Stores stopped using the app within a month.')).toEqual(['outcome']);
    expect(kinds('Refund abuse dropped by 30%.', 'The app was adopted by all stores.')).toEqual([]);
  });
});

describe('dates and decisions', () => {
  it('reads pushed back and postponed as a date missed, "in time for" as kept', () => {
    expect(kinds('It launched on schedule.', 'The launch was pushed back by two months.')).toEqual(['outcome']);
    expect(kinds('The launch happened on time.', 'The launch was postponed to the next quarter.')).toEqual(['outcome']);
    expect(kinds('It went live in time for the holiday peak.', 'It went live three weeks late.')).toEqual(['outcome']);
  });

  it('reads "said no", "signed off" and customers who came back', () => {
    expect(kinds('The board approved the budget.', 'The board said no to the budget.')).toEqual(['outcome']);
    expect(kinds('The customers came back within a month.', 'The customers never came back.')).toEqual(['outcome']);
  });

  it('reads a count of things found against "no" such things', () => {
    expect(kinds('The inspection found no problems.', 'The inspection found two serious problems.')).toEqual(['outcome']);
  });
});

describe('a service kept running or switched off', () => {
  it('reads switched off, decommissioned and "never made it to production" against running and live', () => {
    expect(kinds('The service went live in every store.', 'The service was switched off after two weeks.')).toEqual(['outcome']);
    expect(kinds('The service is still running in every store.', 'The service was decommissioned after the pilot.')).toEqual(['outcome']);
    expect(kinds('The service made it to production.', 'The service never made it to production.')).toEqual(['outcome']);
    expect(kinds('The service went live in every store.', 'The service made it to production in every store.')).toEqual([]);
  });
});
