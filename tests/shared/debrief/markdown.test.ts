import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { feedbackToMarkdown, type CandidateFeedback } from '@mockloop/shared';

/** The feedback the candidate keeps as a file says what their page says, the story bank part included. */
const feedback: CandidateFeedback = {
  loopId: randomUUID(),
  candidateName: 'Sam Rivera',
  publishedAt: '2026-03-02T15:00:00.000Z',
  decision: 'no-hire',
  showInterviewerNames: false,
  lps: [{ lpId: 'frugality', name: 'Frugality', outcome: 'below', score: null, summary: 'Thin on cost.', evidence: [] }],
  strengths: ['Owns outcomes'],
  growthAreas: [],
  consistency: [],
  practice: [{ lpId: 'frugality', name: 'Frugality', questions: [{ text: 'Tell me about a time you did more with less.', probes: [] }] }],
  bank: {
    told: [
      { title: 'Scanner sync rollout', rounds: [1, 3], changed: ['Different team size', 'Different numbers'] },
      { title: 'Pager fatigue', rounds: [2], changed: [] },
    ],
    neverTold: ['Vendor contract'],
    lpsWithoutGoodStory: [{ lpId: 'frugality', name: 'Frugality' }],
    plan: ['Tell “Scanner sync rollout” as you prepared it (or correct the bank): the team size and the figures changed in the telling.', 'For Frugality, rehearse “Vendor contract”, which you prepared but did not tell.'],
  },
};

describe('feedback as Markdown', () => {
  it('carries the story bank part: told where and what changed, never told, LPs without a good story, the plan', () => {
    const text = feedbackToMarkdown(feedback);
    const part = text.slice(text.indexOf('## Your story bank in this loop'), text.indexOf('## What to practise next'));
    expect(part).toBe(
      [
        '## Your story bank in this loop',
        '',
        '### Told',
        '',
        '- “Scanner sync rollout”: told in rounds 1 and 3; changed since you prepared it: different team size, different numbers',
        '- “Pager fatigue”: told in round 2; as prepared',
        '',
        '### Never told',
        '',
        '- “Vendor contract”',
        '',
        '### Leadership Principles without a good story',
        '',
        '- Frugality',
        '',
        '### Your practice plan',
        '',
        '1. Tell “Scanner sync rollout” as you prepared it (or correct the bank): the team size and the figures changed in the telling.',
        '2. For Frugality, rehearse “Vendor contract”, which you prepared but did not tell.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('has no bank part when the feedback carries none (every reader but the candidate, or titles never shared)', () => {
    expect(feedbackToMarkdown({ ...feedback, bank: null })).not.toContain('story bank');
    expect(feedbackToMarkdown({ ...feedback, bank: undefined })).not.toContain('Vendor contract');
  });

  it('says so when no story was marked as told from the bank', () => {
    const text = feedbackToMarkdown({ ...feedback, bank: { told: [], neverTold: ['Vendor contract'], lpsWithoutGoodStory: [], plan: [] } });
    expect(text).toContain('### Told\n\nNo interviewer marked a story as told from your bank.\n\n### Never told');
  });
});
