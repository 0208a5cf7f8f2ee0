/**
 * Words and times the loop screens show. Pure functions, so every role's screen says the same
 * thing the same way; times are always shown in the loop's own time zone.
 */
import {
  formatInZone,
  type ParticipantRole,
  type RoundState,
  type ScorecardState,
} from '@mockloop/shared';

export const ROLE_LABELS: Record<ParticipantRole, string> = {
  organizer: 'Organizer',
  candidate: 'Candidate',
  interviewer: 'Interviewer',
  shadow: 'Shadow',
};

export const ROUND_STATE_LABELS: Record<RoundState, string> = {
  'not-started': 'Not started',
  live: 'Live',
  ended: 'Ended',
};

export const SCORECARD_STATE_LABELS: Record<ScorecardState, string> = {
  'not-started': 'Not started',
  draft: 'Draft',
  submitted: 'Submitted',
};

const ROLE_ORDER: Record<ParticipantRole, number> = { organizer: 0, candidate: 1, interviewer: 2, shadow: 3 };

/**
 * People in the order of the day: organizer, candidate, then each round's interviewer followed
 * by its shadows; `roundPosition` maps a round id to its position.
 */
export function inLoopOrder<P extends { role: ParticipantRole; roundId: string | null; name: string }>(
  people: readonly P[],
  roundPosition: (roundId: string) => number | undefined,
): P[] {
  const position = (p: P) => (p.roundId ? (roundPosition(p.roundId) ?? Infinity) : -1);
  return [...people].sort(
    (a, b) =>
      position(a) - position(b) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name),
  );
}

/** "Tue 1 Dec, 18:30–19:30", or both full dates when the round crosses midnight. */
export function timeRange(startsAt: string, endsAt: string, timeZone: string): string {
  const start = formatInZone(startsAt, timeZone);
  const end = formatInZone(endsAt, timeZone);
  const [startDay] = start.split(', ');
  const [endDay, endTime] = end.split(', ');
  return startDay === endDay && endTime ? `${start}–${endTime}` : `${start} – ${end}`;
}

/** The browser's own time zone, e.g. "Europe/Berlin". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function minutes(count: number): string {
  return `${count} min`;
}

/** A file name safe on every system: "mockloop-dana-whitfield.ics". */
export function calendarFileName(candidateName: string): string {
  const slug = candidateName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `mockloop-${slug || 'loop'}.ics`;
}
