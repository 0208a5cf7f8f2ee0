import { DateTime } from 'luxon';

/** Whether the name is an IANA time zone this runtime knows, e.g. "Europe/Berlin". */
export function isTimeZone(name: string): boolean {
  return DateTime.local().setZone(name).isValid;
}

/**
 * The instant a local wall-clock time happens in a time zone ("2026-12-01T18:30" in
 * "America/New_York"). Returns null for an invalid date or zone.
 */
export function zonedToInstant(localDateTime: string, timeZone: string): Date | null {
  const dt = DateTime.fromISO(localDateTime, { zone: timeZone });
  return dt.isValid ? dt.toJSDate() : null;
}

export type ScheduledSlot = { startsAt: Date; endsAt: Date };

/**
 * Lays the rounds out back to back from the loop's start, each followed by its break:
 * the agenda every participant sees and the calendar file are both built from this.
 */
export function scheduleRounds(
  loopStartsAt: Date,
  rounds: readonly { durationMinutes: number; breakAfterMinutes: number }[],
): ScheduledSlot[] {
  let cursor = loopStartsAt.getTime();
  return rounds.map((round) => {
    const startsAt = new Date(cursor);
    const endsAt = new Date(cursor + round.durationMinutes * 60_000);
    cursor = endsAt.getTime() + round.breakAfterMinutes * 60_000;
    return { startsAt, endsAt };
  });
}

// Formatting for agendas lives in time-format.ts (no luxon) so pages that show times stay small.
export { formatInZone } from './time-format.js';
