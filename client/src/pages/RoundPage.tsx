import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'wouter';
import { LinkProblem, linkProblemOf } from '../features/loop/linkProblemKind';
import { TabIdentityGate } from '../features/loop/TabIdentityGate';
import { LiveStatus } from '../features/loop/LiveStatus';
import { loopViewQuery } from '../features/loop/queries';
import { useLiveLoop } from '../features/loop/useLiveLoop';
import { InterviewArea } from '../features/interview/InterviewArea';
import { RoundRoom } from '../features/room/RoundRoom';
import { RoundWhiteboard } from '../features/whiteboard/RoundWhiteboard';
import { useKeepIdentity } from '../session/tokens';
import '../styles/loop.css';

/** `/loops/:loopId/rounds/:roundId`: a round's room, live for everyone in the loop. */
export default function RoundPage() {
  const { loopId = '', roundId = '' } = useParams();
  return <TabIdentityGate loopId={loopId}>{(token) => <LiveRoundPage key={`${loopId}:${token}`} loopId={loopId} roundId={roundId} token={token} />}</TabIdentityGate>;
}

function LiveRoundPage({ loopId, roundId, token }: { loopId: string; roundId: string; token: string }) {
  const view = useQuery(loopViewQuery(loopId, token));
  useLiveLoop(loopId, token);
  useKeepIdentity(view.data, token);

  const problem = view.isError ? linkProblemOf(view.error) : null;
  const linkIsDead = problem === 'no-longer-works' || problem === 'no-such-loop';
  if (view.data && !linkIsDead) {
    const round = view.data.rounds.find((r) => r.id === roundId);
    if (!round) return <NoSuchRound loopId={loopId} />;
    return (
      <>
        <RoundRoom key={round.id} view={view.data} round={round} liveStatus={<LiveStatus />} />
        <RoundWhiteboard key={`whiteboard-${round.id}`} viewer={view.data.viewer} round={round} />
        <InterviewArea key={`interview-${round.id}`} view={view.data} round={round} token={token} />
      </>
    );
  }
  if (problem) return <LinkProblem kind={problem} onRetry={() => void view.refetch()} />;
  return (
    <section className="stack" aria-labelledby="room-loading-title" aria-busy="true">
      <title>Opening the room — MockLoop</title>
      <h1 id="room-loading-title">Opening the room…</h1>
      <p className="lead" role="status">
        Loading the round.
      </p>
    </section>
  );
}

function NoSuchRound({ loopId }: { loopId: string }) {
  return (
    <section className="stack loop-problem" aria-labelledby="no-round-title">
      <title>No such round — MockLoop</title>
      <h1 id="no-round-title">No such round in this loop</h1>
      <p className="lead">The round may have been removed, or the address is mistyped.</p>
      <p>
        <Link to={`/loops/${loopId}`} className="button">
          Back to the loop
        </Link>
      </p>
    </section>
  );
}
