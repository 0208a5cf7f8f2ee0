import { useQuery } from '@tanstack/react-query';
import { useParams } from 'wouter';
import { DebriefScreen } from '../features/debrief/DebriefScreen';
import { LinkProblem, linkProblemOf } from '../features/loop/linkProblemKind';
import { TabIdentityGate } from '../features/loop/TabIdentityGate';
import { LiveStatus } from '../features/loop/LiveStatus';
import { loopViewQuery } from '../features/loop/queries';
import { useLiveLoop } from '../features/loop/useLiveLoop';
import '../styles/loop.css';

/** `/loops/:loopId/debrief`: the debrief board, live for every interviewer at the table. */
export default function DebriefPage() {
  const { loopId = '' } = useParams();
  return <TabIdentityGate loopId={loopId}>{(token) => <LiveDebriefPage key={`${loopId}:${token}`} loopId={loopId} token={token} />}</TabIdentityGate>;
}

function LiveDebriefPage({ loopId, token }: { loopId: string; token: string }) {
  const view = useQuery(loopViewQuery(loopId, token));
  // Connects the socket and, after every reconnect, refetches everything under the loop's key,
  // the board included; `debrief:changed` is handled by the board itself.
  useLiveLoop(loopId, token);

  const problem = view.isError ? linkProblemOf(view.error) : null;
  const linkIsDead = problem === 'no-longer-works' || problem === 'no-such-loop';
  if (view.data && !linkIsDead) return <DebriefScreen view={view.data} token={token} liveStatus={<LiveStatus />} />;
  if (problem) return <LinkProblem kind={problem} onRetry={() => void view.refetch()} />;
  return (
    <section className="stack" aria-labelledby="debrief-loading-title" aria-busy="true">
      <title>Opening the debrief — MockLoop</title>
      <h1 id="debrief-loading-title">Opening the debrief…</h1>
    </section>
  );
}
