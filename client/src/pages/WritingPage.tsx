import type { LoopView } from '@mockloop/shared/loop/view';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'wouter';
import { isApiError } from '../api/http';
import { LinkProblem, linkProblemOf } from '../features/loop/linkProblemKind';
import { TabIdentityGate } from '../features/loop/TabIdentityGate';
import { LiveStatus } from '../features/loop/LiveStatus';
import { loopViewQuery } from '../features/loop/queries';
import { useLiveLoop } from '../features/loop/useLiveLoop';
import { useLiveWriting, writingQuery } from '../features/writing/queries';
import { useLiveFeed } from '../live/useLive';
import '../styles/loop.css';
import '../features/writing/writing.css';

// One chunk per role: only the candidate downloads the editor, only the organizer the setup form.
const CandidateWriting = lazy(() => import('../features/writing/CandidateWriting').then((m) => ({ default: m.CandidateWriting })));
const ReviewWriting = lazy(() => import('../features/writing/ReviewWriting').then((m) => ({ default: m.ReviewWriting })));
const WritingSetupForm = lazy(() => import('../features/writing/WritingSetupForm').then((m) => ({ default: m.WritingSetupForm })));

/** `/loops/:loopId/writing`: the writing exercise as this participant takes part in it. */
export default function WritingPage() {
  const { loopId = '' } = useParams();
  return <TabIdentityGate loopId={loopId}>{(token) => <LiveWriting key={`${loopId}:${token}`} loopId={loopId} token={token} />}</TabIdentityGate>;
}

function LiveWriting({ loopId, token }: { loopId: string; token: string }) {
  const view = useQuery(loopViewQuery(loopId, token));
  useLiveLoop(loopId, token);
  useLiveFeed(loopId);
  useLiveWriting(loopId);
  const problem = view.isError ? linkProblemOf(view.error) : null;
  if (view.data) return <WritingScreen view={view.data} token={token} />;
  if (problem) return <LinkProblem kind={problem} onRetry={() => void view.refetch()} />;
  return <p role="status">Opening the writing exercise…</p>;
}

function WritingScreen({ view, token }: { view: LoopView; token: string }) {
  const exercise = useQuery(writingQuery(view.loop.id, token));
  const role = view.viewer.role;
  const missing = isApiError(exercise.error) && exercise.error.status === 404;
  // A refetch of a query that never had data clears its 404 while it runs (a fact arrives as
  // the organizer saves), so the setup form remembers it and is not remounted mid-save.
  const [noExercise, setNoExercise] = useState(false);
  if (missing && !noExercise) setNoExercise(true);
  const title = role === 'candidate' ? 'Your writing exercise' : 'Writing exercise';
  return (
    <section className="stack wr-page" aria-labelledby="wr-title">
      <title>{`${title} — MockLoop`}</title>
      <div className="wr-topline">
        <Link to={`/loops/${view.loop.id}`}>← {view.loop.candidateName}’s loop</Link>
        <LiveStatus />
      </div>
      <h1 id="wr-title">{title}</h1>
      <Suspense fallback={<p role="status">Loading…</p>}>
        {role === 'organizer' ? (
          exercise.data || missing || noExercise ? <WritingSetupForm view={view} token={token} current={exercise.data ?? null} /> : null
        ) : missing ? (
          <p className="lead">This loop has no writing exercise.</p>
        ) : !exercise.data ? (
          <p role="status">{exercise.error ? (exercise.error as Error).message : 'Loading…'}</p>
        ) : role === 'candidate' ? (
          <CandidateWriting loopId={view.loop.id} />
        ) : exercise.data.viewer.isReviewer ? (
          <ReviewWriting exercise={exercise.data} loopId={view.loop.id} token={token} />
        ) : (
          <p className="lead">The organizer named other interviewers to review the writing; you see their reviews in the debrief.</p>
        )}
      </Suspense>
    </section>
  );
}
