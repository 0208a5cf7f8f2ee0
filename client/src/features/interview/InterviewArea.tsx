import type { AgendaRound, LoopView } from '@mockloop/shared';
import { InterviewPanel } from './InterviewPanel';
import { ShownQuestion } from './ShownQuestion';

/** What the room adds below the clock: the round's interviewer writes, the candidate and the round's shadows see the shown question. */
export function InterviewArea({ view, round, token }: { view: LoopView; round: AgendaRound; token: string }) {
  const { viewer } = view;
  if (viewer.role === 'interviewer' && viewer.roundId === round.id) return <InterviewPanel view={view} round={round} token={token} />;
  if (viewer.role === 'candidate' || (viewer.role === 'shadow' && viewer.roundId === round.id)) return <ShownQuestion roundId={round.id} />;
  return null;
}
