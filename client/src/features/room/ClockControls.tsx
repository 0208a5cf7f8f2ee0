import { useRef, useState } from 'react';
import { sendClockCommand, type ClockCommandName } from '../../live/commands';
import type { CountdownStatus } from '../../live/useCountdown';
import { useClockShortcuts } from './useClockShortcuts';

type ClockControlsProps = {
  loopId: string;
  roundId: string;
  roundNumber: number;
  status: CountdownStatus;
};

const EXTEND_BY = [1, 5, 10] as const;

/** Start, pause/resume, extend and end early, for the round's interviewer and the organizer. */
export function ClockControls({ loopId, roundId, roundNumber, status }: ClockControlsProps) {
  const [pending, setPending] = useState<ClockCommandName | null>(null);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const endButton = useRef<HTMLButtonElement>(null);

  const send = async (name: ClockCommandName, minutes?: number) => {
    if (pending) return;
    setPending(name);
    setMessage('');
    const outcome = await sendClockCommand(name, loopId, roundId, minutes);
    setPending(null);
    setConfirming(false);
    if (!outcome.ok) setMessage(outcome.message);
    else if (name === 'extend') setMessage(`Added ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`);
  };

  const live = status === 'running' || status === 'paused';
  useClockShortcuts(live && !confirming, (shortcut) => {
    if (shortcut === 'toggle') void send(status === 'running' ? 'pause' : 'resume');
    else void send('extend', 1);
  });

  if (status === 'ended') return null;
  const busy = pending !== null;

  return (
    <div className="room-controls stack stack--tight">
      <h2 className="visually-hidden">Clock controls</h2>
      {confirming ? (
        <div className="loop-panel loop-panel--danger stack stack--tight" role="group" aria-labelledby="room-end-question">
          <p id="room-end-question">
            <strong>End round {roundNumber} now for everyone?</strong> The clock stops for good; it cannot be restarted.
          </p>
          <div className="room-controls__row">
            <button type="button" className="button loop-button--danger-solid" disabled={busy} onClick={() => void send('end')}>
              {pending === 'end' ? 'Ending…' : 'End the round'}
            </button>
            <button
              type="button"
              className="button"
              autoFocus
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => endButton.current?.focus());
              }}
            >
              Keep going
            </button>
          </div>
        </div>
      ) : (
        <div className="room-controls__row">
          {status === 'not-started' ? (
            <button type="button" className="button button--primary button--large" disabled={busy} onClick={() => void send('start')}>
              {pending === 'start' ? 'Starting…' : 'Start the round'}
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary button--large room-controls__toggle"
              disabled={busy}
              aria-keyshortcuts="Space"
              onClick={() => void send(status === 'running' ? 'pause' : 'resume')}
            >
              {status === 'running' ? 'Pause' : 'Resume'}
            </button>
          )}
          {live ? (
            <>
              <div className="room-controls__extend" role="group" aria-label="Add time">
                {EXTEND_BY.map((minutes) => (
                  <button
                    key={minutes}
                    type="button"
                    className="button"
                    disabled={busy}
                    aria-keyshortcuts={minutes === 1 ? '+' : undefined}
                    onClick={() => void send('extend', minutes)}
                  >
                    +{minutes} min
                  </button>
                ))}
              </div>
              <button
                ref={endButton}
                type="button"
                className="button loop-button--danger room-controls__end"
                disabled={busy}
                onClick={() => setConfirming(true)}
              >
                End early…
              </button>
            </>
          ) : null}
        </div>
      )}
      <p className="room-controls__message" role="status">
        {message}
      </p>
      {live ? (
        <p className="room-controls__hint text-muted">
          Keyboard: <kbd>Space</kbd> pauses or resumes, <kbd>+</kbd> adds a minute, whenever no field or button has focus.
        </p>
      ) : null}
    </div>
  );
}
