import type { BoardInterviewer, DebriefBoard, MatrixCell, MatrixRow } from '@mockloop/shared/debrief/board';
import { LP_RATING_LABELS } from '@mockloop/shared/scales';
import { SpotlightButton } from './SpotlightButton';
import { RATING_ICONS, lpName } from './labels';

/**
 * LPs by interviewer: each rating with its evidence, gaps (assigned but not assessed) and
 * disagreements (ratings two or more steps apart), each marked in words and a symbol.
 */
export function LpMatrix({ board }: { board: DebriefBoard }) {
  const seated = board.interviewers;
  const gaps = board.matrix.filter((r) => r.gap).length;
  const disagreements = board.matrix.filter((r) => r.disagreement).length;
  return (
    <section className="card stack" aria-labelledby="db-matrix-title">
      <h2 id="db-matrix-title">Leadership Principles by interviewer</h2>
      <p className="text-muted">
        ▲ Raises the Bar · ● Meets · ▼ Below · ○ Not assessed. {gaps} {gaps === 1 ? 'gap' : 'gaps'}, {disagreements}{' '}
        {disagreements === 1 ? 'disagreement' : 'disagreements'}.
      </p>
      <table className="loop-table db-matrix">
        <caption className="visually-hidden">Ratings and evidence for each Leadership Principle, one column per interviewer</caption>
        <thead>
          <tr>
            <th scope="col">Leadership Principle</th>
            {seated.map((person) => (
              <th key={person.participantId} scope="col">
                Round {person.roundPosition} · {person.name}
              </th>
            ))}
            {board.writing ? <th scope="col">Writing exercise</th> : null}
          </tr>
        </thead>
        <tbody>
          {board.matrix.map((row) => (
            <MatrixRowView key={row.lpId} board={board} row={row} seated={seated} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function MatrixRowView({ board, row, seated }: { board: DebriefBoard; row: MatrixRow; seated: BoardInterviewer[] }) {
  const spotlit = board.spotlight?.kind === 'lp' && board.spotlight.id === row.lpId;
  const classes = ['db-matrix__row', row.disagreement ? 'db-matrix__row--disagree' : '', spotlit ? 'db-matrix__row--spotlit' : ''].filter(Boolean).join(' ');
  return (
    <tr className={classes}>
      <th scope="row">
        <span className="loop-table__strong">{lpName(row.lpId)}</span>
        <RowMarkers row={row} spotlit={spotlit} />
        <SpotlightButton spotlight={{ kind: 'lp', id: row.lpId }} label={lpName(row.lpId)} />
      </th>
      {seated.map((person) => {
        const cell = row.cells.find((c) => c.participantId === person.participantId);
        return (
          <td
            key={person.participantId}
            data-label={`Round ${person.roundPosition} · ${person.name}`}
            className={person.submitted && !cell?.rating && !cell?.assigned ? 'db-matrix__empty' : undefined}
          >
            {person.submitted ? <CellView cell={cell} /> : <span className="text-muted">Scorecard missing</span>}
          </td>
        );
      })}
      {board.writing ? <WritingCell board={board} lpId={row.lpId} /> : null}
    </tr>
  );
}

/** The writing exercise as one more column: how many of its reviewers saw this LP in the text. */
function WritingCell({ board, lpId }: { board: DebriefBoard; lpId: MatrixRow['lpId'] }) {
  const shown = writingShows(board, lpId);
  const reviews = board.writing!.reviews.length;
  return (
    <td data-label="Writing exercise">
      {reviews === 0 ? <span className="text-muted">No review yet</span> : shown ? <span className="db-rating">✎ Shown ({shown} of {reviews} {reviews === 1 ? 'reviewer' : 'reviewers'})</span> : <span className="text-muted">Not shown</span>}
    </td>
  );
}

export function RowMarkers({ row, spotlit = false }: { row: MatrixRow; spotlit?: boolean }) {
  if (!row.gap && !row.disagreement && !spotlit) return null;
  return (
    <span className="db-badges">
      {spotlit ? <span className="loop-badge loop-badge--bar-raiser">★ In the spotlight</span> : null}
      {row.disagreement ? <span className="loop-badge loop-badge--danger">⇅ Disagreement</span> : null}
      {row.gap ? <span className="loop-badge loop-badge--warning">⚠ Gap</span> : null}
    </span>
  );
}

export function CellView({ cell }: { cell: MatrixCell | undefined }) {
  if (!cell || (!cell.rating && !cell.assigned)) {
    return (
      <span className="text-muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Not asked</span>
      </span>
    );
  }
  if (!cell.rating || cell.rating === 'not-assessed') {
    return cell.assigned ? (
      <span className="db-rating db-rating--gap">⚠ Assigned, not assessed</span>
    ) : (
      <span className="db-rating">○ Not assessed</span>
    );
  }
  return (
    <span className="db-cell">
      <span className={`db-rating db-rating--${cell.rating}`}>
        <span aria-hidden="true">{RATING_ICONS[cell.rating]}</span> {LP_RATING_LABELS[cell.rating]}
      </span>
      {cell.evidence.trim() ? <span className="db-cell__evidence">{cell.evidence}</span> : null}
    </span>
  );
}

/** How many reviewers saw an LP in the writing, for the matrix's writing column. */
export function writingShows(board: DebriefBoard, lpId: string): number {
  return board.writing?.reviews.filter((r) => r.draft.lpsShown.includes(lpId as never)).length ?? 0;
}
