import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyBankStory, type BankStory, type DebriefBoard, type FeedbackLp } from '@mockloop/shared';
import { bankFeedback } from '../../../server/src/domain/debrief/bank-feedback.js';

/** The candidate's feedback read against their bank: told where, never told, weak LPs, a plan in the bank's terms. */
const told: BankStory = { ...emptyBankStory(randomUUID(), 'Scanner sync'), action: 'I led it.', result: 'Orders were dropped less.', lps: ['ownership'] };
const spare: BankStory = { ...emptyBankStory(randomUUID(), 'Vendor contract'), result: 'Saved $120K.', lps: ['frugality'] };
const lp = (lpId: FeedbackLp['lpId'], name: string, outcome: FeedbackLp['outcome']): FeedbackLp => ({ lpId, name, outcome, score: null, summary: '', evidence: [] });

describe('bank feedback', () => {
  it('says which story carried which rounds, what changed, what was never told, and what to practise', () => {
    const board = {
      bankStories: [{ bankStoryId: told.id, title: told.title, rounds: [1, 3], stories: [randomUUID(), randomUUID()] }],
      drifts: [{ story: randomUUID(), bankStoryId: told.id, title: told.title, kind: 'team', detail: '', phrases: ['a', 'b'], basis: 'notes', reason: '' }],
    } as unknown as DebriefBoard;
    const lps = [lp('ownership', 'Ownership', 'meets'), lp('frugality', 'Frugality', 'below'), lp('think-big', 'Think Big', 'not-assessed')];
    expect(bankFeedback([told, spare], board, lps)).toEqual({
      told: [{ title: 'Scanner sync', rounds: [1, 3], changed: ['Different team size'] }],
      neverTold: ['Vendor contract'],
      lpsWithoutGoodStory: [{ lpId: 'frugality', name: 'Frugality' }, { lpId: 'think-big', name: 'Think Big' }],
      plan: [
        'Tell “Scanner sync” as you prepared it (or correct the bank): the team size changed in the telling.',
        'Strengthen “Scanner sync”: no number in the result: say what changed, by how much.',
        'For Frugality, rehearse “Vendor contract”, which you prepared but did not tell.',
        'Prepare a story for Think Big.',
      ],
    });
  });
});
