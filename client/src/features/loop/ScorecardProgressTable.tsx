import type { AgendaRound, ParticipantStatus, ScorecardProgress } from '@mockloop/shared';
import { Badge, ScorecardStateBadge } from './Badges';

type Props = {
  rounds: readonly AgendaRound[];
  scorecards: readonly ScorecardProgress[];
  participants: readonly ParticipantStatus[];
};

type Row = { key: string; round: AgendaRound; interviewer: string; card: ScorecardProgress | null };

/** Where each round's scorecard stands. Progress only: the content is not the organizer's to read. */
export function ScorecardProgressTable({ rounds, scorecards, participants }: Props) {
  const nameOf = new Map(participants.map((p) => [p.id, p.name]));
  const rows = rounds.flatMap((round): Row[] => {
    const forRound = scorecards.filter((card) => card.roundId === round.id);
    if (forRound.length === 0) return [{ key: round.id, round, interviewer: round.interviewerName, card: null }];
    return forRound.map((card) => ({
      key: `${round.id}:${card.interviewerId}`,
      round,
      interviewer: nameOf.get(card.interviewerId) ?? round.interviewerName,
      card,
    }));
  });
  const overdue = scorecards.filter((card) => card.overdue).length;

  return (
    <section className="stack stack--tight" aria-labelledby="scorecards-title">
      <h2 id="scorecards-title">Scorecards</h2>
      <p className="text-muted">
        Progress only: this dashboard never shows what a scorecard says.
        {overdue > 0 ? ` ${overdue === 1 ? '1 scorecard is' : `${overdue} scorecards are`} overdue.` : ''}
      </p>
      <table className="loop-table">
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Interviewer</th>
            <th scope="col">Scorecard</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, round, interviewer, card }) => (
            <tr key={key} className={card?.overdue ? 'loop-table__row--overdue' : undefined}>
              <th scope="row" data-label="Round">
                {round.position}. {round.title}
              </th>
              <td data-label="Interviewer">{interviewer}</td>
              <td data-label="Scorecard">
                <span className="loop-table__with-badge">
                  <ScorecardStateBadge state={card?.state ?? 'not-started'} />
                  {card?.overdue ? <Badge tone="danger">Overdue</Badge> : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
