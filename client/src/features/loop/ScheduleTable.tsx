import { ROUND_KIND_LABELS, type AgendaRound } from '@mockloop/shared';
import { BarRaiserBadge, RoundStateBadge } from './Badges';
import { timeRange } from './format';
import { lpNamesOf } from './lpNames';

/** Every round with its time, interviewer, Bar Raiser seat, assigned LPs and live state. */
export function ScheduleTable({ rounds, timeZone }: { rounds: readonly AgendaRound[]; timeZone: string }) {
  // An organizer who is the candidate is not sent the LPs: no column rather than "None" everywhere.
  const showLps = rounds.some((round) => round.assignedLps !== undefined);
  return (
    <section className="stack stack--tight" aria-labelledby="schedule-title">
      <h2 id="schedule-title">Schedule</h2>
      <table className="loop-table">
        <caption className="loop-table__caption">Times in {timeZone}.</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Time</th>
            <th scope="col">Interviewer</th>
            {showLps ? <th scope="col">Leadership Principles</th> : null}
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.id}>
              <th scope="row" data-label="Round">
                <span className="loop-table__strong">
                  {round.position}. {round.title}
                </span>
                <span className="loop-table__sub">{ROUND_KIND_LABELS[round.kind]}</span>
              </th>
              <td data-label="Time" className="loop-table__nowrap">{timeRange(round.startsAt, round.endsAt, timeZone)}</td>
              <td data-label="Interviewer">
                <span className="loop-table__with-badge">
                  {round.interviewerName}
                  {round.isBarRaiser ? <BarRaiserBadge /> : null}
                </span>
              </td>
              {showLps ? (
                <td data-label="Leadership Principles">
                  {round.assignedLps && round.assignedLps.length > 0 ? (
                    <ul className="loop-table__list">
                      {lpNamesOf(round.assignedLps).map((name) => (
                        <li key={name}>{name}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-muted">None</span>
                  )}
                </td>
              ) : null}
              <td data-label="State">
                <RoundStateBadge state={round.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
