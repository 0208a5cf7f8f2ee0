import { useEffect, useState } from 'react';
import { serverNow } from '../../live/clockSync';
import { useRoundClock } from '../../live/useLive';
import { scorecardDeadline } from './overdue';

const RECHECK_MS = 30_000;

type DeadlineBannerProps = { roundId: string; dueMinutes: number; submitted: boolean; timeZone: string };

/** After the round: when the scorecard is due, and a plain reminder once it is overdue. */
export function DeadlineBanner({ roundId, dueMinutes, submitted, timeZone }: DeadlineBannerProps) {
  const clock = useRoundClock(roundId);
  // Re-renders now and then, so the reminder appears without any other change on the page.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), RECHECK_MS);
    return () => clearInterval(timer);
  }, []);
  const deadline = scorecardDeadline(clock, dueMinutes, submitted, serverNow());
  if (deadline.kind === 'none') return null;
  const at = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone }).format(deadline.dueAt);
  if (deadline.kind === 'due') {
    return (
      <p className="iv-deadline">
        The round is over. Submit your scorecard by <strong>{at}</strong> ({dueMinutes} minutes after the end), while it is fresh.
      </p>
    );
  }
  return (
    <div className="loop-notice loop-notice--warning iv-overdue" role="alert" data-testid="scorecard-overdue">
      <p className="loop-notice__title">Your scorecard is overdue</p>
      <p>
        It was due at {at}, {dueMinutes} minutes after the round ended. The debrief waits for it: rate each LP, vote,
        write your summary and submit.
      </p>
    </div>
  );
}
