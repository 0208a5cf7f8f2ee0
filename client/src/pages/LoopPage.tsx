import type { LoopView } from '@mockloop/shared';
import { useQuery } from '@tanstack/react-query';
import { lazy } from 'react';
import { useParams } from 'wouter';
import { LinkProblem, linkProblemOf } from '../features/loop/linkProblemKind';
import { TabIdentityGate } from '../features/loop/TabIdentityGate';
import { loopViewQuery } from '../features/loop/queries';
import { useLiveLoop } from '../features/loop/useLiveLoop';
import { useKeepIdentity } from '../session/tokens';
import '../styles/loop.css';

// One chunk per role: a candidate never downloads the organizer's dashboard, and the reverse.
const OrganizerDashboard = lazy(() => import('../features/loop/OrganizerDashboard').then((m) => ({ default: m.OrganizerDashboard })));
const InterviewerHome = lazy(() => import('../features/loop/InterviewerHome').then((m) => ({ default: m.InterviewerHome })));
const CandidateLobby = lazy(() => import('../features/loop/CandidateLobby').then((m) => ({ default: m.CandidateLobby })));
const ShadowHome = lazy(() => import('../features/loop/ShadowHome').then((m) => ({ default: m.ShadowHome })));

/** `/loops/:loopId`: the loop as this browser's participant sees it, kept live over the socket. */
export default function LoopPage() {
  const { loopId = '' } = useParams();
  return <TabIdentityGate loopId={loopId}>{(token) => <LiveLoop key={`${loopId}:${token}`} loopId={loopId} token={token} />}</TabIdentityGate>;
}

function LiveLoop({ loopId, token }: { loopId: string; token: string }) {
  const view = useQuery(loopViewQuery(loopId, token));
  useLiveLoop(loopId, token);
  useKeepIdentity(view.data, token);

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
