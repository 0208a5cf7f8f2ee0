import { ROUND_KIND_LABELS, type AgendaRound, type LoopView } from '@mockloop/shared';
import { Link } from 'wouter';
import { WritingLink } from '../writing/WritingLink';
import { roomPath } from '../../live/loopFlow';
import { NextRoundNotice } from '../room/NextRoundNotice';
import { Agenda } from './Agenda';
import { AssignedLps } from './AssignedLps';
import { BarRaiserBadge, RoundStateBadge } from './Badges';
import { LoopHeader } from './LoopHeader';
import { RoundPhases } from './RoundPhases';
import { timeRange } from './format';

/** An interviewer's (or the Bar Raiser's) page before their round: what to ask and when. */
export function InterviewerHome({ view, token }: { view: LoopView; token: string }) {
  const { loop, viewer, rounds } = view;
  const round = rounds.find((r) => r.id === viewer.roundId);
  const title = round
    ? `You interview ${loop.candidateName} in round ${round.position}: ${round.title}`
    : `You interview ${loop.candidateName}`;
  return (
    <>
      <LoopHeader
        view={view}
        token={token}
        eyebrow={
          <>
            Interviewer: {viewer.name}
            {viewer.isBarRaiser ? <BarRaiserBadge /> : null}
          </>
        }
        title={title}
        pageTitle={round ? `Your round ${round.position} with ${loop.candidateName}` : `Interviewing ${loop.candidateName}`}
      />
      <NextRoundNotice view={view} />
      {viewer.isBarRaiser ? <BarRaiserNote /> : null}
      <p>
        <Link className="button" to={`/loops/${loop.id}/debrief`}>Debrief</Link> <span className="text-muted">once every scorecard is in</span>
      </p>
      <WritingLink view={view} role="interviewer" />
      {round ? <YourRound loopId={loop.id} round={round} timeZone={loop.timeZone} /> : null}
      {round?.assignedLps && round.assignedLps.length > 0 ? <AssignedLps lps={round.assignedLps} /> : null}
      <Agenda rounds={rounds} timeZone={loop.timeZone} ownRoundId={viewer.roundId} showBarRaiser />
    </>
  );
}

function BarRaiserNote() {
  return (
    <section className="loop-notice loop-notice--bar-raiser stack stack--tight" aria-labelledby="bar-raiser-title">
      <h2 id="bar-raiser-title" className="loop-notice__title">
        You are the Bar Raiser
      </h2>
      <p>
        Besides your own round, you hold the bar for the whole loop: after the last round you run the
        debrief, hear every interviewer’s evidence and make the final hire or no-hire decision.
      </p>
    </section>
  );
}

function YourRound({ loopId, round, timeZone }: { loopId: string; round: AgendaRound; timeZone: string }) {
  return (
    <section className="card stack" aria-labelledby="your-round-title">
      <div className="loop-section-head">
        <h2 id="your-round-title">Your round</h2>
        <RoundStateBadge state={round.state} />
      </div>
      <p className="lead">
        {timeRange(round.startsAt, round.endsAt, timeZone)} <span className="text-muted">({timeZone})</span>
      </p>
      <p className="text-muted">
        {ROUND_KIND_LABELS[round.kind]}, {round.durationMinutes} minutes in {round.phases.length} phases:
      </p>
      <RoundPhases round={round} />
      <RoomButton loopId={loopId} round={round} timeZone={timeZone} />
    </section>
  );
}

/** The room is open before the round starts, so the interviewer can read the questions first. */
function RoomButton({ loopId, round, timeZone }: { loopId: string; round: AgendaRound; timeZone: string }) {
  return (
    <div className="stack stack--tight">
      <p>
        <Link to={roomPath(loopId, round.id)} className="button button--primary" aria-describedby={`room-note-${round.id}`}>
          Open the interview room
        </Link>
      </p>
      <p id={`room-note-${round.id}`} className="text-muted">
        Round {round.position} runs {timeRange(round.startsAt, round.endsAt, timeZone)}. You start its clock from the room.
      </p>
    </div>
  );
}
