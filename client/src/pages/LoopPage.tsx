import type { LoopView } from '@mockloop/shared';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { CandidateLobby } from '../features/loop/CandidateLobby';
import { InterviewerHome } from '../features/loop/InterviewerHome';
import { LinkProblem, linkProblemOf } from '../features/loop/LinkProblem';
import { OrganizerDashboard } from '../features/loop/OrganizerDashboard';
import { ShadowHome } from '../features/loop/ShadowHome';
import { loopViewQuery } from '../features/loop/queries';
import { useLiveLoop } from '../features/loop/useLiveLoop';
import { tokenFor } from '../session/tokens';
import '../styles/loop.css';

/** `/loops/:loopId`: the loop as this browser's participant sees it, kept live over the socket. */
export function LoopPage() {
  const { loopId = '' } = useParams();
  const token = tokenFor(loopId);
  if (!token) return <LinkProblem kind="no-token" />;
  return <LiveLoop key={`${loopId}:${token}`} loopId={loopId} token={token} />;
}

function LiveLoop({ loopId, token }: { loopId: string; token: string }) {
  const view = useQuery(loopViewQuery(loopId, token));
  useLiveLoop(loopId, token);

  // A link revoked while the page is open must close the loop, even though data is cached;
  // a passing network failure must not: the last known view stays on screen.
  const problem = view.isError ? linkProblemOf(view.error) : null;
  const linkIsDead = problem === 'no-longer-works' || problem === 'no-such-loop';
  if (view.data && !linkIsDead) return <ScreenForRole view={view.data} token={token} />;
  if (problem) return <LinkProblem kind={problem} onRetry={() => void view.refetch()} />;
  return (
    <section className="stack" aria-labelledby="loop-loading-title" aria-busy="true">
      <title>Opening your loop — MockLoop</title>
      <h1 id="loop-loading-title">Opening your loop…</h1>
      <p className="lead" role="status">
        Loading the schedule.
      </p>
    </section>
  );
}

function ScreenForRole({ view, token }: { view: LoopView; token: string }) {
  switch (view.viewer.role) {
    case 'organizer':
      return <OrganizerDashboard view={view} token={token} />;
    case 'interviewer':
      return <InterviewerHome view={view} token={token} />;
    case 'candidate':
      return <CandidateLobby view={view} token={token} />;
    case 'shadow':
      return <ShadowHome view={view} token={token} />;
  }
}
