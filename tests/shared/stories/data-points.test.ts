import { describe, expect, it } from 'vitest';
import { suggestDataPoints } from '@mockloop/shared/stories/data-points';
import { DataPointSuggestion } from '@mockloop/shared';

// Notes written for this test only, in the shapes the readers look for; no evaluation story.
const NOTES = {
  situation: 'Warehouse pick errors were 4.2% and rising before peak season.',
  task: 'She owned the fix as the operations lead.',
  action: 'She ran a team of 6 analysts over three months. Scanners were piloted for two weeks first.',
  result: 'Pick errors went from 4.2% to 1.1%. The rollout shipped before the holiday season.',
};

describe('data point suggestions', () => {
  const suggestions = suggestDataPoints(NOTES, 'Mara Lind');
  const bySlot = new Map(suggestions.map((s) => [s.slot, s]));

  it('reads team size, role, durations with what they measure, the key metric and the outcome', () => {
    expect(bySlot.get('team')?.value).toEqual({ kind: 'team', size: 6, whose: 'shared' });
    expect(bySlot.get('role')?.value).toEqual({ kind: 'role', part: 'led', of: null });
    expect(bySlot.get('duration:project')?.value).toEqual({ kind: 'duration', measures: 'project', amount: 3, unit: 'months' });
    expect(bySlot.get('duration:pilot')?.value).toEqual({ kind: 'duration', measures: 'pilot', amount: 2, unit: 'weeks' });
    expect(bySlot.get('metric')?.value).toEqual({ kind: 'metric', name: 'Pick errors', before: 4.2, after: 1.1, unit: '%' });
    expect(bySlot.get('outcome')?.value).toMatchObject({ kind: 'outcome', happened: true });
  });

  it('gives each suggestion the exact phrase it came from and where it sits, for highlighting', () => {
    for (const s of suggestions) {
      expect(DataPointSuggestion.safeParse(s).success, s.slot).toBe(true);
      expect(NOTES[s.field].slice(s.start, s.end), s.slot).toBe(s.phrase);
    }
    expect(new Set(suggestions.map((s) => s.slot)).size, 'one per slot').toBe(suggestions.length);
  });

  it('reads "one of N" and a supporting part, and suggests nothing from empty notes', () => {
    const member = suggestDataPoints({ situation: '', task: '', action: 'I was one of five engineers on the migration.', result: '' });
    expect(member.find((s) => s.slot === 'role')?.value).toEqual({ kind: 'role', part: 'one-of', of: 5 });
    const lost = suggestDataPoints({ situation: '', task: '', action: '', result: 'The customer did not renew.' });
    expect(lost.find((s) => s.slot === 'outcome')?.value).toEqual({ kind: 'outcome', event: 'renew', happened: false });
    expect(suggestDataPoints({ situation: '', task: '', action: '', result: '' })).toEqual([]);
  });
});
