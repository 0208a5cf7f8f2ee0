import { formatCountdown, type ClockState } from '@mockloop/shared';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useCountdown } from '../../live/useCountdown';
import type { ActiveWarning } from '../../live/warnings';
import { NotesJumps } from './NotesJumps';

type ClockBarProps = {
  clock: ClockState;
  roundNumber: number;
  warning: ActiveWarning | null;
  /** The room's big clock: the bar shows once it has scrolled out of view. */
  clockCard: RefObject<HTMLElement | null>;
  /** The round's interviewer gets jumps between questions, stories and the scorecard. */
  jumps: boolean;
};

/**
 * The clock, kept in view: once the big clock has scrolled away (an interviewer taking notes
 * far down the page), a slim bar at the top of the window shows the time left, the phase and
 * the latest warning. Screen readers already hear warnings from the room's announcer, so the
 * bar is for eyes only and never a live region.
 */
export function ClockBar({ clock, roundNumber, warning, clockCard, jumps }: ClockBarProps) {
  const scrolledPast = useScrolledPast(clockCard);
  useRoomScrollPadding();
  if (!scrolledPast) return null;
  return <ClockBarContent clock={clock} roundNumber={roundNumber} warning={warning} jumps={jumps} />;
}

function ClockBarContent({ clock, roundNumber, warning, jumps }: Omit<ClockBarProps, 'clockCard'>) {
  const bar = useRef<HTMLDivElement>(null);
  const { remainingMs, phase, status } = useCountdown(clock);
  useBarHeight(bar);
  const time = formatCountdown(Math.ceil(remainingMs / 1000) * 1000).replace(/\.\d$/, '');
  const where =
    status === 'running'
      ? `${phase.label}: ${formatCountdown(Math.ceil(phase.remainingInPhaseMs / 1000) * 1000).replace(/\.\d$/, '')} left`
      : status === 'paused'
        ? `Paused · ${phase.label}`
        : status === 'ended'
          ? 'Time is up'
          : 'Not started';
  return (
    <div ref={bar} className={`clock-bar clock-bar--${status}`} role="region" aria-label="Clock, kept in view" data-testid="clock-bar">
      <div className="container clock-bar__inner">
        <p className="clock-bar__clock">
          <span className="clock-bar__round">Round {roundNumber}</span>
          <span className="clock-bar__time" data-testid="clock-bar-time">
            <span className="visually-hidden">Time left: </span>
            {time}
          </span>
          {warning ? (
            <span key={warning.id} className={`clock-bar__warning clock-bar__warning--${warning.kind}`}>
              {warning.text}
            </span>
          ) : null}
          {/* Beside a warning on a laptop; on a phone the warning takes its place for its minute. */}
          <span className={`clock-bar__phase${warning ? ' clock-bar__phase--beside-warning' : ''}`}>{where}</span>
        </p>
        {jumps ? <NotesJumps className="clock-bar__jumps" /> : null}
      </div>
    </div>
  );
}

/** True once `target` lies wholly above the top of the window. */
function useScrolledPast(target: RefObject<HTMLElement | null>): boolean {
  const [past, setPast] = useState(false);
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const observer = new IntersectionObserver(([entry]) => {
      if (entry) setPast(!entry.isIntersecting && entry.boundingClientRect.bottom <= 0);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  return past;
}

/**
 * While a room is open, scrolling a field or a heading into view leaves room for the bar
 * (`scroll-padding` on the page), so nothing the interviewer types sits under it.
 */
function useRoomScrollPadding(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('has-clock-bar');
    return () => {
      root.classList.remove('has-clock-bar');
      root.style.removeProperty('--clock-bar-height');
    };
  }, []);
}

/** Keeps `--clock-bar-height` true to the bar as it wraps on a narrow screen. */
function useBarHeight(bar: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--clock-bar-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => observer.disconnect();
  }, [bar]);
}
