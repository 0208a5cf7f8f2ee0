import type { LpCoverage } from '@mockloop/shared/lp/assignment-schema';
import { lpById, type LpId } from '@mockloop/shared/lp/catalogue';
import { useRef, useState, type KeyboardEvent } from 'react';
import { matrixRows } from './matrix';
import { fieldId } from './validation';
import type { RoundDraft } from './wizardState';

interface LpMatrixProps {
  rounds: readonly RoundDraft[];
  barRaiserKey: string | null;
  focusLps: readonly LpId[];
  byRound: Record<string, readonly LpId[]>;
  coverage: LpCoverage;
  handEdited: boolean;
  errors: Record<string, string>;
  onToggle: (roundKey: string, lp: LpId) => void;
  onRerun: () => void;
}

/**
 * The LP x interviewer matrix. Each cell is a toggle button; the grid is one Tab stop and the
 * arrow keys (plus Home/End) move between cells, so 60-odd toggles do not swamp the tab order.
 */
export function LpMatrix({ rounds, barRaiserKey, focusLps, byRound, coverage, handEdited, errors, onToggle, onRerun }: LpMatrixProps) {
  const rows = matrixRows(focusLps, byRound);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const tableRef = useRef<HTMLTableElement>(null);
  const activeRow = Math.min(active.row, rows.length - 1);
  const activeCol = Math.min(active.col, rounds.length - 1);
  const interviewer = (round: RoundDraft, index: number) => round.interviewer.name.trim() || `Interviewer ${index + 1}`;

  function moveTo(row: number, col: number) {
    const next = { row: clamp(row, rows.length - 1), col: clamp(col, rounds.length - 1) };
    setActive(next);
    tableRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, row: number, col: number) {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: event.ctrlKey ? [0, 0] : [row, 0],
      End: event.ctrlKey ? [rows.length - 1, rounds.length - 1] : [row, rounds.length - 1],
    };
    const target = moves[event.key];
    if (!target) return;
    event.preventDefault();
    moveTo(target[0], target[1]);
  }

  const loadErrors = rounds.flatMap((round, index) => {
    const id = fieldId(['rounds', index, 'assignedLps']);
    const message = errors[id];
    return message ? [{ id, message: `Round ${index + 1} (${interviewer(round, index)}): ${message}` }] : [];
  });

  return (
    <section className="stack lp-matrix-section" aria-labelledby="lp-matrix-title">
      <h3 id="lp-matrix-title">Who asks which Leadership Principle</h3>
      <p className="text-muted" id="lp-matrix-help">
        Filled in automatically. Press a cell to add or remove an LP for that interviewer; to move an LP, remove it from one
        interviewer and add it to another. In the table, the arrow keys move between cells and Space toggles.
      </p>
      {loadErrors.length > 0 && (
        <ul className="error-list">
          {loadErrors.map((error) => (
            <li key={error.id} className="field__error" id={`${error.id}-error`}>
              <span className="visually-hidden">Error: </span>
              {error.message}
            </li>
          ))}
        </ul>
      )}
      <div className="lp-matrix" role="group" aria-labelledby="lp-matrix-title">
        <table ref={tableRef} className="lp-matrix__table" aria-describedby="lp-matrix-help">
          <caption className="visually-hidden">Leadership Principles (rows) by interviewer (columns)</caption>
          <thead>
            <tr>
              <th scope="col" className="lp-matrix__corner">
                Leadership Principle
              </th>
              {rounds.map((round, index) => (
                <th key={round.key} scope="col" className={round.key === barRaiserKey ? 'lp-matrix__col--bar-raiser' : undefined}>
                  <span className="lp-matrix__round">Round {index + 1}</span>
                  <span className="lp-matrix__who">{interviewer(round, index)}</span>
                  {round.key === barRaiserKey && <span className="badge badge--bar-raiser">Bar Raiser</span>}
                  <span className="lp-matrix__count">{countLabel(coverage.perRound[round.key] ?? 0)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((lp, row) => {
              const uncovered = coverage.uncovered.includes(lp);
              const duplicated = coverage.duplicated.includes(lp);
              const name = lpById(lp).name;
              return (
                <tr key={lp} className={uncovered ? 'lp-matrix__row--gap' : duplicated ? 'lp-matrix__row--repeat' : undefined}>
                  <th scope="row">
                    {name}
                    {!focusLps.includes(lp) && <span className="lp-matrix__tag">not a focus LP</span>}
                    {uncovered && <span className="lp-matrix__tag lp-matrix__tag--gap">not covered</span>}
                    {duplicated && <span className="lp-matrix__tag">asked twice</span>}
                  </th>
                  {rounds.map((round, col) => {
                    const pressed = (byRound[round.key] ?? []).includes(lp);
                    const isActive = row === activeRow && col === activeCol;
                    return (
                      <td key={round.key} className={round.key === barRaiserKey ? 'lp-matrix__col--bar-raiser' : undefined}>
                        <button
                          type="button"
                          id={row === 0 ? fieldId(['rounds', col, 'assignedLps']) : undefined}
                          className="lp-matrix__cell"
                          data-cell={`${row}-${col}`}
                          aria-pressed={pressed}
                          aria-label={`${name}: round ${col + 1}, ${interviewer(round, col)}`}
                          tabIndex={isActive ? 0 : -1}
                          onFocus={() => setActive({ row, col })}
                          onKeyDown={(event) => onKeyDown(event, row, col)}
                          onClick={() => onToggle(round.key, lp)}
                        >
                          <span aria-hidden="true">{pressed ? '✓' : ''}</span>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <CoverageStatus coverage={coverage} />

      <div className="button-row">
        <button type="button" className="button" onClick={onRerun}>
          Re-run automatic assignment
        </button>
        <span className="text-muted">{handEdited ? 'You have changed the matrix by hand.' : 'The matrix is the automatic assignment.'}</span>
      </div>
    </section>
  );
}

/** Re-announced after every change so the organizer hears what their move did to coverage. */
function CoverageStatus({ coverage }: { coverage: LpCoverage }) {
  const ok = coverage.uncovered.length === 0 && coverage.duplicated.length === 0 && coverage.notes.length === 0;
  return (
    <div className={`coverage${ok ? ' coverage--ok' : ' coverage--warn'}`} aria-live="polite" aria-atomic="true">
      <h4 className="coverage__title">Coverage</h4>
      {ok ? (
        <p>Every focus LP is covered by exactly one interviewer.</p>
      ) : (
        <ul>
          {coverage.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function countLabel(count: number): string {
  return `${count} LP${count === 1 ? '' : 's'}`;
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}
