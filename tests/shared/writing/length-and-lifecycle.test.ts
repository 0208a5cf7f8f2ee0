import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduledClock } from '../../../shared/src/clock/round-clock';
import { countWords, readLength, WORDS_PER_PAGE } from '../../../shared/src/writing/length';
import { canWrite, expireWriting, isFinal, startWriting, submitWriting, type WritingState } from '../../../shared/src/writing/lifecycle';

describe('counting words and pages', () => {
  it('counts what a reader reads, not the Markdown around it', () => {
    expect(countWords('## Tenets\n\n- **Customers** first\n- Don’t _guess_\n\n| Metric | Q1 |\n| --- | --- |\n| 1,200 | 3.5% |')).toBe(9);
    expect(countWords('')).toBe(0);
    expect(countWords('e-mail, re-run; state-of-the-art')).toBe(3);
  });

  it('states pages as words over the words per page, and what is over the limit', () => {
    const text = Array.from({ length: 1020 }, () => 'word').join(' ');
    expect(readLength(text, { unit: 'pages', value: 2 })).toEqual({ words: 1020, pages: 2, limitWords: 2 * WORDS_PER_PAGE, over: true, overBy: 20 });
    expect(readLength('one', { unit: 'pages', value: 2 }).pages).toBe(0.1);
  });

  it('adds up over paragraphs: two texts count as much together as apart', () => {
    const words = fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(fc.property(words, words, (a, b) => {
      expect(countWords(`${a}\n\n${b}`)).toBe(countWords(a) + countWords(b));
    }));
  });
});

const takeHome = (deadline: number): WritingState => ({ mode: 'take-home', status: 'writing', deadline, clock: null, submittedAt: null, lockedAt: null, version: 0 });
const timed = (minutes: number): WritingState => ({ mode: 'timed', status: 'not-started', deadline: null, clock: scheduledClock([{ key: 'writing', label: 'Writing', minutes }]), submittedAt: null, lockedAt: null, version: 0 });
type Step = { kind: 'start' | 'submit' | 'expire'; at: number };

describe('the exercise state machine', () => {
  it('a timed exercise runs on the round clock from its start, and the deadline locks it at the deadline', () => {
    const started = startWriting(timed(30), 1_000);
    expect(started.ok && started.data).toMatchObject({ status: 'writing', deadline: 1_000 + 30 * 60_000, version: 1 });
    const state = (started as { data: WritingState }).data;
    expect(canWrite(state, 1_000 + 30 * 60_000 - 1)).toBe(true);
    expect(expireWriting(state, 5_000).ok).toBe(false);
    const locked = expireWriting(state, 1_000 + 31 * 60_000);
    expect(locked.ok && locked.data).toMatchObject({ status: 'locked', lockedAt: 1_000 + 30 * 60_000 });
    expect(submitWriting(state, 1_000 + 30 * 60_000).ok).toBe(false);
  });

  it('whatever commands arrive in whatever order, it ends submitted or locked at most once, never both, never editable after', () => {
    const step = fc.record({ kind: fc.constantFrom<Step['kind']>('start', 'submit', 'expire'), at: fc.integer({ min: 0, max: 200 * 60_000 }) });
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 12 }), (isTimed, steps) => {
        let state = isTimed ? timed(60) : takeHome(100 * 60_000);
        const finals: string[] = [];
        for (const s of [...steps].sort((a, b) => a.at - b.at)) {
          const next = s.kind === 'start' ? startWriting(state, s.at) : s.kind === 'submit' ? submitWriting(state, s.at) : expireWriting(state, s.at);
          if (!next.ok) continue;
          expect(next.data.version).toBe(state.version + 1);
          state = next.data;
          if (isFinal(state.status)) finals.push(state.status);
          if (isFinal(state.status)) expect(canWrite(state, s.at)).toBe(false);
        }
        expect(finals.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
