import { earliestCommonStart } from './availability.js';
import type { PlannedLoop } from './series-schema.js';

type Span = { startsAt: number; endsAt: number };

/**
 * Proposes a start for each loop of a series in turn: the earliest half hour at which its
 * candidate and interviewers all marked themselves free for the whole loop, keeping a
 * person out of two loops at once. Members who marked no slot are not asked.
 */
export function proposeDates(
  loops: readonly PlannedLoop[],
  slotsOf: (memberId: string) => Span[],
  loopMinutes: number,
  notBefore: number,
  name: (memberId: string) => string,
): { loop: number; startsAt: string | null; text: string }[] {
  const booked = new Map<string, Span[]>();
  return loops.map((loop, k) => {
    const people = [...new Set([loop.candidateId, ...loop.interviewerIds])];
    const silent = people.filter((id) => slotsOf(id).length === 0);
    const start = earliestCommonStart(people.map(slotsOf), loopMinutes, people.map((id) => booked.get(id) ?? []), notBefore);
    if (start === null) {
      const text = silent.length === people.length ? 'Nobody in this loop has marked free time yet.' : 'No marked time fits everyone in this loop; pick a date by hand or ask for more slots.';
      return { loop: k, startsAt: null, text };
    }
    for (const id of people) booked.set(id, [...(booked.get(id) ?? []), { startsAt: start, endsAt: start + loopMinutes * 60_000 }]);
    const unasked = silent.length > 0 ? ` ${silent.map(name).join(', ')} marked no time and were not asked.` : '';
    return { loop: k, startsAt: new Date(start).toISOString(), text: `Everyone who marked time is free then.${unasked}` };
  });
}
