import { endClock, scheduledClock, startClock, type ClockState } from '@mockloop/shared';
import { describe, expect, it } from 'vitest';
import { scorecardDeadline } from '../../../client/src/features/interview/overdue';
import { saveLabel } from '../../../client/src/features/interview/labels';

const phases = [{ key: 'intro', label: 'Intro', minutes: 5 }];
function ended(at: number): ClockState {
  const started = startClock(scheduledClock(phases), at - 60_000);
  if (!started.ok) throw new Error(started.error.message);
  const result = endClock(started.data.state, at);
  if (!result.ok) throw new Error(result.error.message);
  return result.data.state;
}

describe('scorecardDeadline', () => {
  it('is due within the allowance after the round ends, then overdue, and never once submitted', () => {
    const clock = ended(1_000_000);
    expect(scorecardDeadline(undefined, 60, false, 0)).toEqual({ kind: 'none' });
    expect(scorecardDeadline(scheduledClock(phases), 60, false, 5_000_000)).toEqual({ kind: 'none' });
    expect(scorecardDeadline(clock, 60, false, 1_000_000 + 60 * 60_000)).toEqual({ kind: 'due', dueAt: 1_000_000 + 3_600_000 });
    expect(scorecardDeadline(clock, 60, false, 1_000_001 + 60 * 60_000)).toMatchObject({ kind: 'overdue' });
    expect(scorecardDeadline(clock, 60, true, 9_999_999_999)).toEqual({ kind: 'none' });
  });
});

describe('saveLabel', () => {
  it('says Saving…, Saved, or Offline with what waits', () => {
    expect(saveLabel('saving', 2)).toBe('Saving…');
    expect(saveLabel('saved', 0)).toBe('Saved');
    expect(saveLabel('offline', 1)).toBe('Offline — 1 change waiting');
    expect(saveLabel('offline', 3)).toBe('Offline — 3 changes waiting');
    expect(saveLabel('offline', 0)).toBe('Offline — no changes waiting');
  });
});
