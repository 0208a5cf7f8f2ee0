import type { LoopView } from '@mockloop/shared/loop/view';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { isApiError } from '../../api/http';
import { DebriefWhiteboards } from '../whiteboard/DebriefWhiteboards';
import { DebriefBoardView } from './DebriefBoardView';
import { WaitingForDebrief } from './WaitingForDebrief';
import { debriefBoardQuery, useLiveDebrief } from './queries';
import { DebriefSessionContext, useDebriefSession, type DebriefSession } from './session';
import './debrief.css';

/** `/loops/:loopId/debrief` once the loop view is known: the board, or why it cannot be shown. */
export function DebriefScreen({ view, token, liveStatus }: { view: LoopView; token: string; liveStatus: ReactNode }) {
  const session: DebriefSession = {
    loopId: view.loop.id,
    token,
    viewerId: view.viewer.participantId,
    isBarRaiser: view.viewer.isBarRaiser,
    candidateName: view.loop.candidateName,
  };
  return (
    <DebriefSessionContext value={session}>
      {view.viewer.role === 'interviewer' ? <InterviewerDebrief liveStatus={liveStatus} whiteboards={<DebriefWhiteboards view={view} token={token} />} /> : <NotAtTheTable loopId={view.loop.id} />}
    </DebriefSessionContext>
  );
}

function InterviewerDebrief({ liveStatus, whiteboards }: { liveStatus: ReactNode; whiteboards: ReactNode }) {
  const { loopId, token } = useDebriefSession();
  const board = useQuery(debriefBoardQuery(loopId, token));
  useLiveDebrief(loopId);

  if (board.data) {
    return (
      <>
        <DebriefBoardView board={board.data} liveStatus={liveStatus} />
        {whiteboards}
      </>
    );
  }
  const error = board.error;
  if (isApiError(error) && error.status === 409) return <WaitingForDebrief />;
  if (isApiError(error) && error.status === 403) return <NoSeat loopId={loopId} message={error.message} />;
  if (error) {
    return (
      <Problem title="The debrief could not be loaded">
        <p className="lead" role="alert">
          {isApiError(error) ? error.message : 'Something went wrong.'}
        </p>
        <p>
          <button type="button" className="button button--primary" onClick={() => void board.refetch()}>
            Try again
          </button>
        </p>
      </Problem>
    );
  }
  return (
    <section className="stack" aria-busy="true" aria-labelledby="db-loading-title">
      <title>Opening the debrief — MockLoop</title>
      <h1 id="db-loading-title">Opening the debrief…</h1>
      <p className="lead" role="status">
        Loading the board.
      </p>
    </section>
  );
}

function NoSeat({ loopId, message }: { loopId: string; message: string }) {
  return (
    <Problem title="Submit your own scorecard first">
      <p className="lead" role="alert">
        {message} The debrief is for interviewers who have submitted their scorecard, so nobody’s first impression is shaped by the others.
      </p>
      <p>
        <Link className="button button--primary" to={`/loops/${loopId}`}>
          Back to your loop
        </Link>
      </p>
    </Problem>
  );
}

function NotAtTheTable({ loopId }: { loopId: string }) {
  return (
    <Problem title="The debrief is for the interviewers">
      <p className="lead">
        Interviewers compare their notes here and the Bar Raiser decides. Once the Bar Raiser publishes the feedback, everyone in the loop can
        read it.
      </p>
      <p className="loop-actions">
        <Link className="button button--primary" to={`/loops/${loopId}/feedback`}>
          Go to the feedback
        </Link>
        <Link className="button" to={`/loops/${loopId}`}>
          Back to the loop
        </Link>
      </p>
    </Problem>
  );
}

function Problem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="stack loop-problem" aria-labelledby="db-problem-title">
      <title>{`${title} — MockLoop`}</title>
      <h1 id="db-problem-title">{title}</h1>
      {children}
    </section>
  );
}
