import type { DebriefBoard } from '@mockloop/shared/debrief/board';
import { Fragment, type ReactNode } from 'react';
import { BarRaiserPanel } from './BarRaiserPanel';
import { DecisionNotice } from './DecisionNotice';
import { LpMatrix } from './LpMatrix';
import { PhaseStepper } from './PhaseStepper';
import { ReadingSection } from './ReadingSection';
import { RevoteForm } from './RevoteForm';
import { SpotlightBanner } from './SpotlightBanner';
import { StoryBoard } from './StoryBoard';
import { BankDrift } from './BankDrift';
import { VoteTable } from './VoteTable';
import { DebriefWriting } from '../writing/DebriefWriting';
import { interviewerOf } from './labels';
import { useDebriefSession } from './session';

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
        <BankDrift board={board} />
      </Fragment>
    ),
    writing: <DebriefWriting key="writing" board={board} viewerId={viewerId} />,
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
      {isBarRaiser ? <BarRaiserPanel board={board} /> : null}
      {board.phase === 'revote' && me?.submitted ? <RevoteForm me={me} /> : null}
      {sections.map((name) => render[name])}
    </>
  );
}
