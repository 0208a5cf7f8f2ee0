import { describe, expect, it } from 'vitest';
import { checkStories, type StoryInput } from '@mockloop/shared/stories/index';

// A loop of two stories: one experience told in two rounds. Within-loop IDF has nothing else
// to weigh words against, and each detector must still find its kind of contradiction.
const first: StoryInput = {
  id: 'a', round: 2, lps: ['deliver-results'], question: '',
  situation: 'Our hotel booking app lost guests at the payment step on Android.',
  task: 'I owned the payment flow for the Android app.',
  action: 'I rebuilt the card form with saved wallets and a retry on declined cards.',
  result: 'Payment drop-off fell from 30% to 24%.',
};
const second: StoryInput = {
  id: 'b', round: 5, lps: ['ownership'], question: '',
  situation: 'Android guests kept dropping at the hotel booking payment step.',
  task: 'Payment flow on Android was mine.',
  action: 'Rebuilt the card form: saved wallets, retry on declines.',
  result: 'Payment drop-off fell from 30% to 24%.',
};

function conflictsOf(a: Partial<StoryInput>, b: Partial<StoryInput>) {
  const report = checkStories([{ ...first, ...a }, { ...second, ...b }]);
  expect(report.groups).toEqual([['a', 'b']]);
  return report.conflicts.map((c) => ({ kind: c.kind, phrases: c.phrases }));
}

describe('two retellings in a loop of two stories', () => {
  it('agree when the facts agree', () => {
    expect(conflictsOf({}, { result: 'Drop-off at payment 30% -> 24%.' })).toEqual([]);
  });

  it('finds a metric conflict', () => {
    expect(conflictsOf({ result: 'Payment drop-off fell from 30% to 24%.' }, { result: 'Payment drop-off halved.' })).toEqual([
      { kind: 'metric', phrases: ['Payment drop-off fell from 30% to 24%', 'Payment drop-off halved'] },
    ]);
  });

  it('finds a timeline conflict', () => {
    const found = conflictsOf({ result: 'The rebuild took three months.' }, { result: 'Shipped the rebuild in under two weeks.' });
    expect(found.map((c) => c.kind)).toEqual(['timeline']);
  });

  it('finds a team conflict', () => {
    const found = conflictsOf({ action: 'With a squad of four I rebuilt the card form with saved wallets.' }, { action: 'Rebuilt the card form with a 12-engineer team: saved wallets, retry on declines.' });
    expect(found).toEqual([{ kind: 'team', phrases: ['squad of four', 'a 12-engineer team'] }]);
  });

  it('finds a role conflict', () => {
    const found = conflictsOf(
      { action: 'I was the DRI for the card form rebuild and added saved wallets.' },
      { action: 'The card form rebuild was led by our staff engineer; I added saved wallets.' },
    );
    expect(found.map((c) => c.kind)).toEqual(['role']);
  });

  it('finds an outcome conflict', () => {
    const found = conflictsOf({ result: 'The new card form launched to every guest in March.' }, { result: 'The new card form was cancelled before launch.' });
    expect(found.map((c) => c.kind)).toEqual(['outcome']);
  });
});
