import { describe, expect, it } from 'vitest';
import { checkStories, type StoryInput } from '@mockloop/shared/stories/index';

// Two tellings of one experience that differ in one sentence; the checker should flag the
// kind named when the facts differ and nothing when only the wording does. Every sentence is
// written for this file: each states one general pattern the checker reads.
function tellings(situation: string, field: 'action' | 'result', first: string, second: string): StoryInput[] {
  const story = (id: string, round: number, text: string): StoryInput => ({
    id, round, lps: ['deliver-results'], question: '', situation, task: '', action: '', result: '', [field]: text,
  });
  return [story('a', 1, first), story('b', 2, second)];
}

const kinds = (stories: StoryInput[]) => checkStories(stories).conflicts.map((c) => c.kind);

describe('metrics said in other words', () => {
  const s = 'Our helpdesk reopened too many tickets and agents spent the week on repeats.';
  it('reads "per cent", "N in 100 tickets" and "down from" as the same measure', () => {
    expect(kinds(tellings(s, 'result', 'Reopened tickets fell from 12% to 5%.', 'Reopened tickets dropped to 5 per cent, down from 12 per cent.'))).toEqual([]);
    expect(kinds(tellings(s, 'result', 'Reopened tickets fell from 12% to 5%.', 'Reopened tickets went from 12 in 100 tickets to 9 in 100.'))).toEqual(['metric']);
  });

  it('gives both ends of a range the period an adjective names', () => {
    const a = 'The weekly courier bill went from $8K to $6K.';
    expect(kinds(tellings(s, 'result', a, 'Courier spend fell from eight thousand dollars a week to six thousand.'))).toEqual([]);
    expect(kinds(tellings(s, 'result', a, 'Courier spend fell from eight thousand dollars a week to three thousand.'))).toEqual(['metric']);
  });

  it('does not hold a bare "%" change against a change in points: it may be relative', () => {
    expect(kinds(tellings(s, 'result', 'Revenue per agent rose 9%.', 'Revenue per agent went up about three points.'))).toEqual([]);
  });

  it('does not read "all N" or "those N" things as a result count', () => {
    expect(kinds(tellings(s, 'result', 'All 30 helpdesks moved to the new form.', 'Those two helpdesks moved first.'))).toEqual([]);
  });

  it('reads "went up to X" as where the measure ended, not the size of the rise', () => {
    expect(kinds(tellings(s, 'result', 'First-contact resolution rose from 40% to 55%.', 'First-contact resolution went up to fifty-five per cent.'))).toEqual([]);
  });
});

describe('lengths of time said in other words', () => {
  const s = 'Our payroll ran on a spreadsheet that broke every month end.';
  it('reads a share of a year and "N after we started" as the length of the work', () => {
    expect(kinds(tellings(s, 'action', 'The payroll rebuild took two months.', 'It took half of a year to finish the payroll rebuild.'))).toEqual(['timeline']);
    expect(kinds(tellings(s, 'action', 'The payroll rebuild took two months.', 'Eight months after we started, the payroll rebuild was finished.'))).toEqual(['timeline']);
    expect(kinds(tellings(s, 'action', 'The payroll rebuild took two months.', 'Two months after we started, the payroll rebuild was finished.'))).toEqual([]);
  });

  it('compares what the work "took" when each telling says so once, beside other phases', () => {
    const t = 'Our archive of scanned contracts sat on an old file server.';
    expect(kinds(tellings(t, 'result', 'We tested restores for a week. The move took two months.', 'Restore tests: 1 week. Took seven months overall.'))).toEqual(['timeline']);
    expect(kinds(tellings(t, 'result', 'We tested restores for a week. The move took two months.', 'Restore tests: 1 week. Took about 8 weeks overall.'))).toEqual([]);
    expect(kinds(tellings(t, 'result', 'We tested restores for a week. The move took two months.', 'Restore tests: 1 week. A restore now takes seven hours.'))).toEqual([]);
  });

  it('does not hold two states of one measure against each other when both tellings state both', () => {
    const t = 'Customs clearance held our containers at the port.';
    expect(kinds(tellings(t, 'result', 'Clearance avg 3 days at the start. Clearance 3 days -> ~5 hrs.', 'Before: ~3 days. Now clearance ~5 h.'))).toEqual([]);
  });

  it('reads the time to restore service as the length of the outage', () => {
    const t = 'A bad config push took the booking site down.';
    expect(kinds(tellings(t, 'action', 'The outage lasted 25 minutes.', 'Bookings were restored 3 hours after the outage started.'))).toEqual(['timeline']);
  });
});

