import { formatCountdown, type ClockState } from '@mockloop/shared';
import { useRef } from 'react';
import { useCountdown } from '../../live/useCountdown';

/**
 * The big digits. They re-render ten times a second; `data-remaining-ms` is written on every
 * frame without rendering, for tests and tools that compare screens. Deliberately not a live
 * region: screen readers hear the warnings, never the ticking.
 */
export function CountdownDisplay({ clock }: { clock: ClockState }) {
  const digits = useRef<HTMLParagraphElement>(null);
  const { remainingMs, phase, status } = useCountdown(clock, {
    onEachFrame: ({ remainingMs: left }) => digits.current?.setAttribute('data-remaining-ms', String(Math.round(left))),
  });
  const showPhaseLeft = status === 'running' || status === 'paused';
  const text = formatCountdown(remainingMs);
  return (
    <div className={`room-countdown room-countdown--${status}`}>
      <p
        ref={digits}
        className={`room-countdown__digits${text.length > 7 ? ' room-countdown__digits--hours' : ''}`}
        data-testid="countdown"
      >
        <span className="visually-hidden">Time left: </span>
        {text}
      </p>
      <p className="room-countdown__phase">
        {showPhaseLeft ? (
          <>
            <span className="room-countdown__phase-name">{phase.label}</span>
            <span className="text-muted"> · {formatCountdown(phase.remainingInPhaseMs).replace(/\.\d$/, '')} left in this phase</span>
          </>
        ) : status === 'ended' ? (
          <span className="text-muted">{clock.endReason === 'ended-early' ? 'The round was ended early.' : 'Time is up.'}</span>
        ) : (
          <span className="text-muted">{phase.label} comes first.</span>
        )}
      </p>
    </div>
  );
}
