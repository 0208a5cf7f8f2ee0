import { describe, expect, it } from 'vitest';
import { LpAssignmentInput, PerInterviewer } from '@mockloop/shared/lp/assignment-schema';
import { PM_LOOP } from './fixtures.js';

const valid = { rounds: PM_LOOP, focusLps: ['ownership', 'dive-deep'], pins: [{ roundKey: 'technical', lpId: 'dive-deep' }] };

describe('LpAssignmentInput', () => {
  it('accepts a wizard payload, with or without limits and seed', () => {
    expect(LpAssignmentInput.safeParse(valid).success).toBe(true);
    expect(LpAssignmentInput.safeParse({ ...valid, perInterviewer: { min: 1, max: 4 }, seed: 42 }).success).toBe(true);
  });

  it.each([
    ['no rounds', { ...valid, rounds: [] }],
    ['nine rounds', { ...valid, rounds: Array.from({ length: 9 }, (_, i) => ({ ...PM_LOOP[0], key: `r${i}` })) }],
    ['a repeated round key', { ...valid, rounds: [PM_LOOP[0], PM_LOOP[0]] }],
    ['an unknown LP', { ...valid, focusLps: ['grit'] }],
    ['a focus LP listed twice', { ...valid, focusLps: ['ownership', 'ownership'] }],
    ['a pin to no round', { ...valid, pins: [{ roundKey: 'nope', lpId: 'ownership' }] }],
    ['a fractional seed', { ...valid, seed: 1.5 }],
  ])('refuses %s', (_, payload) => {
    expect(LpAssignmentInput.safeParse(payload).success).toBe(false);
  });
});

describe('PerInterviewer', () => {
  it('allows 1 to 4 with min <= max', () => {
    expect(PerInterviewer.safeParse({ min: 1, max: 4 }).success).toBe(true);
    expect(PerInterviewer.safeParse({ min: 3, max: 3 }).success).toBe(true);
  });

  it('refuses limits outside 1..4 or min above max, saying why', () => {
    expect(PerInterviewer.safeParse({ min: 0, max: 3 }).success).toBe(false);
    expect(PerInterviewer.safeParse({ min: 2, max: 5 }).success).toBe(false);
    const flipped = PerInterviewer.safeParse({ min: 3, max: 2 });
    expect(flipped.error?.issues[0]?.message).toBe('The minimum LPs per interviewer cannot be above the maximum.');
  });
});
