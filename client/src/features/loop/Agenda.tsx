import { ROUND_KIND_LABELS, type AgendaRound } from '@mockloop/shared';
import { BarRaiserBadge, RoundStateBadge } from './Badges';
import { minutes, timeRange } from './format';

type AgendaProps = {
  rounds: readonly AgendaRound[];
  timeZone: string;
  /** The viewer's own round, marked "Your round". */
  ownRoundId?: string | null;
  /** Off for the candidate: who the Bar Raiser is stays hidden, as in a real loop. */
  showBarRaiser: boolean;
  headingId?: string;
};

/** The loop's rounds in order with times, interviewers and state; never the LPs. */
export function Agenda({ rounds, timeZone, ownRoundId = null, showBarRaiser, headingId = 'agenda-title' }: AgendaProps) {
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>Agenda</h2>
      <p className="text-muted">Times in {timeZone}.</p>
      <ol className="loop-agenda">
        {rounds.map((round, index) => {
          const own = round.id === ownRoundId;
          return (
            <li key={round.id} className={`loop-agenda__round card${own ? ' loop-agenda__round--own' : ''}`}>
              <div className="loop-agenda__when">
                <span className="loop-agenda__number">Round {round.position}</span>
                <TimeRange text={timeRange(round.startsAt, round.endsAt, timeZone)} />
              </div>
              <div className="loop-agenda__what">
                <h3 className="loop-agenda__title">{round.title}</h3>
                <p className="text-muted">
                  {ROUND_KIND_LABELS[round.kind]} · <span className="nowrap">{minutes(round.durationMinutes)}</span> with {round.interviewerName}
                </p>
                {round.breakAfterMinutes > 0 && index < rounds.length - 1 ? (
                  <p className="loop-agenda__break">Then a {minutes(round.breakAfterMinutes)} break</p>
                ) : null}
              </div>
              <div className="loop-agenda__badges">
                {own ? <span className="loop-badge loop-badge--own">Your round</span> : null}
                {showBarRaiser && round.isBarRaiser ? <BarRaiserBadge /> : null}
                <RoundStateBadge state={round.state} />
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * Wraps only between a date and its time or between the two ends of a range, never inside
 * "10:30–11:30", so a round that runs past midnight still fits a phone.
 */
function TimeRange({ text }: { text: string }) {
  const ends = text.split(' – ');
  return (
    <span>
      {ends.map((end, index) => {
        const [day, ...rest] = end.split(', ');
        const time = rest.join(', ');
        return (
          <span key={end}>
            {index > 0 ? ' – ' : null}
            {time ? <><span className="nowrap">{day},</span> <span className="nowrap">{time}</span></> : <span className="nowrap">{day}</span>}
          </span>
        );
      })}
    </span>
  );
}
