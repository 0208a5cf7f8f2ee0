import type { FeedbackLp, LpOutcome } from '@mockloop/shared/debrief/feedback';
import { OUTCOME_LABELS } from '@mockloop/shared/debrief/markdown';

/** Bar length on a Below / Meets / Raises the Bar scale; Below still shows a bar, unlike "not assessed". */
const barShare = (score: number) => ((score + 1) / 3) * 100;
const TICKS = [
  { at: barShare(0), label: 'Below' },
  { at: barShare(1), label: 'Meets' },
  { at: barShare(2), label: 'Raises' },
];

/**
 * Each LP's result as a bar (SVG, hidden from screen readers) and, for them, the same data as a
 * table. The outcome word sits beside every bar, so nothing depends on color.
 */
export function LpChart({ lps }: { lps: FeedbackLp[] }) {
  return (
    <figure className="fb-chart" aria-labelledby="fb-chart-caption">
      <figcaption id="fb-chart-caption" className="text-muted">
        The average rating per Leadership Principle, from Below to Raises the Bar.
      </figcaption>
      <div className="fb-chart__rows" aria-hidden="true">
        {lps.map((lp) => (
          <div key={lp.lpId} className="fb-chart__row">
            <span className="fb-chart__name">{lp.name}</span>
            <svg className="fb-chart__bar" viewBox="0 0 300 20" preserveAspectRatio="none" focusable="false">
              <rect x="0" y="0" width="300" height="20" className="fb-chart__track" />
              {TICKS.map((tick) => (
                <line key={tick.label} x1={tick.at * 3} x2={tick.at * 3} y1="0" y2="20" className="fb-chart__tick" />
              ))}
              {lp.score === null ? null : <rect x="0" y="3" width={barShare(lp.score) * 3} height="14" className={`fb-chart__fill fb-chart__fill--${lp.outcome}`} />}
            </svg>
            <span className="fb-chart__value">{OUTCOME_LABELS[lp.outcome]}</span>
          </div>
        ))}
        <div className="fb-chart__row fb-chart__row--axis">
          <span className="fb-chart__name" />
          <span className="fb-chart__axis">
            {TICKS.map((tick) => (
              <span key={tick.label} style={{ insetInlineStart: `${tick.at}%` }}>
                {tick.label}
              </span>
            ))}
          </span>
          <span className="fb-chart__value" />
        </div>
      </div>
      {/* Wrapped: a table ignores the 1px width of .visually-hidden and would widen the page. */}
      <div className="visually-hidden">
      <table>
        <caption>Results by Leadership Principle</caption>
        <thead>
          <tr>
            <th scope="col">Leadership Principle</th>
            <th scope="col">Result</th>
            <th scope="col">Average (0 Below, 1 Meets, 2 Raises the Bar)</th>
          </tr>
        </thead>
        <tbody>
          {lps.map((lp) => (
            <tr key={lp.lpId}>
              <th scope="row">{lp.name}</th>
              <td>{OUTCOME_LABELS[lp.outcome]}</td>
              <td>{lp.score === null ? 'Not assessed' : lp.score.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}

/** Badge tone per outcome; the word itself is always shown. */
export const OUTCOME_TONES: Record<LpOutcome, string> = {
  'raises-the-bar': 'success',
  meets: 'success',
  mixed: 'warning',
  below: 'danger',
  'not-assessed': 'neutral',
};
