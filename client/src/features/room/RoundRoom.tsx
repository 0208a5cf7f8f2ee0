import { ROUND_KIND_LABELS, type AgendaRound, type ClockState, type LoopView } from '@mockloop/shared';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { usePresenceIn } from '../../live/commands';
import { canControlClock, clockOf, loopFlow, roundStatus } from '../../live/loopFlow';
import { useCountdown, type CountdownStatus } from '../../live/useCountdown';
import { useLiveClocks, useLiveFeed, useLiveReady, usePresence } from '../../live/useLive';
import { useClockWarnings, type ActiveWarning } from '../../live/warnings';
import { ClockBar } from './ClockBar';
import { CallCard } from './CallCard';
import { canJoinCall } from '@mockloop/shared/media/call-roles';
import { ClockControls } from './ClockControls';
import { CountdownDisplay } from './CountdownDisplay';
import { NotesJumps } from './NotesJumps';
import { PhaseList } from './PhaseList';
import { PresenceList } from './PresenceList';
import { STATUS_ANNOUNCEMENTS, STATUS_LABELS } from './labels';
import { SoundToggle, WarningBanner } from './WarningBanner';
import './room.css';

// Only the candidate sees it, and only once the round is over: the interviewer's room never downloads it.
const BreakNotice = lazy(() => import('./BreakNotice').then((m) => ({ default: m.BreakNotice })));

type RoundRoomProps = {
  view: LoopView;
  round: AgendaRound;
  /** The page's connection line (owned by the loop screens). */
  liveStatus: ReactNode;
};

/** A round's room: the shared clock, its phases, who is here, and the controls for those who run it. */
export function RoundRoom({ view, round, liveStatus }: RoundRoomProps) {
  const { loop, rounds } = view;
  useLiveFeed(loop.id);
  usePresenceIn(loop.id, round.id);
  const ready = useLiveReady();
  const clocks = useLiveClocks();
  const presence = usePresence();
  const clock = ready ? clockOf(round, clocks) : undefined;

  return (
    <>
      <header className="room-header stack stack--tight">
        <title>{`Round ${round.position}: ${round.title} — MockLoop`}</title>
        <p className="loop-eyebrow">
          Round {round.position} of {rounds.length} · {ROUND_KIND_LABELS[round.kind]}
        </p>
        <h1 id="room-title">{round.title}</h1>
        <p className="text-muted">
          {round.interviewerName} interviews {loop.candidateName}
        </p>
        <div className="room-header__links">
          <Link to={`/loops/${loop.id}`}>Back to the loop</Link>
          {loop.meetingUrl ? (
            <a className="room-header__meeting" href={loop.meetingUrl} target="_blank" rel="noreferrer noopener">
              Join the video call<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : null}
          {liveStatus}
        </div>
        {isInterviewerOf(view, round) ? <NotesJumps className="room-header__jumps" lead="Jump to your notes:" /> : null}
      </header>
      {clock ? (
        <RoomBody view={view} round={round} clock={clock} clocks={clocks} presence={presence} />
      ) : (
        <p className="card" role="status" aria-busy="true">
          Loading the clock…
        </p>
      )}
      {canJoinCall(view.viewer, round.id) ? <CallCard roundId={round.id} role={view.viewer.role} meetingUrl={loop.meetingUrl ?? null} /> : null}
    </>
  );
}

type RoomBodyProps = {
  view: LoopView;
  round: AgendaRound;
  clock: ClockState;
  clocks: Readonly<Record<string, ClockState>>;
  presence: ReturnType<typeof usePresence>;
};

function RoomBody({ view, round, clock, clocks, presence }: RoomBodyProps) {
  const { loop, viewer, rounds } = view;
  const { phase, status } = useCountdown(clock, { resolution: 'phase' });
  const [warning, dismiss] = useClockWarnings(clock);
  const controller = canControlClock(viewer, round.id);
  const flow = loopFlow(rounds, clocks);
  const next = rounds.find((r) => r.position === round.position + 1) ?? null;
  const showBreak = status === 'ended' && viewer.role === 'candidate';
  const clockCard = useRef<HTMLElement>(null);

  return (
    <div className="room-grid">
      <ClockBar clock={clock} roundNumber={round.position} warning={warning} clockCard={clockCard} jumps={isInterviewerOf(view, round)} />
      <section ref={clockCard} className={`card stack room-clock room-clock--${status}`} aria-labelledby="room-clock-title">
        <div className="room-clock__head">
          <h2 id="room-clock-title" className="room-card-title">
            Clock
          </h2>
          <StatusBadge status={status} />
        </div>
        <CountdownDisplay clock={clock} />
        <WarningBanner warning={warning} onDismiss={dismiss} />
        <Announcer status={status} warning={warning} />
        {showBreak ? (
          <Suspense fallback={null}>
            <BreakNotice loopId={loop.id} next={next} nextIsLive={flow.live?.id === next?.id && next !== null} timeZone={loop.timeZone} headingLevel={3} />
          </Suspense>
        ) : null}
        {controller ? (
          <ClockControls loopId={loop.id} roundId={round.id} roundNumber={round.position} status={status} />
        ) : (
          <WatchNote status={status} interviewerName={round.interviewerName} />
        )}
        <SoundToggle />
      </section>
      <PhaseList clock={clock} currentIndex={phase.index} status={status} />
      <PresenceList
        entries={presence}
        roundId={round.id}
        rounds={rounds}
        viewerId={viewer.participantId}
        showBarRaiser={viewer.role !== 'candidate'}
      />
      {status === 'ended' && viewer.role !== 'candidate' && next ? (
        <p className="room-after text-muted">
          Next: round {next.position}, {next.title} with {next.interviewerName}
          {roundStatus(next, clocks) === 'scheduled' ? '.' : ' (already started).'}
        </p>
      ) : null}
    </div>
  );
}

/** The round's own interviewer: the one with questions, story cards and a scorecard below. */
function isInterviewerOf(view: LoopView, round: AgendaRound): boolean {
  return view.viewer.role === 'interviewer' && view.viewer.roundId === round.id;
}

function StatusBadge({ status }: { status: CountdownStatus }) {
  const tone = { 'not-started': 'round-not-started', running: 'round-live', paused: 'warning', ended: 'round-ended' }[status];
  return <span className={`loop-badge loop-badge--${tone}`}>{STATUS_LABELS[status]}</span>;
}

function WatchNote({ status, interviewerName }: { status: CountdownStatus; interviewerName: string }) {
  if (status === 'ended') return null;
  return (
    <p className="text-muted">
      {status === 'not-started' ? `${interviewerName} starts the clock when the round begins.` : `${interviewerName} runs the clock.`}
    </p>
  );
}

/**
 * The only live region of the room: minute warnings, phase changes and the clock stopping or
 * starting again. Never the ticking digits.
 */
function Announcer({ status, warning }: { status: CountdownStatus; warning: ActiveWarning | null }) {
  const [text, setText] = useState('');
  const lastStatus = useRef(status);
  const lastWarning = useRef(warning?.id ?? 0);
  useEffect(() => {
    if (warning && warning.id !== lastWarning.current) {
      lastWarning.current = warning.id;
      setText(warning.text);
    }
  }, [warning]);
  useEffect(() => {
    if (status === lastStatus.current) return;
    lastStatus.current = status;
    setText(STATUS_ANNOUNCEMENTS[status]);
  }, [status]);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
