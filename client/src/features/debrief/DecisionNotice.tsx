import type { DebriefBoard } from '@mockloop/shared/debrief/board';
import { Link } from 'wouter';

/** The Bar Raiser's decision once recorded, and the way to the feedback once published. */
export function DecisionNotice({ board }: { board: DebriefBoard }) {
  if (!board.decision) return null;
  const hire = board.decision === 'hire';
  return (
    <section className={`loop-notice ${hire ? 'loop-panel--success' : 'loop-panel--danger'} db-decision stack stack--tight`} aria-labelledby="db-decision-title">
      <h2 id="db-decision-title" className="loop-notice__title">
        Decision: {hire ? '✓ Hire' : '✗ No Hire'}
      </h2>
      {board.rationale ? <p>{board.rationale}</p> : null}
      {board.phase === 'published' ? (
        <p>
          The feedback is published to the candidate. <Link to={`/loops/${board.loopId}/feedback`}>Read the published feedback</Link>
        </p>
      ) : (
        <p className="text-muted">The Bar Raiser publishes feedback to the candidate next.</p>
      )}
    </section>
  );
}
