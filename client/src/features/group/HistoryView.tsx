import type { CandidateHistory } from '@mockloop/shared/group/history';
import { formatInZone } from '@mockloop/shared/loop/time-format';
import { VOTE_LABELS, VOTES } from '@mockloop/shared/scale-values';
import { TREND_LABELS } from './labels';

const SCORE_WORDS = (score: number | null) => (score === null ? 'Not assessed' : score >= 1.5 ? 'Raises the Bar' : score >= 0.75 ? 'Meets' : 'Below');

/**
 * A member's loops as candidate: each LP's score per loop as small bars (hidden from screen
 * readers) with the same numbers in a table, the trend in words, then each loop's decision,
 * votes and practice plan.
 */
export function HistoryView({ history, timeZone }: { history: CandidateHistory; timeZone: string }) {
  if (history.loops.length === 0) {
    return <p className="text-muted">No published feedback yet{history.name ? ` for ${history.name}` : ''}.</p>;
  }
  const loopLabel = (i: number) => `Loop ${i + 1} (${formatInZone(history.loops[i]!.startsAt, timeZone)})`;
  const improved = history.trends.filter((t) => t.trend === 'improved');
  const weak = history.trends.filter((t) => t.trend === 'still-weak' || t.trend === 'declined');
  return (
    <div className="stack">
      <ul className="group-summary">
        <li>
          <strong>Improved:</strong> {improved.length > 0 ? improved.map((t) => t.name).join(', ') : 'none yet'}
        </li>
        <li>
          <strong>Still weak or slipping:</strong> {weak.length > 0 ? weak.map((t) => t.name).join(', ') : 'none'}
        </li>
      </ul>
      <figure className="group-chart" aria-labelledby={`history-caption-${history.memberId}`}>
        <figcaption id={`history-caption-${history.memberId}`} className="text-muted">
          Each Leadership Principle across {history.name}'s loops, oldest first (bar height: Below, Meets, Raises the Bar).
        </figcaption>
        <div aria-hidden="true" className="group-chart__rows">
          {history.trends.map((trend) => (
            <div key={trend.lpId} className="group-chart__row">
              <span className="group-chart__name">{trend.name}</span>
              <svg viewBox={`0 0 ${trend.scores.length * 14} 24`} className="group-chart__bars" focusable="false">
                {trend.scores.map((score, i) =>
                  score === null ? (
                    <rect key={i} x={i * 14 + 2} y={22} width={10} height={2} className="group-chart__none" />
                  ) : (
                    <rect key={i} x={i * 14 + 2} y={24 - (score + 1) * 8} width={10} height={(score + 1) * 8} className="group-chart__bar" />
                  ),
                )}
              </svg>
              <span className="group-chart__trend">{TREND_LABELS[trend.trend]}</span>
            </div>
          ))}
        </div>
        <div className="group-table-wrap" tabIndex={0} role="region" aria-label="LP scores per loop">
          <table className="loop-table">
            <caption className="visually-hidden">LP scores per loop</caption>
            <thead>
              <tr>
                <th scope="col">Leadership Principle</th>
                {history.loops.map((_, i) => (
                  <th scope="col" key={i}>
                    {loopLabel(i)}
                  </th>
                ))}
                <th scope="col">Trend</th>
              </tr>
            </thead>
            <tbody>
              {history.trends.map((trend) => (
                <tr key={trend.lpId}>
                  <th scope="row">{trend.name}</th>
                  {trend.scores.map((score, i) => (
                    <td key={i}>{SCORE_WORDS(score)}</td>
                  ))}
                  <td>{TREND_LABELS[trend.trend]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
      {history.loops.map((loop, i) => (
        <section key={loop.loopId} className="card stack--tight" aria-labelledby={`history-loop-${loop.loopId}`}>
          <h4 id={`history-loop-${loop.loopId}`}>
            {loopLabel(i)}: {loop.decision === 'hire' ? 'Hire' : 'No hire'}
          </h4>
          {loop.votes && (
            <p>
              First votes: {VOTES.filter((v) => loop.votes![v] > 0).map((v) => `${VOTE_LABELS[v]} ${loop.votes![v]}`).join(', ') || 'none'}
            </p>
          )}
          {loop.growthAreas.length > 0 && <p>Growth areas: {loop.growthAreas.join('; ')}</p>}
          {loop.practice.length > 0 && (
            <div>
              <p>
                <strong>Practice plan</strong>
              </p>
              <ul>
                {loop.practice.map((p) => (
                  <li key={p.lpId}>
                    {p.name}
                    {p.questions[0] ? `: ${p.questions[0]}` : ''}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
