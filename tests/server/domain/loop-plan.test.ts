import { CreateLoopRequest } from '@mockloop/shared';
import { describe, expect, it } from 'vitest';
import { planLoop } from '../../../server/src/domain/loop-plan.js';
import { loopRequest } from '../../fixtures/loops.js';

/** The fixture's rounds with nobody chosen as the Bar Raiser, as a candidate who organizes sends them. */
function candidateOrganizes(kinds?: ('behavioral' | 'technical' | 'product-sense')[]) {
  const base = loopRequest({ organizerIsCandidate: true });
  const rounds = base.rounds.map(({ isBarRaiser: _none, ...round }, index) => ({ ...round, kind: kinds?.[index] ?? round.kind }));
  return CreateLoopRequest.parse({ ...base, rounds });
}

const barRaiserPositions = (plan: ReturnType<typeof planLoop>) => plan.participants.filter((p) => p.isBarRaiser).map((p) => p.roundPosition);

describe('planLoop when the organizer is the candidate', () => {
  it('picks exactly one Bar Raiser, by lot among the behavioral rounds', () => {
    const request = candidateOrganizes();
    const behavioral = request.rounds.flatMap((round, index) => (round.kind === 'behavioral' ? [index + 1] : []));
    const seen = new Set<number | null>();
    for (let draw = 0; draw < behavioral.length; draw += 1) {
      const plan = planLoop(request, () => draw);
      const positions = barRaiserPositions(plan);
      expect(positions).toHaveLength(1);
      expect(behavioral).toContain(positions[0]);
      seen.add(positions[0]!);
      expect(plan.organizerIsCandidate).toBe(true);
    }
    // Every behavioral round can be the one.
    expect(seen.size).toBe(behavioral.length);
  });

  it('draws among all rounds when none is behavioral, and still assigns every round its LPs', () => {
    const plan = planLoop(candidateOrganizes(['technical', 'product-sense', 'technical', 'product-sense', 'technical']), (count) => count - 1);
    expect(barRaiserPositions(plan)).toEqual([5]);
    for (const round of plan.rounds) expect(round.assignedLps.length).toBeGreaterThanOrEqual(1);
  });

  it('uses a real draw by default', () => {
    const positions = new Set(Array.from({ length: 40 }, () => barRaiserPositions(planLoop(candidateOrganizes()))[0]));
    expect(positions.size).toBeGreaterThan(1);
  });

  it('keeps the organizer’s own choice when the organizer is not the candidate', () => {
    const plan = planLoop(CreateLoopRequest.parse(loopRequest()), () => 0);
    expect(plan.organizerIsCandidate).toBe(false);
    expect(barRaiserPositions(plan)).toEqual([5]);
  });
});
