/**
 * The countdown of one round clock, recomputed from the deadline on every frame. React state
 * changes only when something shown changes (the tenth of a second, the phase, the status),
 * while `onEachFrame` may write to the DOM at full frame rate without rendering.
 */
import { currentPhase, isOverdue, remainingMs, type ClockState, type CurrentPhase } from '@mockloop/shared';
import { useEffect, useEffectEvent, useState } from 'react';
import { serverNow } from './clockSync';
import { onFrame } from './frames';

/** What the screen shows: `ended` also covers a clock whose time ran out before the fact arrived. */
export type CountdownStatus = 'not-started' | 'running' | 'paused' | 'ended';

interface Countdown {
  remainingMs: number;
  phase: CurrentPhase;
  status: CountdownStatus;
}

/** The countdown at server time `now`; every rule comes from the shared clock. */
function countdownAt(clock: ClockState, now: number): Countdown {
  return {
    remainingMs: remainingMs(clock, now),
    phase: currentPhase(clock, now),
    status: statusAt(clock, now),
  };
}

function statusAt(clock: ClockState, now: number): CountdownStatus {
  if (clock.status === 'scheduled') return 'not-started';
  if (clock.status === 'running' && isOverdue(clock, now)) return 'ended';
  return clock.status;
}

/**
 * How often the caller re-renders: on every tenth of a second shown ('tenth'), or only when
 * the phase or status changes ('phase'), for a page that shows no digits itself.
 */
type CountdownResolution = 'tenth' | 'phase';

function sameShown(a: Countdown, b: Countdown, resolution: CountdownResolution): boolean {
  const sameTenth = resolution === 'phase' || Math.ceil(a.remainingMs / 100) === Math.ceil(b.remainingMs / 100);
  return sameTenth && a.phase.index === b.phase.index && a.status === b.status;
}

export function useCountdown(
  clock: ClockState,
  options: {
    resolution?: CountdownResolution;
    onEachFrame?: (frame: { now: number; remainingMs: number }) => void;
  } = {},
): Countdown {
  const { resolution = 'tenth', onEachFrame } = options;
  const [shown, setShown] = useState<Countdown>(() => countdownAt(clock, serverNow()));
  const frameEvent = useEffectEvent((now: number, countdown: Countdown) => {
    onEachFrame?.({ now, remainingMs: countdown.remainingMs });
  });

  useEffect(() => {
    const show = (now: number) => {
      const next = countdownAt(clock, now);
      frameEvent(now, next);
      setShown((previous) => (sameShown(previous, next, resolution) ? previous : next));
    };
    // A stopped clock shows the same thing until the next fact: no frame loop needed.
    if (clock.status !== 'running') return void show(serverNow());
    return onFrame(show);
  }, [clock, resolution]);

  return shown;
}
