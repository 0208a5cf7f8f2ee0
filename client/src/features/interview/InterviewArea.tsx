import type { AgendaRound, LoopView } from '@mockloop/shared';
import { lazy, Suspense } from 'react';
import { ShownQuestion } from './ShownQuestion';

// The scorecard and question list are the round's interviewer's alone; others never download them.
const InterviewPanel = lazy(() => import('./InterviewPanel').then((m) => ({ default: m.InterviewPanel })));

/** What the room adds below the clock: the round's interviewer writes, the candidate and the round's shadows see the shown question. */
export function InterviewArea({ view, round, token }: { view: LoopView; round: AgendaRound; token: string }) {
  const { viewer } = view;
  if (viewer.role === 'interviewer' && viewer.roundId === round.id) {
    return (
      // The clock above stays on screen while the panel's chunk arrives.
      <Suspense fallback={<p role="status">Loading your scorecard…</p>}>
        <InterviewPanel view={view} round={round} token={token} />
      </Suspense>
    );
  }
  if (viewer.role === 'candidate' || (viewer.role === 'shadow' && viewer.roundId === round.id)) return <ShownQuestion roundId={round.id} />;
  return null;
}
