import type { BoardDrift, DebriefBoard } from '@mockloop/shared/debrief/board';
import { CONFLICT_KIND_LABELS } from '@mockloop/shared/debrief/labels';
import { toldInRounds } from '@mockloop/shared/scorecard/data-point-values';
import { storyByline } from './labels';

const BASIS: Record<BoardDrift['basis'], string> = {
  confirmed: 'From data points (the candidate’s in the bank, the interviewer’s confirmed)',
  'prepared-point': 'The candidate’s data point in the bank against the notes',
  'told-point': 'The interviewer’s confirmed data point against the prepared story',
  notes: 'Read from the prepared story and the notes',
};

/**
 * Stories the interviewers marked "told from the bank": which bank story carried which rounds,
 * and each fact that changed between preparation and telling, shown like a conflict.
 */
export function BankDrift({ board }: { board: DebriefBoard }) {
  if (board.bankStories.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="db-bank-title">
      <h2 id="db-bank-title">Told from the candidate’s story bank</h2>
      <table className="db-bank-table">
        <caption className="visually-hidden">Bank stories and the rounds they carried</caption>
        <thead>
          <tr>
            <th scope="col">Prepared story</th>
            <th scope="col">Carried</th>
            <th scope="col">Changed since preparation</th>
          </tr>
        </thead>
        <tbody>
          {board.bankStories.map((b) => {
            const drifts = board.drifts.filter((d) => d.bankStoryId === b.bankStoryId).length;
            return (
              <tr key={b.bankStoryId}>
                <th scope="row">{b.title || 'Untitled story'}</th>
                <td>{toldInRounds(b.rounds)}</td>
                <td>{drifts === 0 ? 'Nothing' : `${drifts} ${drifts === 1 ? 'fact' : 'facts'}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {board.drifts.length ? (
        <ul className="db-conflicts" aria-label="Facts changed since preparation">
          {board.drifts.map((drift, i) => (
            <DriftCard key={i} board={board} drift={drift} />
          ))}
        </ul>
      ) : (
        <p>✓ Every linked telling keeps the facts as prepared.</p>
      )}
    </section>
  );
}

function DriftCard({ board, drift }: { board: DebriefBoard; drift: BoardDrift }) {
  const told = board.stories.find((s) => s.id === drift.story);
  return (
    <li className="db-conflict db-conflict--drift">
      <p className="db-conflict__head">
        <strong>⚠ Changed since preparation: {CONFLICT_KIND_LABELS[drift.kind]}</strong> <span className="db-conflict__basis">{BASIS[drift.basis]}</span>
      </p>
      <p className="db-conflict__reason">{drift.reason}</p>
      <div className="db-conflict__sides">
        <figure className="db-conflict__side">
          <blockquote>
            <q>{drift.phrases[0]}</q>
          </blockquote>
          <figcaption>Prepared: “{drift.title}”</figcaption>
        </figure>
        <figure className="db-conflict__side">
          <blockquote>
            <q>{drift.phrases[1]}</q>
          </blockquote>
          <figcaption>Told: {told ? storyByline(board, told) : 'a round'}</figcaption>
        </figure>
      </div>
    </li>
  );
}