describe('team sizes said in other words', () => {
  const s = 'Our call centre could not keep up with calls after the tariff change.';
  it('reads "a dozen", "including me" and "the team had N people"', () => {
    expect(kinds(tellings(s, 'action', 'I ran a team of four agents.', 'Our agent team had a dozen people.'))).toEqual(['team']);
    expect(kinds(tellings(s, 'action', 'Nine planners worked on it, including me.', 'Our planning team had nine people.'))).toEqual([]);
  });
});

describe('the candidate\'s part said in other words', () => {
  const s = 'Warehouse staff kept mis-scanning returns.';
  it('reads a named leader and supporting verbs as a smaller part', () => {
    expect(kinds(tellings(s, 'action', 'I led the scanner rollout.', 'Tomas led the scanner rollout and I was one of his analysts.'))).toEqual(['role']);
    expect(kinds(tellings(s, 'action', 'I led the scanner rollout.', 'I supported the scanner rollout, which our ops director ran.'))).toEqual(['role']);
    expect(kinds(tellings(s, 'action', 'I led the scanner rollout.', 'The scanner rollout was led by me.'))).toEqual([]);
  });

  it('reads working "under" a titled or named leader as a smaller part, and chairing as leading', () => {
    expect(kinds(tellings(s, 'action', 'I led the scanner rollout.', 'I configured the scanner rollout under our ops manager.'))).toEqual(['role']);
    expect(kinds(tellings(s, 'action', 'I chaired the scanner rollout group.', 'I was one of the members of the scanner rollout group.'))).toEqual(['role']);
    expect(kinds(tellings(s, 'action', 'I led the scanner rollout.', 'I led the scanner rollout under a tight budget.'))).toEqual([]);
  });

  it('reads one piece of work done by the candidate in one telling and by someone named by role in the other', () => {
    expect(kinds(tellings(s, 'action', 'I wrote the scanner training guide myself.', 'Our ops team wrote the scanner training guide.'))).toEqual(['role']);
    expect(kinds(tellings(s, 'action', 'I negotiated the scanner contract directly.', 'Our procurement lead negotiated the scanner contract.'))).toEqual(['role']);
  });

  it('does not flag work split the same way in both tellings, or different work', () => {
    expect(kinds(tellings(s, 'action', 'I wrote the training guide; our ops team wrote the scanner scripts.', 'Our ops team wrote the scanner scripts and I wrote the training guide.'))).toEqual([]);
    expect(kinds(tellings(s, 'action', 'I wrote the training guide.', 'Our ops team wrote the scanner scripts.'))).toEqual([]);
    expect(kinds(tellings(s, 'action', "I didn't write the training guide.", 'Our ops team wrote the training guide.'))).toEqual([]);
  });

  it('reads "managed" before a noun as a description, not someone managing', () => {
    expect(kinds(tellings(s, 'action', 'I was the tech lead on the scanner rollout.', 'Tech lead for the move to managed scanners.'))).toEqual([]);
  });
});

describe('outcomes said in other words', () => {
  const s = 'A hospital group threatened to leave over invoice errors.';
  it('reads walking away at renewal and an extended contract as the renewal outcome', () => {
    expect(kinds(tellings(s, 'result', 'They extended the contract for two years.', 'At renewal they walked away.'))).toEqual(['outcome']);
    expect(kinds(tellings(s, 'result', 'They renewed for two years.', 'They extended the contract by two years.'))).toEqual([]);
  });

  it('reads the planned date kept or missed, and skips what would have happened', () => {
    expect(kinds(tellings(s, 'result', 'The fix went live on the agreed date.', 'The fix shipped three weeks after the agreed date.'))).toEqual(['outcome']);
    expect(kinds(tellings(s, 'result', 'The fix went live as planned.', 'The fix went live with no delay.'))).toEqual([]);
    expect(kinds(tellings(s, 'result', 'Finance approved the fix.', 'Without it, finance would have rejected the fix.'))).toEqual([]);
  });
});

describe('the length of the work when each telling states one', () => {
  const s = 'Our field teams logged inspections on paper forms.';
  it('compares the one length each telling gives, and not a length used to describe counted things', () => {
    expect(kinds(tellings(s, 'result', 'It took about seven months in total.', 'All forms went digital in 9 weeks.'))).toEqual(['timeline']);
    expect(kinds(tellings(s, 'result', 'It took four two-week sprints.', 'It took eight weeks.'))).toEqual([]);
  });
});
