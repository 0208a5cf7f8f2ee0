import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyBankStory, type BankStory, type BoardStory } from '@mockloop/shared';
import { suggestBankStory } from '../../../server/src/domain/bank-check.js';
import { driftFromPreparation } from '../../../server/src/domain/debrief/drift.js';

/** A told story compared with the prepared one it was linked to: drift is shown, agreement is not. */
const prepared: BankStory = {
  ...emptyBankStory(randomUUID(), 'Scanner sync'),
  situation: 'The Leeds warehouse scanners dropped orders before peak.',
  action: 'I led a team of 6 engineers to rebuild the scanner sync.',
  result: 'Dropped orders fell from 3% to 0.5% in eight weeks.',
  lps: ['ownership'],
};

function told(text: Partial<BoardStory>): BoardStory {
  return {
    id: randomUUID(),
    participantId: randomUUID(),
    roundPosition: 3,
    questionText: 'Tell me about a time you owned a hard problem.',
    lps: ['ownership'],
    situation: prepared.situation,
    task: '',
    action: prepared.action,
    result: prepared.result,
    flags: [],
    missingResult: false,
    noMeasurableResult: false,
    weCount: 0,
    iCount: 2,
    dataPoints: {},
    bankStoryId: prepared.id,
    bankTitle: prepared.title,
    ...text,
  };
}

describe('drift from preparation', () => {
  it('is empty when the telling keeps the prepared facts', () => {
    expect(driftFromPreparation(told({}), prepared, 'Sam')).toEqual([]);
  });

  it('reads a changed team size from the notes, with both phrases, labelled as changed since preparation', () => {
    const story = told({ action: 'I led a team of 15 engineers to rebuild the scanner sync.' });
    const [drift, ...rest] = driftFromPreparation(story, prepared, 'Sam');
    expect(rest).toEqual([]);
    expect(drift).toMatchObject({ story: story.id, bankStoryId: prepared.id, title: 'Scanner sync', kind: 'team', basis: 'notes' });
    expect(drift!.phrases[0]).toContain('6');
    expect(drift!.phrases[1]).toContain('15');
    expect(drift!.reason).toBe("Round 3's telling gives the team a different size than the prepared story.");
  });

  it('compares data points both sides state exactly, setting the notes aside for that kind', () => {
    const team = (size: number) => ({ status: 'confirmed' as const, value: { kind: 'team' as const, size, whose: 'candidate' as const }, phrase: null });
    const withPoints = { ...prepared, dataPoints: { team: team(6) } };
    // The notes say 15, but the interviewer confirmed 6: exact agreement wins.
    expect(driftFromPreparation(told({ action: 'I led a team of 15 engineers.', dataPoints: { team: team(6) } }), withPoints, 'Sam')).toEqual([]);
    const [drift] = driftFromPreparation(told({ dataPoints: { team: team(9) } }), withPoints, 'Sam');
    expect(drift).toMatchObject({ kind: 'team', basis: 'confirmed', detail: '6 people prepared vs 9 people told' });
  });

  it("compares the bank's confirmed data point with what the notes say when the interviewer confirmed none", () => {
    // The owner corrected the figure on the bank page; the text still says 0.5%, as does the telling.
    const metric = { status: 'confirmed' as const, value: { kind: 'metric' as const, name: 'Dropped orders', before: 3, after: 0.4, unit: '%' }, phrase: null };
    const withPoints = { ...prepared, dataPoints: { metric } };
    expect(driftFromPreparation(told({}), prepared, 'Sam')).toEqual([]);
    const drifts = driftFromPreparation(told({}), withPoints, 'Sam');
    expect(drifts).toEqual([expect.objectContaining({ kind: 'metric', basis: 'prepared-point', detail: 'Dropped orders: 3% → 0.4% prepared vs Dropped orders: 3% → 0.5% told' })]);
    expect(drifts[0]!.phrases).toEqual(['Dropped orders: 3% → 0.4%', 'Dropped orders fell from 3% to 0.5%']);
  });

  it('lets a confirmed data point overrule the reading of its own text', () => {
    // The prepared text says 6, but the owner confirmed 15 (the whole team): a telling of 15 kept the fact.
    const team = { status: 'confirmed' as const, value: { kind: 'team' as const, size: 15, whose: 'shared' as const }, phrase: null };
    expect(driftFromPreparation(told({ action: 'I led a team of 15 engineers to rebuild the scanner sync.' }), { ...prepared, dataPoints: { team } }, 'Sam')).toEqual([]);
  });

  it("compares the interviewer's confirmed data point with the prepared text, and leaves a slot the interviewer set aside to the notes", () => {
    const confirmed = { team: { status: 'confirmed' as const, value: { kind: 'team' as const, size: 9, whose: 'shared' as const }, phrase: 'nine engineers' } };
    expect(driftFromPreparation(told({ dataPoints: confirmed }), prepared, 'Sam')).toEqual([expect.objectContaining({ kind: 'team', basis: 'told-point', phrases: ['team of 6 engineers', 'nine engineers'] })]);
    const setAside = { team: { status: 'dismissed' as const, phrase: null } };
    const team = { status: 'confirmed' as const, value: { kind: 'team' as const, size: 6, whose: 'shared' as const }, phrase: null };
    const story = told({ action: 'I led a team of 15 engineers to rebuild the scanner sync.', dataPoints: setAside });
    expect(driftFromPreparation(story, { ...prepared, dataPoints: { team } }, 'Sam')).toEqual([expect.objectContaining({ kind: 'team', basis: 'notes' })]);
  });
});

describe('the bank story a telling suggests', () => {
  const others: BankStory[] = [
    { ...emptyBankStory(randomUUID(), 'Pager fatigue'), situation: 'On-call engineers were paged forty times a week.', action: 'I grouped alerts by service.', result: 'Pages fell from 40 a week to 6.', lps: ['earn-trust'] },
    { ...emptyBankStory(randomUUID(), 'Vendor contract'), situation: 'Our logging vendor raised prices by half.', action: 'I benchmarked two alternatives.', result: 'We saved $120K a year.', lps: ['frugality'] },
  ];
  const telling = (action: string) => ({ id: randomUUID(), lps: ['ownership' as const], question: '', situation: prepared.situation, task: '', action, result: prepared.result });

  it('is the prepared story the notes retell, even with a fact changed', () => {
    expect(suggestBankStory(telling('I led a team of 15 engineers to rebuild the scanner sync.'), [...others, prepared])).toEqual({ id: prepared.id, title: 'Scanner sync' });
  });

  it('is nothing when no prepared story is close', () => {
    const unrelated = { id: randomUUID(), lps: ['ownership' as const], question: '', situation: 'A customer asked for invoices in French.', task: '', action: 'I translated the templates.', result: 'They renewed.' };
    expect(suggestBankStory(unrelated, [...others, prepared])).toBeNull();
  });
});
