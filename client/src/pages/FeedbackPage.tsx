import { useQuery } from '@tanstack/react-query';
import { useParams } from 'wouter';
import { FeedbackScreen } from '../features/feedback/FeedbackScreen';
import { LinkProblem, linkProblemOf } from '../features/loop/linkProblemKind';
import { TabIdentityGate } from '../features/loop/TabIdentityGate';
import { loopViewQuery } from '../features/loop/queries';
import { useLiveLoop } from '../features/loop/useLiveLoop';
import '../styles/loop.css';

/** `/loops/:loopId/feedback`: the candidate's feedback once published, for anyone in the loop. */
export default function FeedbackPage() {
  const { loopId = '' } = useParams();
  return <TabIdentityGate loopId={loopId}>{(token) => <LiveFeedbackPage key={`${loopId}:${token}`} loopId={loopId} token={token} />}</TabIdentityGate>;
}

function LiveFeedbackPage({ loopId, token }: { loopId: string; token: string }) {
  const view = useQuery(loopViewQuery(loopId, token));
  // `loop:changed` (the debrief published) refetches everything under the loop's key, feedback included.
  useLiveLoop(loopId, token);

  const problem = view.isError ? linkProblemOf(view.error) : null;
  if (problem === 'no-longer-works' || problem === 'no-such-loop') return <LinkProblem kind={problem} />;
  return <FeedbackScreen loopId={loopId} token={token} />;
}
