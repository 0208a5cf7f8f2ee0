import type { DebriefBoard } from '@mockloop/shared/debrief/board';
import { Fragment, lazy, Suspense, type ReactNode } from 'react';
import { DecisionNotice } from './DecisionNotice';
import { LpMatrix } from './LpMatrix';
import { PhaseStepper } from './PhaseStepper';
import { ReadingSection } from './ReadingSection';
import { RevoteForm } from './RevoteForm';
import { SpotlightBanner } from './SpotlightBanner';
import { StoryBoard } from './StoryBoard';
import { VoteTable } from './VoteTable';
import { interviewerOf } from './labels';
import { useDebriefSession } from './session';

// Parts only some debriefs show, each its own chunk: the Bar Raiser's controls (for the Bar
// Raiser alone), the story bank's drift (when the candidate told stories from the bank) and the
// writing exercise (when the loop has one).
const BarRaiserPanel = lazy(() => import('./BarRaiserPanel').then((m) => ({ default: m.BarRaiserPanel })));
const BankDrift = lazy(() => import('./BankDrift').then((m) => ({ default: m.BankDrift })));
const DebriefWriting = lazy(() => import('../writing/DebriefWriting').then((m) => ({ default: m.DebriefWriting })));

/** The debrief board: the same for every interviewer, with the Bar Raiser's controls on top. */
export function DebriefBoardView({ board, liveStatus }: { board: DebriefBoard; liveStatus: ReactNode }) {
  const { viewerId, isBarRaiser, candidateName } = useDebriefSession();
  const me = interviewerOf(board, viewerId);
  const missing = board.interviewers.filter((p) => !p.submitted);
  // The current phase's section comes first; the rest stay within reach below it.
  const sections = board.phase === 'read' ? ['reading', 'writing', 'votes', 'matrix', 'stories'] : ['votes', 'matrix', 'writing', 'stories', 'reading'];
  const render = {
    reading: <ReadingSection key="reading" board={board} />,
    votes: <VoteTable key="votes" board={board} />,
    matrix: <LpMatrix key="matrix" board={board} />,
    stories: (
      <Fragment key="stories">
        <StoryBoard board={board} />
        {board.bankStories.length ? (
          <Suspense fallback={null}>
            <BankDrift board={board} />
          </Suspense>
        ) : null}
      </Fragment>
    ),
    writing: board.writing ? (
      <Suspense key="writing" fallback={null}>
        <DebriefWriting board={board} viewerId={viewerId} />
      </Suspense>
    ) : null,
  } as Record<string, ReactNode>;
  return (
    <>
      <title>{`Debrief: ${candidateName} — MockLoop`}</title>
      <header className="stack db-header">
        <p className="loop-eyebrow">
          Debrief{isBarRaiser ? <span className="loop-badge loop-badge--bar-raiser">You are the Bar Raiser</span> : null}
        </p>
        <h1>Debrief: {candidateName}</h1>
        {liveStatus}
        <PhaseStepper phase={board.phase} />
        {board.openedEarlyReason ? (
          <p className="loop-notice loop-notice--warning">
            <strong>⚠ Opened early</strong> by the Bar Raiser: {board.openedEarlyReason}
            {missing.length ? ` Missing scorecards: ${missing.map((p) => p.name).join(', ')}.` : ''}
          </p>
        ) : null}
      </header>
      <SpotlightBanner board={board} />
      <DecisionNotice board={board} />
      {isBarRaiser ? (
        <Suspense fallback={<p role="status">Loading the Bar Raiser controls…</p>}>
          <BarRaiserPanel board={board} />
        </Suspense>
      ) : null}
      {board.phase === 'revote' && me?.submitted ? <RevoteForm me={me} /> : null}
      {sections.map((name) => render[name])}
    </>
  );
}
