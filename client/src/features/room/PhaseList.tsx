import { MS_PER_MINUTE, phaseSpans, type ClockState } from '@mockloop/shared';
import type { CountdownStatus } from '../../live/useCountdown';

/** The round's phases in order; the current one is marked in words, not only in color. */
export function PhaseList({ clock, currentIndex, status }: { clock: ClockState; currentIndex: number; status: CountdownStatus }) {
  const live = status === 'running' || status === 'paused';
  return (
    <section className="card stack stack--tight room-phases" aria-labelledby="room-phases-title">
      <h2 id="room-phases-title" className="room-card-title">
        Phases
      </h2>
      <ol className="room-phases__list">
        {phaseSpans(clock).map((span) => {
          const current = live && span.index === currentIndex;
          const done = status === 'ended' || (live && span.index < currentIndex);
          const minutes = Math.round((span.endMs - span.startMs) / MS_PER_MINUTE);
          return (
            <li
              key={span.key}
              className={`room-phases__item${current ? ' room-phases__item--current' : ''}${done ? ' room-phases__item--done' : ''}`}
              aria-current={current ? 'step' : undefined}
            >
              <span className="room-phases__label">
                {span.label}
                {current ? <span className="room-phases__now"> Now</span> : null}
              </span>
              <span className="room-phases__minutes">{minutes} min</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
