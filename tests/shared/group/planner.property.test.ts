import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSeries, planSeries } from '@mockloop/shared/group/index';
import { SeriesInput, SeriesPlan, type PlannedLoop } from '@mockloop/shared/group/series-schema';
import { RUNS, seriesInput } from './arbitraries.js';

type Input = ReturnType<typeof SeriesInput.parse>;

/** What a test needs to judge one plan against its input. */
function examine(raw: Parameters<typeof planSeries>[0]) {
  const input: Input = SeriesInput.parse(raw);
  const plan = planSeries(raw);
  const ids = input.members.map((m) => m.id);
  const willing = input.members.filter((m) => m.wantsToBeCandidate).map((m) => m.id);
  const planned = !plan.violations.some((v) => v.rule === 'too-few-members');
  const met = (interviewer: string, candidate: string) =>
    input.history.reduce((n, loop) => n + (loop.candidateId === candidate ? loop.interviewerIds.filter((x) => x === interviewer).length : 0), 0);
  const singleSeats = ids.length - 1 >= input.roundsPerLoop;
  return { input, plan, ids, willing, planned, met, singleSeats };
}

function property(name: string, predicate: (input: Parameters<typeof planSeries>[0]) => void, options: Parameters<typeof seriesInput>[0] = {}): void {
  it(name, () => {
    fc.assert(fc.property(seriesInput(options), predicate), RUNS);
  });
}

const seatsOf = (loop: PlannedLoop, id: string) => loop.interviewerIds.filter((x) => x === id).length;

