import type { LoopView } from '@mockloop/shared';
import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import { WritingLink } from '../writing/WritingLink';
import { LiveRoundBanner } from '../room/LiveRoundBanner';
import { Agenda } from './Agenda';
import { LoopHeader } from './LoopHeader';

// The story bank card is its own chunk, loaded after the lobby shows: the lobby's first visit stays small.
const CandidateBank = lazy(() => import('../bank/CandidateBank').then((m) => ({ default: m.CandidateBank })));

/**
 * The candidate's lobby: when, where and with whom. As in a real loop it never names the
 * Leadership Principles a round covers or who the Bar Raiser is (the API leaves them out too).
 */
export function CandidateLobby({ view, token }: { view: LoopView; token: string }) {
  const { loop, viewer, rounds } = view;
  return (
    <>
      <LoopHeader
        view={view}
        token={token}
        eyebrow="Candidate lobby"
        title={`Welcome, ${viewer.name}`}
        pageTitle={`Your mock loop, ${viewer.name}`}
      >
        <p className="lead">
          Your mock loop has {rounds.length} {rounds.length === 1 ? 'round' : 'rounds'}, each with its own interviewer.
          {loop.meetingUrl ? ' Join the meeting link a few minutes before the first round.' : ''}
        </p>
      </LoopHeader>
      <LiveRoundBanner view={view} />
      <p>
        <Link className="button" to={`/loops/${loop.id}/feedback`}>Your feedback</Link> <span className="text-muted">after the debrief</span>
      </p>
      <WritingLink view={view} role="candidate" />
      <Agenda rounds={rounds} timeZone={loop.timeZone} showBarRaiser={false} />
      <Suspense fallback={null}>
        <CandidateBank loopId={loop.id} token={token} />
      </Suspense>
      <WhatToExpect />
    </>
  );
}

function WhatToExpect() {
  return (
    <section className="card stack" aria-labelledby="expect-title">
      <h2 id="expect-title">What to expect</h2>
      <ul className="stack stack--tight">
        <li>Each round starts with short introductions, then questions, and ends with time for your own questions.</li>
        <li>
          Most questions ask about something you did: “Tell me about a time when…”. Answer with a real
          story: the situation, your task, the actions <em>you</em> took and the result, with numbers
          where you have them.
        </li>
        <li>Interviewers may ask follow-up questions to dig into the details. That is normal, not a bad sign.</li>
        <li>Interviewers take notes and fill in a scorecard after their round. You read the feedback after the debrief.</li>
      </ul>
    </section>
  );
}
