/** Words the room screens show. The clock's own rules live in `@mockloop/shared`. */
import { formatCountdown, type ParticipantRole, type PresenceEntry } from '@mockloop/shared';
import type { AgendaRound } from '@mockloop/shared';
import type { CountdownStatus } from '../../live/useCountdown';

export const STATUS_LABELS: Record<CountdownStatus, string> = {
  'not-started': 'Not started',
  running: 'Running',
  paused: 'Paused',
  ended: 'Ended',
};

export const ROLE_LABELS: Record<ParticipantRole, string> = {
  organizer: 'Organizer',
  candidate: 'Candidate',
  interviewer: 'Interviewer',
  shadow: 'Shadow',
};

/** What a status change sounds like to someone who cannot see the clock. */
export const STATUS_ANNOUNCEMENTS: Record<CountdownStatus, string> = {
  'not-started': 'The round has not started.',
  running: 'The clock is running.',
  paused: 'The clock is paused.',
  ended: 'The round is over.',
};

/** Where someone is: this room, the lobby, another round, or offline. */
export function whereLabel(entry: PresenceEntry, roundId: string, rounds: readonly AgendaRound[]): string {
  if (!entry.online) return 'Offline';
  if (entry.roundId === roundId) return 'In this room';
  if (entry.roundId === null) return 'In the lobby';
  const round = rounds.find((r) => r.id === entry.roundId);
  return round ? `In round ${round.position}` : 'In another room';
}

/** A wait shown in whole seconds ("04:59"): tenths would only flicker on a break timer. */
export function formatWait(ms: number): string {
  return formatCountdown(Math.ceil(ms / 1000) * 1000).replace(/\.\d$/, '');
}
