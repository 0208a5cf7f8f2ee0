import { formatCountdown } from '@mockloop/shared/clock/clock-sync';
import type { ClockState } from '@mockloop/shared/clock/clock-state';
import { useCountdown } from '../../live/useCountdown';

/** A timed exercise's countdown, from the server-owned clock (the round clock's model). */
export function TimedCountdown({ clock }: { clock: ClockState }) {
  const { remainingMs, status } = useCountdown(clock, { resolution: 'tenth' });
  const low = status === 'running' && remainingMs < 5 * 60_000;
  return (
    <p className={`wr-timer${low ? ' wr-timer--low' : ''}`} data-testid="writing-countdown">
      <span className="visually-hidden">Time left: </span>
      {status === 'ended' ? 'Time is up' : formatCountdown(remainingMs).replace(/\.\d$/, '')}
      {status === 'running' ? <span className="text-muted"> left</span> : null}
    </p>
  );
}

/** A take-home's due time, in the reader's own time zone. */
export function DueTime({ dueAt }: { dueAt: string }) {
  const when = new Date(dueAt).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return (
    <p className="wr-timer">
      Due <time dateTime={dueAt}>{when}</time>
    </p>
  );
}
