import type { PlannedLoop, SeriesSettings, SeriesViolation } from './series-schema.js';
import { addLoop, countOf, pairKey, tallyOf } from './tally.js';

type Input = SeriesSettings;

/** Rounds one member may hold in one loop: two only when the group is too small for one each. */
export function seatsPerMember(memberCount: number, rounds: number): number {
  return memberCount - 1 >= rounds ? 1 : 2;
}

/**
 * Checks a series against the planner's rules, whoever made it: the planner's own plan and
 * the organizer's hand adjustments are judged alike. Errors make the series impossible to
 * create (an unknown member, a candidate interviewing in their own loop or twice a
 * candidate); warnings (a member left for a later series among them) are allowed, each explained (loads, repeat meetings, Bar Raisers).
 */
export function checkSeries(input: Input, loops: readonly PlannedLoop[]): SeriesViolation[] {
  const found: SeriesViolation[] = [];
  const add = (v: SeriesViolation) => found.push(v);
  const name = nameOf(input);
  const known = new Set(input.members.map((m) => m.id));
  const rounds = input.roundsPerLoop;

  loops.forEach((loop, k) => {
    const ids = [loop.candidateId, loop.barRaiserId, ...loop.interviewerIds];
    const unknown = [...new Set(ids.filter((id) => !known.has(id)))];
    if (unknown.length > 0) add({ rule: 'unknown-member', severity: 'error', loop: k, memberIds: unknown, text: `Loop ${k + 1} names someone who is not in the group.` });
    if (loop.interviewerIds.includes(loop.candidateId)) {
      add({ rule: 'own-loop', severity: 'error', loop: k, memberIds: [loop.candidateId], text: `${name(loop.candidateId)} would interview in their own loop.` });
    }
    if (loop.interviewerIds.length !== rounds) {
      add({ rule: 'seats', severity: 'error', loop: k, memberIds: [], text: `Loop ${k + 1} has ${loop.interviewerIds.length} interviewers for ${rounds} rounds.` });
    }
    if (!loop.interviewerIds.includes(loop.barRaiserId)) {
      add({ rule: 'bar-raiser-seat', severity: 'error', loop: k, memberIds: [loop.barRaiserId], text: `${name(loop.barRaiserId)} is Bar Raiser of loop ${k + 1} without interviewing in it.` });
    }
    for (const [id, seats] of countSeats(loop.interviewerIds)) {
      if (seats > seatsPerMember(input.members.length, rounds)) {
        add({ rule: 'seats', severity: seats > 2 ? 'error' : 'warning', loop: k, memberIds: [id], text: `${name(id)} holds ${seats} rounds of loop ${k + 1} although the group has enough interviewers.` });
      }
    }
  });

  checkCandidates(input, loops, name, add);
  checkLoads(input, loops, name, add);
  checkHistory(input, loops, name, add);
  return found;
}

function checkCandidates(input: Input, loops: readonly PlannedLoop[], name: (id: string) => string, add: (v: SeriesViolation) => void): void {
  const times = countSeats(loops.map((l) => l.candidateId));
  for (const member of input.members) {
    const count = times.get(member.id) ?? 0;
    // A series may leave someone for later (an illness, a busy week): allowed, but said.
    if (member.wantsToBeCandidate && count === 0) add({ rule: 'candidate-once', severity: 'warning', loop: null, memberIds: [member.id], text: `${member.name} wants to be a candidate but has no loop.` });
    if (count > 1) add({ rule: 'candidate-once', severity: 'error', loop: null, memberIds: [member.id], text: `${member.name} is the candidate of ${count} loops.` });
    if (!member.wantsToBeCandidate && count > 0) add({ rule: 'candidate-once', severity: 'warning', loop: null, memberIds: [member.id], text: `${name(member.id)} asked to only interview this time.` });
  }
}

function checkLoads(input: Input, loops: readonly PlannedLoop[], name: (id: string) => string, add: (v: SeriesViolation) => void): void {
  if (loops.length === 0) return;
  const loads = loadsOf(input.members.map((m) => m.id), loops);
  const values = [...loads.values()];
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (high - low <= 1) return;
  const most = [...loads].filter(([, n]) => n === high).map(([id]) => id);
  const least = [...loads].filter(([, n]) => n === low).map(([id]) => id);
  add({
    rule: 'balance',
    severity: 'warning',
    loop: null,
    memberIds: [...most, ...least],
    text: `${most.map(name).join(', ')} interview${most.length === 1 ? 's' : ''} ${high} rounds while ${least.map(name).join(', ')} interview${least.length === 1 ? 's' : ''} ${low}.`,
  });
}

function checkHistory(input: Input, loops: readonly PlannedLoop[], name: (id: string) => string, add: (v: SeriesViolation) => void): void {
  const before = tallyOf(input.history);
  loops.forEach((loop, k) => {
    for (const id of new Set(loop.interviewerIds)) {
      const met = countOf(before.meetings, pairKey(id, loop.candidateId));
      const twice = loop.interviewerIds.filter((x) => x === id).length > 1;
      if (met > 0 || twice) {
        const where = met > 0 ? 'in an earlier loop' : 'twice in this loop';
        add({ rule: 'repeat-pairing', severity: 'warning', loop: k, memberIds: [id, loop.candidateId], text: `${name(id)} interviews ${name(loop.candidateId)} ${where}.` });
      }
    }
    const distinct = [...new Set(loop.interviewerIds)];
    const experienced = distinct.filter((id) => countOf(before.interviews, id) > 0);
    const br = loop.barRaiserId;
    if (distinct.includes(br) && experienced.length > 0 && !experienced.includes(br)) {
      add({ rule: 'bar-raiser-experience', severity: 'warning', loop: k, memberIds: [br], text: `${name(br)} has not interviewed before, while ${experienced.map(name).join(', ')} ha${experienced.length === 1 ? 's' : 've'}.` });
    } else if (distinct.includes(br)) {
      const turns = countOf(before.barRaiserTurns, br);
      const fewer = (experienced.length > 0 ? experienced : distinct).filter((id) => countOf(before.barRaiserTurns, id) < turns);
      if (fewer.length > 0) {
        add({ rule: 'bar-raiser-rotation', severity: 'warning', loop: k, memberIds: [br, ...fewer], text: `${name(br)} has been Bar Raiser ${turns} time${turns === 1 ? '' : 's'}; ${fewer.map(name).join(', ')} fewer.` });
      }
    }
    addLoop(before, loop);
  });
}

/** Rounds each member interviews across the series (zero for those who never do). */
export function loadsOf(memberIds: readonly string[], loops: readonly PlannedLoop[]): Map<string, number> {
  const loads = new Map(memberIds.map((id) => [id, 0]));
  for (const loop of loops) for (const id of loop.interviewerIds) if (loads.has(id)) loads.set(id, loads.get(id)! + 1);
  return loads;
}

function countSeats(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

export function nameOf(input: { members: readonly { id: string; name: string }[] }): (id: string) => string {
  const names = new Map(input.members.map((m) => [m.id, m.name]));
  return (id) => names.get(id) ?? 'someone outside the group';
}
