import type { Calibration } from '@mockloop/shared/group/history';
import { formatInZone } from '@mockloop/shared/loop/time-format';
import { VOTE_LABELS } from '@mockloop/shared/scale-values';
import { LEANING_LABELS, TIMING_LABELS } from './labels';

const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${n.toFixed(2)}`);

/** A member as interviewer: their leaning against the group and the decision, and scorecard timing. */
export function CalibrationView({ calibration, timeZone }: { calibration: Calibration; timeZone: string }) {
  const { scorecards } = calibration;
  return (
    <div className="stack">
      <p className="lead">
        Overall: <strong>{LEANING_LABELS[calibration.leaning]}</strong>
        {calibration.difference !== null && <span> ({signed(calibration.difference)} rating steps against the other interviewers)</span>}
      </p>
      <ul className="group-summary">
        <li>
          Votes matching the final decision: {calibration.agreements}, against it: {calibration.disagreements}
        </li>
        <li>
          Scorecards on time: {scorecards.onTime}, late: {scorecards.late}, missing: {scorecards.missing}
        </li>
      </ul>
      <div className="group-table-wrap" tabIndex={0} role="region" aria-label="Calibration per loop">
        <table className="loop-table">
          <caption className="visually-hidden">Calibration per loop</caption>
          <thead>
            <tr>
              <th scope="col">Loop</th>
              <th scope="col">Scorecard</th>
              <th scope="col">Vote / decision</th>
              <th scope="col">Against the others</th>
            </tr>
          </thead>
          <tbody>
            {calibration.loops.map((loop) => (
              <tr key={`${loop.loopId}-${loop.roundTitle}`}>
                <th scope="row">
                  {loop.candidateName}
                  <span className="loop-table__sub"> {formatInZone(loop.startsAt, timeZone)} · {loop.roundTitle}</span>
                </th>
                <td>{TIMING_LABELS[loop.timing]}</td>
                <td>
                  {loop.vote ? VOTE_LABELS[loop.vote] : '—'}
                  {loop.decision && <span> / {loop.decision === 'hire' ? 'Hire' : 'No hire'}</span>}
                  {loop.agreesWithDecision !== null && <span> ({loop.agreesWithDecision ? 'agrees' : 'disagrees'})</span>}
                </td>
                <td>
                  {LEANING_LABELS[loop.leaning]}
                  {loop.difference !== null && <span> ({signed(loop.difference)})</span>}
                  {loop.meanRating !== null && loop.othersMeanRating !== null && (
                    <span className="loop-table__sub">
                      {' '}
                      Ratings average {loop.meanRating.toFixed(1)}, the other interviewers' {loop.othersMeanRating.toFixed(1)}.
                    </span>
                  )}
                  {loop.lps.length > 0 && (
                    <span className="loop-table__sub">
                      {' '}
                      {loop.lps.map((lp) => `${lp.name} ${lp.mine} vs ${lp.othersMean.toFixed(1)}`).join('; ')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-muted">Ratings count Below 0, Meets 1, Raises the Bar 2; loops are compared only once their debrief has decided.</p>
    </div>
  );
}
