import { describe, expect, it } from 'vitest';
import { checkStories, type StoryInput } from '@mockloop/shared/stories/index';

// Sentences written for this file (an insurer's claims portal, a bus operator's app); each
// states one general way of telling who did what, or how many people did it.
function tellings(situation: string, first: string, second: string): StoryInput[] {
  const story = (id: string, round: number, action: string): StoryInput => ({
    id, round, lps: ['ownership'], question: '', situation, task: '', action, result: '',
  });
  return [story('a', 1, first), story('b', 2, second)];
}
const kinds = (stories: StoryInput[]) => checkStories(stories, { candidate: 'Dana Reyes' }).conflicts.map((c) => c.kind);

const claims = 'Our insurer\'s claims portal rejected photos from older phones.';

describe('the candidate leading, said in other words', () => {
  it('reads "took charge of", "was responsible for" and "handled" as leading', () => {
    expect(kinds(tellings(claims, 'I took charge of the photo upload fix.', 'The photo upload fix was led by our staff engineer; I did the testing.'))).toEqual(['role']);
    expect(kinds(tellings(claims, 'I was responsible for the photo upload fix.', 'I wrote the test plan for the photo upload fix, which my manager ran.'))).toEqual(['role']);
    expect(kinds(tellings(claims, 'I ran the vendor negotiation for the upload SDK.', 'My director handled the vendor negotiation for the upload SDK; I tracked the schedule.'))).toEqual(['role']);
    expect(kinds(tellings(claims, 'I led the photo upload fix.', 'I was in charge of the photo upload fix.'))).toEqual([]);
  });

  it('reads whose project it was and "my part was" as the candidate\'s share', () => {
    expect(kinds(tellings(claims, 'So I basically owned the whole upload fix.', 'So, um, my part was the test plan; the upload fix was my manager\'s project.'))).toEqual(['role']);
    expect(kinds(tellings(claims, 'I owned the upload fix.', 'The upload fix was my project from start to end.'))).toEqual([]);
  });

  it('reads a continued clause and a doer after "and" as the doer of that work', () => {
    expect(kinds(tellings(claims, 'She interviewed claims handlers, designed the new upload flow and tested it.', 'I interviewed the claims handlers and she designed the new upload flow from my notes.'))).toEqual(['role']);
  });
});

describe('someone else doing it', () => {
  it('reads "he" and "she" as someone else where the candidate speaks as "I"', () => {
    expect(kinds(tellings(claims, 'Dana designed the new upload flow.', 'I ran the user sessions and she designed the new upload flow.'))).toEqual(['role']);
    expect(kinds(tellings(claims, 'Dana designed the new upload flow.', 'She designed the new upload flow after the user sessions.'))).toEqual([]);
  });

  it('reads a name introduced with a role as someone else, a bare name not', () => {
    expect(kinds(tellings(claims, 'I wrote the upload service myself.', 'My colleague Priya wrote the upload service; I reviewed it.'))).toEqual(['role']);
    expect(kinds(tellings(claims, 'I wrote the upload service myself.', 'Priya wrote the upload service; I reviewed it.'))).toEqual([]);
  });

  it('reads a titled doer inside a longer clause ("the plan our director had designed")', () => {
    expect(kinds(tellings(claims, 'I designed the photo store and its cache.', 'Built the photo store from the cache plan our director had designed.'))).toEqual(['role']);
  });

  it('does not read a thing that "ran" as someone running it', () => {
    expect(kinds(tellings(claims, 'The project ran for six weeks and I led it.', 'I led the upload project.'))).toEqual([]);
    expect(kinds(tellings(claims, 'The new flow ran smoothly on old phones.', 'I led the upload fix.'))).toEqual([]);
  });
});

const buses = 'Our regional bus operator replaced paper timetables with a live arrivals app.';

