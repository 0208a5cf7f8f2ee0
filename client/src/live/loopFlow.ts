/**
 * Where the loop stands, from the agenda and the live clocks: which round is live, which
 * comes next, and whether the candidate is on a break. Pure, so the lobby, the interviewer's
 * home and the round page say the same thing.
 */
import { scheduledClock, type AgendaRound, type ClockState, type ClockStatus } from '@mockloop/shared';

interface LoopFlow {
  /** The round whose clock runs or is paused. */
  live: AgendaRound | null;
  /** The first round not started yet (after the live one, if any). */
  next: AgendaRound | null;
  /** The last round that has ended, when no round is live: the candidate is on a break. */
  justEnded: AgendaRound | null;
  /** Every round is over. */
  done: boolean;
}

/** A round's clock: the live one when known, else its plan from the agenda (not started). */
export function clockOf(round: AgendaRound, clocks: Readonly<Record<string, ClockState>>): ClockState {
  return clocks[round.id] ?? scheduledClock(round.phases);
}

/** A round's clock status; before the first snapshot the agenda's state stands in for it. */
export function roundStatus(round: AgendaRound, clocks: Readonly<Record<string, ClockState>>): ClockStatus {
  const clock = clocks[round.id];
  if (clock) return clock.status;
  if (round.state === 'live') return 'running';
  return round.state === 'ended' ? 'ended' : 'scheduled';
}

export function loopFlow(rounds: readonly AgendaRound[], clocks: Readonly<Record<string, ClockState>>): LoopFlow {
  const ordered = [...rounds].sort((a, b) => a.position - b.position);
  const status = (round: AgendaRound) => roundStatus(round, clocks);
  const live = ordered.find((r) => status(r) === 'running' || status(r) === 'paused') ?? null;
  const next = ordered.find((r) => status(r) === 'scheduled' && (!live || r.position > live.position)) ?? null;
  const ended = ordered.filter((r) => status(r) === 'ended');
  const justEnded = live ? null : (ended[ended.length - 1] ?? null);
  return { live, next, justEnded, done: ordered.length > 0 && ended.length === ordered.length };
}

/** The rule is shared with the server, which enforces it. */
export { canControlClock } from '@mockloop/shared/loop/permissions';

/** Milliseconds until a round's scheduled start at server time `now` (0 once it is due). */
export function msUntilStart(round: AgendaRound, now: number): number {
  return Math.max(0, Date.parse(round.startsAt) - now);
}

/** The room's address in the app. */
export function roomPath(loopId: string, roundId: string): string {
  return `/loops/${loopId}/rounds/${roundId}`;
}
