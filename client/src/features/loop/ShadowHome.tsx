import { ROUND_KIND_LABELS, type LoopView } from '@mockloop/shared';
import { Agenda } from './Agenda';
import { RoundStateBadge } from './Badges';
import { LoopHeader } from './LoopHeader';
import { RoundPhases } from './RoundPhases';
import { timeRange } from './format';
import { lpNamesOf } from './lpNames';

/** A shadow's page: the round they observe, when, and the rest of the day. */
export function ShadowHome({ view, token }: { view: LoopView; token: string }) {
  const { loop, viewer, rounds } = view;
  const round = rounds.find((r) => r.id === viewer.roundId);
  return (
    <>
      <LoopHeader
        view={view}
        token={token}
        eyebrow={`Shadow: ${viewer.name}`}
        title={round ? `You shadow round ${round.position}: ${round.title}` : `You shadow ${loop.candidateName}’s loop`}
        pageTitle={round ? `Shadowing round ${round.position} of ${loop.candidateName}’s loop` : `Shadowing ${loop.candidateName}’s loop`}
      >
        <p className="lead">
          You watch {round ? `${round.interviewerName} interview ${loop.candidateName}` : 'the interview'} to learn how a
          round is run. The interviewer leads and asks the questions.
        </p>
      </LoopHeader>
      {round ? (
        <section className="card stack" aria-labelledby="shadow-round-title">
          <div className="loop-section-head">
            <h2 id="shadow-round-title">The round you observe</h2>
            <RoundStateBadge state={round.state} />
          </div>
          <p className="lead">
            {timeRange(round.startsAt, round.endsAt, loop.timeZone)} <span className="text-muted">({loop.timeZone})</span>
          </p>
          <p className="text-muted">
            {ROUND_KIND_LABELS[round.kind]} with {round.interviewerName}, {round.durationMinutes} minutes:
          </p>
          <RoundPhases round={round} />
          {round.assignedLps && round.assignedLps.length > 0 ? (
            <p>
              <strong>Leadership Principles in this round: </strong>
              {lpNamesOf(round.assignedLps).join(', ')}
            </p>
          ) : null}
        </section>
      ) : null}
      <Agenda rounds={rounds} timeZone={loop.timeZone} ownRoundId={viewer.roundId} showBarRaiser />
    </>
  );
}