describe('team sizes said in other words', () => {
  it('reads "we were N people", people reporting to the candidate and direct reports', () => {
    expect(kinds(tellings(buses, 'We were 4 people.', 'We were 9 people.'))).toEqual(['team']);
    expect(kinds(tellings(buses, 'Eight people reported to me.', 'I managed a team of three.'))).toEqual(['team']);
    expect(kinds(tellings(buses, 'I had eight direct reports.', 'I had three direct reports.'))).toEqual(['team']);
  });

  it('reads "one other engineer" and colleagues as the candidate plus them', () => {
    expect(kinds(tellings(buses, 'It was just me and one other engineer.', 'We were a team of six engineers.'))).toEqual(['team']);
    expect(kinds(tellings(buses, 'I worked with two colleagues on it.', 'There were three of us on it.'))).toEqual([]);
  });

  it('reads "N of them" as the people just named, and a group that grew to N members', () => {
    expect(kinds(tellings(buses, 'I ran a crew of 5 drivers.', 'I hired the drivers myself, some 14 of them, and ran them as my crew.'))).toEqual(['team']);
    expect(kinds(tellings(buses, 'The drivers\' club grew to 12 drivers.', 'By spring the club had grown to 35 members.'))).toEqual(['team']);
    expect(kinds(tellings(buses, 'I was in a squad of 3.', 'I was part of an effort of some 25 people.'))).toEqual(['team']);
  });
});

const permits = 'A city council moved its permit applications online.';

describe('a smaller part said without "one of"', () => {
  it('reads a member role, being brought in or asked to do a piece, joining later, and doing a part', () => {
    expect(kinds(tellings(permits, 'I led the online permits project.', 'I was a developer on the online permits project.'))).toEqual(['role']);
    expect(kinds(tellings(permits, 'I led the online permits project.', 'I joined the online permits project as a developer.'))).toEqual(['role']);
    expect(kinds(tellings(permits, 'I led the online permits project.', 'I was brought in to help with the online permits project.'))).toEqual(['role']);
    expect(kinds(tellings(permits, 'I led the online permits project.', 'I was asked by my manager to build the forms for the online permits project.'))).toEqual(['role']);
    expect(kinds(tellings(permits, 'I led the online permits project.', 'I did the payment piece of the online permits project.'))).toEqual(['role']);
    expect(kinds(tellings(permits, 'I started the online permits programme and built the team.', 'I joined the online permits programme after it had started, as an analyst.'))).toEqual(['role']);
  });

  it('does not read being asked to lead, a title or a start as a smaller part', () => {
    expect(kinds(tellings(permits, 'I led the online permits project.', 'I was asked to lead the online permits project.'))).toEqual([]);
    expect(kinds(tellings(permits, 'I led the online permits project.', 'I joined the council as an analyst and later led the online permits project.'))).toEqual([]);
    expect(kinds(tellings(permits, 'My manager asked me to lead the permits project.', 'I led the permits project.'))).toEqual([]);
    expect(kinds(tellings(permits, 'I was the project lead.', 'I ran the project.'))).toEqual([]);
  });
});

describe('starting and carrying a piece of work', () => {
  it('reads setting up, kicking off, initiating or championing it as leading', () => {
    expect(kinds(tellings(permits, 'Dana set up the online permits programme.', 'Dana was one of the analysts on the online permits programme.'))).toEqual(['role']);
    expect(kinds(tellings(permits, 'I kicked off the online permits programme.', 'The online permits programme was my director\'s initiative; I ran the user research.'))).toEqual(['role']);
    expect(kinds(tellings(permits, 'I initiated the online permits project.', 'The online permits project was led by the head of digital; I built the forms.'))).toEqual(['role']);
    expect(kinds(tellings(permits, 'I championed the online permits project and delivered it.', 'I was one of five engineers on the online permits project.'))).toEqual(['role']);
  });

  it('reads a second verb of the same doer after "and"', () => {
    expect(kinds(tellings(permits, 'I put together the team for the online permits project and ran it.', 'I was part of the online permits team.'))).toEqual(['role']);
  });
});

const archive = 'A museum digitised its archive of photographs.';

describe('more ways of giving a team size', () => {
  it('reads "N on my team", "4 + me", a team listed after a colon, heads and half a dozen', () => {
    expect(kinds(tellings(archive, 'I had 8 on my team.', 'I had 3 on my team.'))).toEqual(['team']);
    expect(kinds(tellings(archive, 'We had 8 on the team.', 'The team was about 20.'))).toEqual(['team']);
    expect(kinds(tellings(archive, '4 + me on the scanning.', '12 of us on the scanning.'))).toEqual(['team']);
    expect(kinds(tellings(archive, 'My team: 6 archivists.', 'My team: 16 archivists.'))).toEqual(['team']);
    expect(kinds(tellings(archive, 'I managed 5 heads.', 'I managed 15 heads.'))).toEqual(['team']);
    expect(kinds(tellings(archive, 'I led six volunteers.', 'I led half a dozen volunteers.'))).toEqual([]);
    expect(kinds(tellings(archive, '4 + me on the scanning.', 'Five of us on the scanning.'))).toEqual([]);
  });
});
