import { scheduleRounds, zonedToInstant } from '@mockloop/shared/loop/schedule';
import { wholeMinutes } from './wizardReducer';
import type { WizardState } from './wizardState';

interface ScheduledRound {
  key: string;
  startsAt: Date;
  endsAt: Date;
}

/** When each round runs, laid out exactly as the server will (shared `scheduleRounds`). */
export function schedulePreview(state: WizardState): ScheduledRound[] | null {
  const start = zonedToInstant(`${state.date}T${state.time}`, state.timeZone);
  if (!start) return null;
  const slots = scheduleRounds(
    start,
    state.rounds.map((round) => ({
      durationMinutes: wholeMinutes(round.durationMinutes) ?? 0,
      breakAfterMinutes: wholeMinutes(round.breakAfterMinutes) ?? 0,
    })),
  );
  return state.rounds.flatMap((round, index) => {
    const slot = slots[index];
    return slot ? [{ key: round.key, ...slot }] : [];
  });
}

/** "18:30" in the loop's time zone. */
export function clockTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** "Tuesday 1 December 2026" in the loop's time zone. */
export function longDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}
