import { formatInZone, type AgendaRound } from '@mockloop/shared';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { onFrame } from '../../live/frames';
import { msUntilStart, roomPath } from '../../live/loopFlow';
import { formatWait } from './labels';

type BreakNoticeProps = {
  loopId: string;
  /** The round after the break, or null after the last one. */
  next: AgendaRound | null;
  /** Whether the next round's clock already runs. */
  nextIsLive: boolean;
  timeZone: string;
  headingLevel?: 2 | 3;
  headingId?: string;
};

/** After a round: a break until the next one's scheduled start, then the way into its room. */
export function BreakNotice({ loopId, next, nextIsLive, timeZone, headingLevel = 2, headingId }: BreakNoticeProps) {
  const Tag = `h${headingLevel}` as const;
  const heading = (children: ReactNode) => (
    <Tag id={headingId} className="room-break__title">
      {children}
    </Tag>
  );
  if (!next) {
    return (
      <div className="room-break stack stack--tight">
        {heading(<>That was the last round</>)}
        <p>Thank you! The interviewers now write their scorecards; the feedback follows after the debrief.</p>
      </div>
    );
  }
  if (nextIsLive) {
    return (
      <div className="room-break stack stack--tight">
        {heading(<>Round {next.position} has started</>)}
        <p>
          <Link className="button button--primary button--large" to={roomPath(loopId, next.id)}>
            Join round {next.position} now
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="room-break stack stack--tight">
      {heading(<>Break before round {next.position}</>)}
      <p>
        Next: {next.title} with {next.interviewerName}.
      </p>
      <BreakWait round={next} timeZone={timeZone} />
      <p>
        <Link className="button button--primary" to={roomPath(loopId, next.id)}>
          Go to round {next.position}’s room
        </Link>
      </p>
    </div>
  );
}

/** A longer wait reads better as a time of day than as a countdown. */
const COUNTDOWN_UP_TO_MS = 3 * 60 * 60 * 1000;

/** Seconds until the next round's scheduled start, or the plain truth once that time passed. */
function BreakWait({ round, timeZone }: { round: AgendaRound; timeZone: string }) {
  const [waitMs, setWaitMs] = useState<number | null>(null);
  useEffect(
    () =>
      onFrame((now) => {
        const left = msUntilStart(round, now);
        setWaitMs((previous) => (previous !== null && Math.ceil(previous / 1000) === Math.ceil(left / 1000) ? previous : left));
      }),
    [round],
  );
  if (waitMs === null) return null;
  if (waitMs <= 0) {
    return <p>The next round starts when the interviewer is ready.</p>;
  }
  if (waitMs > COUNTDOWN_UP_TO_MS) {
    return <p>It is planned for {formatInZone(round.startsAt, timeZone)} ({timeZone}).</p>;
  }
  return (
    <p>
      <span className="room-break__wait">{formatWait(waitMs)}</span>{' '}
      <span className="text-muted">until the planned start at {formatInZone(round.startsAt, timeZone).split(', ')[1]}</span>
    </p>
  );
}