describe('planSeries properties (fast-check, 300 runs each, fixed seed)', () => {
  property('returns a schema-valid plan; it plans whenever a loop can be staffed', (raw) => {
    const { plan, ids, willing, planned, input } = examine(raw);
    expect(SeriesPlan.parse(plan)).toEqual(plan);
    const staffable = willing.length > 0 && (ids.length - 1) * (ids.length - 1 >= input.roundsPerLoop ? 1 : 2) >= input.roundsPerLoop;
    expect(planned && plan.loops.length > 0).toBe(staffable);
  });

  property('(1) every member who wants to be a candidate is one exactly once, in member order; nobody else is', (raw) => {
    const { plan, willing, planned } = examine(raw);
    if (planned && willing.length > 0) expect(plan.loops.map((l) => l.candidateId)).toEqual(willing);
  });

  property('(2) nobody interviews in their own loop, every round has an interviewer, the Bar Raiser sits last', (raw) => {
    const { plan, input, ids } = examine(raw);
    for (const loop of plan.loops) {
      expect(loop.interviewerIds).toHaveLength(input.roundsPerLoop);
      expect(loop.interviewerIds).not.toContain(loop.candidateId);
      for (const id of loop.interviewerIds) expect(ids).toContain(id);
      expect(loop.interviewerIds.at(-1)).toBe(loop.barRaiserId);
    }
  });

  // In a group smaller than a loop plus its candidate, the double rounds are forced loop by
  // loop and an even share can be impossible (4 members, 6 rounds); the plan then says so.
  property('(3) interviewer loads differ by at most one round whenever every member can reach the lower share', (raw) => {
    const { plan, input, ids, willing, singleSeats } = examine(raw);
    if (plan.loops.length === 0) return;
    const perLoop = 1;
    const share = Math.floor((willing.length * input.roundsPerLoop) / ids.length);
    // A candidate cannot interview in their own loop; with one loop only, they cannot interview at all.
    const reachable = ids.every((id) => (willing.length - (willing.includes(id) ? 1 : 0)) * perLoop >= share);
    const loads = Object.values(plan.loads);
    const spread = Math.max(...loads) - Math.min(...loads);
    if (reachable && singleSeats) expect(spread).toBeLessThanOrEqual(1);
    // Otherwise the plan says so, and still keeps everyone who can interview within one round.
    if (spread > 1) expect(plan.violations.map((v) => v.rule)).toContain('balance');
  });

  property('(4) nobody meets the same candidate twice in a loop unless the group is too small for one round each', (raw) => {
    const { plan, singleSeats, ids } = examine(raw);
    for (const loop of plan.loops) {
      for (const id of new Set(loop.interviewerIds)) expect(seatsOf(loop, id)).toBeLessThanOrEqual(singleSeats ? 1 : 2);
      // A small group uses everyone it has before doubling anyone.
      if (!singleSeats) expect(new Set(loop.interviewerIds).size).toBe(ids.length - 1);
    }
  });

  property(
    '(5) no exchange of two interviewers between two loops would cut meetings repeated from the history',
    (raw) => {
      const { plan, met, singleSeats } = examine(raw);
      if (!singleSeats) return;
      plan.loops.forEach((a, i) =>
        plan.loops.forEach((b, j) => {
          if (i >= j) return;
          for (const x of a.interviewerIds) {
            for (const y of b.interviewerIds) {
              const movable = x !== b.candidateId && y !== a.candidateId && !b.interviewerIds.includes(x) && !a.interviewerIds.includes(y);
              if (movable) expect(met(x, a.candidateId) + met(y, b.candidateId)).toBeLessThanOrEqual(met(x, b.candidateId) + met(y, a.candidateId));
            }
          }
        }),
      );
    },
    { minMembers: 7, maxHistory: 12 },
  );

  property('(5b) no one-round handover to a member with one round fewer would cut repeat meetings', (raw) => {
    const { plan, met, singleSeats, ids } = examine(raw);
    if (!singleSeats) return;
    for (const loop of plan.loops) {
      for (const x of loop.interviewerIds) {
        for (const y of ids) {
          const free = y !== loop.candidateId && !loop.interviewerIds.includes(y);
          if (free && plan.loads[x] === plan.loads[y]! + 1) expect(met(x, loop.candidateId)).toBeLessThanOrEqual(met(y, loop.candidateId));
        }
      }
    }
  }, { minMembers: 7, maxHistory: 12 });

  property('(6) each Bar Raiser has interviewed before whenever someone in the loop has, and has been Bar Raiser least', (raw) => {
    const { plan, input } = examine(raw);
    const rules = checkSeries(input, plan.loops).map((v) => v.rule);
    expect(rules).not.toContain('bar-raiser-experience');
    expect(rules).not.toContain('bar-raiser-rotation');
  });

  property('(7) the plan passes the same check a hand adjustment gets, without errors', (raw) => {
    const { plan, input } = examine(raw);
    if (plan.loops.length > 0) {
      expect(checkSeries(input, plan.loops).filter((v) => v.severity === 'error')).toEqual([]);
      expect(checkSeries(input, plan.loops)).toEqual(plan.violations);
    }
  });

  property('(8) the same input gives the same plan; the seed only changes who sits where', (raw) => {
    const first = planSeries(raw);
    expect(planSeries(structuredClone(raw))).toEqual(first);
    const other = planSeries({ ...raw, seed: (raw.seed ?? 0) + 1 });
    expect(other.loops.map((l) => l.candidateId)).toEqual(first.loops.map((l) => l.candidateId));
    expect(Math.max(...Object.values(other.loads))).toBe(Math.max(...Object.values(first.loads)));
  });

  property('(9) the notes explain the shares and name each loop\'s Bar Raiser', (raw) => {
    const { plan, input } = examine(raw);
    const name = (id: string) => input.members.find((m) => m.id === id)!.name;
    plan.loops.forEach((loop, k) => {
      const notes = plan.notes.filter((n) => n.loop === k).map((n) => n.text);
      expect(notes.some((text) => text.startsWith(`${name(loop.barRaiserId)} is Bar Raiser for ${name(loop.candidateId)}`))).toBe(true);
    });
    if (plan.loops.length > 0) expect(plan.notes.some((n) => n.loop === null && /interview/.test(n.text))).toBe(true);
  });
});
