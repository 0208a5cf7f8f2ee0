import { describe, expect, it } from 'vitest';
import { applyPatchOps, describeDataPoint, emptyDraft, opFieldKey, PatchOp, toldInRounds, type ScorecardDraft } from '@mockloop/shared';

const storyId = '00000000-0000-4000-8000-000000000007';
const draft: ScorecardDraft = {
  ...emptyDraft(),
  stories: [{ id: storyId, questionId: null, questionText: '', lps: [], situation: '', task: '', action: '', result: '', notes: '', flags: [], dataPoints: {} }],
};

describe('the setStoryDataPoint op', () => {
  it('sets one slot at a time and clears it with null', () => {
    const confirmed = applyPatchOps(draft, [
      { op: 'setStoryDataPoint', storyId, slot: 'team', entry: { status: 'confirmed', value: { kind: 'team', size: 5, whose: 'shared' }, phrase: 'five of us' } },
      { op: 'setStoryDataPoint', storyId, slot: 'outcome', entry: { status: 'dismissed', phrase: 'went live' } },
    ]);
    expect(Object.keys(confirmed.stories[0]!.dataPoints)).toEqual(['team', 'outcome']);
    const cleared = applyPatchOps(confirmed, [{ op: 'setStoryDataPoint', storyId, slot: 'outcome', entry: null }]);
    expect(Object.keys(cleared.stories[0]!.dataPoints)).toEqual(['team']);
  });

  it('is one field per slot for the autosave conflict rule', () => {
    const op = (slot: 'team' | 'role'): PatchOp => ({ op: 'setStoryDataPoint', storyId, slot, entry: null });
    expect(opFieldKey(op('team'))).not.toBe(opFieldKey(op('role')));
  });

  it('refuses a value in a slot it does not belong to', () => {
    const wrong = { op: 'setStoryDataPoint', storyId, slot: 'duration:outage', entry: { status: 'confirmed', value: { kind: 'duration', measures: 'project', amount: 2, unit: 'days' }, phrase: null } };
    expect(PatchOp.safeParse(wrong).success).toBe(false);
    expect(PatchOp.safeParse({ ...wrong, slot: 'duration:project' }).success).toBe(true);
  });

  it('describes values in words, and rounds told in', () => {
    expect(describeDataPoint({ kind: 'metric', name: 'Churn', before: 9, after: 4.5, unit: '%' })).toBe('Churn: 9% → 4.5%');
    expect(describeDataPoint({ kind: 'role', part: 'one-of', of: 6 })).toBe('One of 6');
    expect(toldInRounds([4, 1])).toBe('told in rounds 1 and 4');
    expect(toldInRounds([3, 1, 5])).toBe('told in rounds 1, 3 and 5');
    expect(toldInRounds([0, 3]), 'round 0 is the writing exercise').toBe('written in the narrative, told in round 3');
  });
});
