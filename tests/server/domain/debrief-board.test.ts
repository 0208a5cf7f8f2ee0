import { describe, expect, it } from 'vitest';
import { emptyDraft, type LpId, type LpRating, type Scorecard, type StoryCard } from '@mockloop/shared';
import { buildDebriefBoard, type DebriefInputs } from '../../../server/src/domain/debrief/board.js';
import { countWeAndI, hasMeasurableResult } from '../../../server/src/domain/debrief/story-reading.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ROUNDS = [
  { id: id(1), position: 1, title: 'One', assignedLps: ['ownership', 'dive-deep'] as LpId[] },
  { id: id(2), position: 2, title: 'Two', assignedLps: ['ownership', 'frugality'] as LpId[] },
  { id: id(3), position: 3, title: 'Three', assignedLps: ['earn-trust'] as LpId[] },
];
const PEOPLE = [
  { participantId: id(11), name: 'Ana', roundId: id(1), isBarRaiser: false },
  { participantId: id(12), name: 'Ben', roundId: id(2), isBarRaiser: false },
  { participantId: id(13), name: 'Eve', roundId: id(3), isBarRaiser: true },
];

function card(n: number, ratings: Partial<Record<LpId, LpRating>>, stories: Partial<StoryCard>[] = [], status: 'submitted' | 'draft' = 'submitted'): Scorecard {
  const draft = emptyDraft();
  for (const [lp, rating] of Object.entries(ratings)) draft.ratings[lp as LpId] = { rating, evidence: `${lp} evidence`, notAssessedReason: '' };
  draft.stories = stories.map((s, i) => ({ id: id(100 + n * 10 + i), questionId: null, questionText: '', lps: [], situation: '', task: '', action: '', result: '', notes: '', flags: [], dataPoints: {}, ...s }));
  return { id: id(20 + n), roundId: id(n), interviewerId: id(10 + n), status, version: 1, submittedAt: null, assignedLps: ROUNDS[n - 1]!.assignedLps, draft };
}

function inputs(scorecards: Scorecard[], extra: Partial<DebriefInputs> = {}): DebriefInputs {
  return {
    loopId: id(99),
    candidateName: 'Sam',
    debrief: { phase: 'read', openedAt: new Date('2026-12-01T10:00:00Z'), openedEarlyReason: null, spotlight: null, decision: null, rationale: null },
    rounds: ROUNDS,
    interviewers: PEOPLE,
    scorecards,
    votes: [],
    reads: [],
    dismissals: [],
    bankStories: [],
    ...extra,
  };
}

describe('the LP x interviewer matrix', () => {
  it('has a row per assigned LP in catalogue order and a column per interviewer', () => {
    const board = buildDebriefBoard(inputs([card(1, { ownership: 'meets' }), card(2, {}), card(3, {})]));
    expect(board.matrix.map((r) => r.lpId)).toEqual(['ownership', 'frugality', 'earn-trust', 'dive-deep']);
    expect(board.matrix[0]!.cells.map((c) => [c.assigned, c.rating])).toEqual([[true, 'meets'], [true, null], [false, null]]);
  });

  it('marks an LP assigned but not assessed as a gap', () => {
    const board = buildDebriefBoard(inputs([card(1, { ownership: 'meets', 'dive-deep': 'not-assessed' }), card(2, { ownership: 'meets', frugality: 'meets' }), card(3, { 'earn-trust': 'meets' })]));
    const gaps = board.matrix.filter((r) => r.gap).map((r) => r.lpId);
    expect(gaps).toEqual(['dive-deep']);
  });

  it('does not count a missing (unsubmitted) scorecard as a gap, and does not show it', () => {
    const board = buildDebriefBoard(inputs([card(1, { ownership: 'meets', 'dive-deep': 'meets' }), card(2, {}, [], 'draft'), card(3, { 'earn-trust': 'meets' })]));
    expect(board.matrix.filter((r) => r.gap)).toEqual([]);
    expect(board.scorecards.map((c) => c.interviewerId)).toEqual([id(11), id(13)]);
    expect(board.interviewers.find((p) => p.name === 'Ben')!.submitted).toBe(false);
  });

  it('flags a disagreement only when ratings are two or more steps apart', () => {
    const twoSteps = buildDebriefBoard(inputs([card(1, { ownership: 'raises-the-bar' }), card(2, { ownership: 'below' }), card(3, {})]));
    expect(twoSteps.matrix.find((r) => r.lpId === 'ownership')!.disagreement).toBe(true);
    const oneStep = buildDebriefBoard(inputs([card(1, { ownership: 'raises-the-bar' }), card(2, { ownership: 'meets' }), card(3, {})]));
    expect(oneStep.matrix.find((r) => r.lpId === 'ownership')!.disagreement).toBe(false);
    const notAssessed = buildDebriefBoard(inputs([card(1, { ownership: 'raises-the-bar' }), card(2, { ownership: 'not-assessed' }), card(3, {})]));
    expect(notAssessed.matrix.find((r) => r.lpId === 'ownership')!.disagreement).toBe(false);
  });
});

describe('votes', () => {
  it('shows the first vote beside the latest re-vote', () => {
    const votes = [
      { participantId: id(11), stage: 'scorecard' as const, vote: 'inclined-not-hire' as const, castAt: new Date(1) },
      { participantId: id(11), stage: 'debrief' as const, vote: 'inclined-hire' as const, castAt: new Date(2) },
      { participantId: id(11), stage: 'debrief' as const, vote: 'strong-hire' as const, castAt: new Date(3) },
    ];
    const board = buildDebriefBoard(inputs([card(1, {}), card(2, {}), card(3, {})], { votes }));
    expect(board.interviewers[0]).toMatchObject({ initialVote: 'inclined-not-hire', revote: 'strong-hire' });
    expect(board.interviewers[1]).toMatchObject({ initialVote: null, revote: null });
  });
});

describe('STAR completeness and we/I', () => {
  it('marks a missing result and a result with nothing measured', () => {
    const board = buildDebriefBoard(
      inputs([
        card(1, {}, [
          { situation: 'x', action: 'We shipped it.', result: '' },
          { situation: 'y', action: 'I shipped it.', result: 'Customers were happier.' },
          { situation: 'z', action: 'I shipped it.', result: 'Tickets halved.' },
        ]),
        card(2, {}),
        card(3, {}),
      ]),
    );
    expect(board.stories.map((s) => [s.missingResult, s.noMeasurableResult])).toEqual([[true, false], [false, true], [false, false]]);
  });

  it('counts "we" against "I"', () => {
    expect(countWeAndI('We decided, our team agreed, and I led; my plan won. Then we shipped.')).toEqual({ we: 3, i: 2 });
    expect(hasMeasurableResult('cut costs by a third')).toBe(true);
    expect(hasMeasurableResult('the team was happier')).toBe(false);
  });
});
