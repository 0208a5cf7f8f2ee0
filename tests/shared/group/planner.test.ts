import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSeries, planSeries, reviewSeries } from '@mockloop/shared/group/index';
import { SeriesInput, type PlannedLoop, type SeriesMember } from '@mockloop/shared/group/series-schema';
import { RUNS, seriesInput } from './arbitraries.js';

const six: SeriesMember[] = ['Ada', 'Ben', 'Cy', 'Dee', 'Eve', 'Fay'].map((name, i) => ({ id: `m${i + 1}`, name, wantsToBeCandidate: true }));
const rulesOf = (raw: Parameters<typeof planSeries>[0], loops: PlannedLoop[]) => checkSeries(SeriesInput.parse(raw), loops).map((v) => `${v.severity}:${v.rule}`);

describe('planSeries on a group of six', () => {
  const plan = planSeries({ members: six, roundsPerLoop: 5, seed: 3 });

  it('plans six loops, each member the candidate once, interviewed by the five others', () => {
    expect(plan.loops.map((l) => l.candidateId)).toEqual(six.map((m) => m.id));
    for (const loop of plan.loops) expect([...loop.interviewerIds].sort()).toEqual(six.map((m) => m.id).filter((id) => id !== loop.candidateId));
    expect(Object.values(plan.loads)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(plan.violations).toEqual([]);
  });

  it('explains that the first Bar Raiser has no predecessor, and rotates the turn after that', () => {
    expect(plan.notes.find((n) => n.loop === 0)?.text).toMatch(/nobody in this loop has interviewed before/);
    const barRaisers = plan.loops.map((l) => l.barRaiserId);
    // Six loops, six members, nobody their own Bar Raiser: everyone gets one turn.
    expect(new Set(barRaisers).size).toBe(6);
  });

  it('in the next series every meeting repeats (five others, five rounds) and the notes say so', () => {
    const next = planSeries({ members: six, roundsPerLoop: 5, history: plan.loops });
    expect(next.notes.map((n) => n.text).join('\n')).toMatch(/no balanced plan avoids it/);
    expect(next.violations.every((v) => v.severity === 'warning' && v.rule === 'repeat-pairing')).toBe(true);
  });
});

describe('planSeries with a larger group and history', () => {
  const nine: SeriesMember[] = [...six, ...['Gus', 'Hal', 'Ivy'].map((name, i) => ({ id: `m${i + 7}`, name, wantsToBeCandidate: i !== 2 }))];

  it('keeps an interviewer-only member out of the candidate list and gives them rounds', () => {
    const plan = planSeries({ members: nine, roundsPerLoop: 5 });
    expect(plan.loops.map((l) => l.candidateId)).not.toContain('m9');
    expect(plan.loads.m9).toBeGreaterThan(0);
    expect(plan.notes[0]!.text).toMatch(/Ivy only interviews/);
  });

  it('avoids pairs who met in the last series when a balanced plan can', () => {
    const first = planSeries({ members: nine, roundsPerLoop: 5, seed: 1 });
    const second = planSeries({ members: nine, roundsPerLoop: 5, seed: 1, history: first.loops });
    const met = new Set(first.loops.flatMap((l) => l.interviewerIds.map((id) => `${id}>${l.candidateId}`)));
    const repeats = second.loops.flatMap((l) => l.interviewerIds.filter((id) => met.has(`${id}>${l.candidateId}`)));
    // 8 loops x 5 rounds over 8 possible interviewers per candidate: at most 2 fresh faces short per loop.
    expect(repeats.length).toBeLessThanOrEqual(8 * 2);
    expect(second.loops.every((l) => l.interviewerIds.length === 5)).toBe(true);
  });
});

describe('a small group doubles rounds only as needed', () => {
  it('with four members and five rounds, everyone else interviews and one of them twice', () => {
    const plan = planSeries({ members: six.slice(0, 4), roundsPerLoop: 5 });
    for (const loop of plan.loops) expect(new Set(loop.interviewerIds).size).toBe(3);
    expect(plan.notes.map((n) => n.text).join('\n')).toMatch(/some take two rounds of the same loop/);
  });

  it('refuses a group too small for any loop, saying why', () => {
    const plan = planSeries({ members: six.slice(0, 3), roundsPerLoop: 6 });
    expect(plan.loops).toEqual([]);
    expect(plan.violations[0]).toMatchObject({ rule: 'too-few-members', severity: 'error' });
  });
});

/** Hand adjustments the organizer might make, each with the rule it must trip. */
const MUTATIONS: { rule: string; severity: 'error' | 'warning'; apply: (loops: PlannedLoop[], members: SeriesMember[]) => PlannedLoop[] | null }[] = [
  { rule: 'own-loop', severity: 'error', apply: (loops) => loops.map((l, k) => (k === 0 ? { ...l, interviewerIds: [l.candidateId, ...l.interviewerIds.slice(1)] } : l)) },
  { rule: 'candidate-once', severity: 'warning', apply: (loops) => (loops.length > 0 ? loops.slice(1) : null) },
  { rule: 'candidate-once', severity: 'error', apply: (loops) => (loops.length > 0 ? [...loops, loops[0]!] : null) },
  { rule: 'bar-raiser-seat', severity: 'error', apply: (loops) => loops.map((l, k) => (k === 0 ? { ...l, barRaiserId: l.candidateId } : l)) },
  { rule: 'unknown-member', severity: 'error', apply: (loops) => loops.map((l, k) => (k === 0 ? { ...l, interviewerIds: ['ghost', ...l.interviewerIds.slice(1)] } : l)) },
  { rule: 'seats', severity: 'error', apply: (loops) => loops.map((l, k) => (k === 0 ? { ...l, interviewerIds: l.interviewerIds.slice(1) } : l)) },
];

describe('hand adjustments are judged by the same rules', () => {
  it('every broken rule is reported with its loop and a sentence naming who', () => {
    fc.assert(
      fc.property(seriesInput({ minMembers: 6 }), fc.constantFrom(...MUTATIONS), (raw, mutation) => {
        const plan = planSeries(raw);
        if (plan.loops.length === 0) return;
        const adjusted = mutation.apply(structuredClone(plan.loops), raw.members);
        if (!adjusted) return;
        expect(rulesOf(raw, adjusted)).toContain(`${mutation.severity}:${mutation.rule}`);
        const review = reviewSeries(raw, adjusted);
        expect(review.violations.find((v) => v.rule === mutation.rule)?.text.length).toBeGreaterThan(10);
      }),
      RUNS,
    );
  });

  it('moving rounds onto one member is allowed but explained as uneven', () => {
    const plan = planSeries({ members: six, roundsPerLoop: 5 });
    const loops = plan.loops.map((l) => ({ ...l }));
    // Ada (m1) replaces Ben (m2) in the loops of Cy and Dee.
    for (const k of [2, 3]) loops[k] = { ...loops[k]!, interviewerIds: loops[k]!.interviewerIds.map((id) => (id === 'm2' ? 'm1' : id)), barRaiserId: loops[k]!.barRaiserId === 'm2' ? 'm1' : loops[k]!.barRaiserId };
    const review = reviewSeries({ members: six, roundsPerLoop: 5 }, loops);
    const balance = review.violations.find((v) => v.rule === 'balance');
    expect(balance).toMatchObject({ severity: 'warning' });
    expect(balance?.text).toMatch(/Ada interviews 7 rounds while Ben interviews 3/);
    expect(review.violations.some((v) => v.rule === 'repeat-pairing' && /Ada interviews Cy twice in this loop/.test(v.text))).toBe(true);
  });

  it('an inexperienced Bar Raiser beside experienced interviewers is a warning', () => {
    const history: PlannedLoop[] = [{ candidateId: 'm1', interviewerIds: ['m2', 'm3', 'm4', 'm5', 'm6'], barRaiserId: 'm6' }];
    const members = [...six, { id: 'm7', name: 'Gus', wantsToBeCandidate: false }];
    const loops = planSeries({ members, roundsPerLoop: 5, history }).loops;
    const first = loops[0]!;
    const newcomer = first.interviewerIds.includes('m7') ? 'm7' : null;
    if (newcomer) {
      const adjusted = [{ ...first, interviewerIds: [...first.interviewerIds.filter((id) => id !== 'm7'), 'm7'], barRaiserId: 'm7' }, ...loops.slice(1)];
      expect(rulesOf({ members, roundsPerLoop: 5, history }, adjusted)).toContain('warning:bar-raiser-experience');
    } else {
      expect(first.barRaiserId).not.toBe('m7');
    }
  });
});
