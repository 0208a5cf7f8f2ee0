import { DateTime } from 'luxon';
import { z } from 'zod';
import { TimeZone } from './contract.js';

/** A week of evenings is about twenty slots; a hundred leaves room for a month. */
export const MAX_SLOTS = 100;
const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date and time like 2026-12-01T18:30');

/** A slot as the member types it: wall-clock start in their own zone, and its length. */
export const AvailabilitySlotInput = z.object({
  startsAt: LocalDateTime,
  minutes: z.int().min(30, 'must be at least 30 minutes').max(16 * 60, 'must be at most 16 hours'),
});

export const SetAvailabilityRequest = z
  .object({ timeZone: TimeZone, slots: z.array(AvailabilitySlotInput).max(MAX_SLOTS, `at most ${MAX_SLOTS} slots`) })
  .strict();
export type SetAvailabilityRequest = z.output<typeof SetAvailabilityRequest>;

/** A slot as stored and returned: UTC instants, plus the zone the member thinks in. */
export const AvailabilitySlot = z.object({ startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }) });
export type AvailabilitySlot = z.infer<typeof AvailabilitySlot>;

export const Availability = z.object({ timeZone: z.string(), slots: z.array(AvailabilitySlot) });
export type Availability = z.infer<typeof Availability>;

/** Local slots to UTC instants; null (with the slot's index) when a time does not exist there. */
export function slotsToInstants(request: SetAvailabilityRequest): { slots: { startsAt: Date; endsAt: Date }[] } | { invalid: number } {
  const slots: { startsAt: Date; endsAt: Date }[] = [];
  for (const [index, slot] of request.slots.entries()) {
    const start = DateTime.fromISO(slot.startsAt, { zone: request.timeZone });
    // A wall-clock time skipped by a daylight-saving change moves; refuse it rather than guess.
    if (!start.isValid || start.toFormat("yyyy-MM-dd'T'HH:mm") !== slot.startsAt) return { invalid: index };
    slots.push({ startsAt: start.toJSDate(), endsAt: start.plus({ minutes: slot.minutes }).toJSDate() });
  }
  return { slots: slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()) };
}

type Span = { startsAt: number; endsAt: number };

/**
 * The earliest start, on a 30-minute grid inside someone's slot, at which every person of
 * the loop is free for `minutes` and none of them is already booked. Members without any
 * slot are not asked (they said nothing); null when no such time exists.
 */
export function earliestCommonStart(people: readonly Span[][], minutes: number, booked: readonly Span[][], notBefore: number): number | null {
  const asked = people.filter((slots) => slots.length > 0);
  if (asked.length === 0) return null;
  const length = minutes * 60_000;
  const step = 30 * 60_000;
  const starts = [...new Set(asked.flatMap((slots) => slots.flatMap((s) => grid(s, step))))].filter((t) => t >= notBefore).sort((a, b) => a - b);
  const free = (slots: readonly Span[], t: number) => mergeSpans(slots).some((s) => s.startsAt <= t && t + length <= s.endsAt);
  const clashes = (spans: readonly Span[], t: number) => spans.some((s) => s.startsAt < t + length && t < s.endsAt);
  return starts.find((t) => asked.every((slots) => free(slots, t)) && booked.every((spans) => !clashes(spans, t))) ?? null;
}

function grid(span: Span, step: number): number[] {
  const out: number[] = [];
  for (let t = span.startsAt; t < span.endsAt; t += step) out.push(t);
  return out;
}

/** Adjacent or overlapping slots count as one stretch of free time. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.startsAt - b.startsAt);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.startsAt <= last.endsAt) last.endsAt = Math.max(last.endsAt, span.endsAt);
    else merged.push({ ...span });
  }
  return merged;
}
