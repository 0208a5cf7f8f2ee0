import type { BoardConflict, DebriefBoard } from '@mockloop/shared/debrief/board';
import { CONFLICT_KIND_LABELS } from '@mockloop/shared/debrief/labels';
import { DismissButton } from './DismissDialog';
import { useDebriefSession } from './session';
import { lpName, storyByline } from './labels';

const BASIS = { confirmed: 'From data points both interviewers confirmed', notes: 'Read from the notes (not confirmed by both)' } as const;

/** One flag: both phrases side by side with their rounds and LPs, the kind, why, and any dismissal. */
export function ConflictCard({ board, conflict }: { board: DebriefBoard; conflict: BoardConflict }) {
  const { isBarRaiser } = useDebriefSession();
  const sides = conflict.stories.map((id) => board.stories.find((s) => s.id === id));
  const dismissed = conflict.dismissal;
  const open = ['read', 'revote', 'discuss', 'decide'].includes(board.phase);
  return (
    <li className={`db-conflict${dismissed ? ' db-conflict--dismissed' : ''}`}>
      <p className="db-conflict__head">
        <strong>{dismissed ? '✕ Dismissed:' : '⚠'} {CONFLICT_KIND_LABELS[conflict.kind]}</strong> <span className="db-conflict__basis">{BASIS[conflict.basis]}</span>
      </p>
      <p className="db-conflict__reason">{conflict.reason}</p>
      <div className="db-conflict__sides">
        {sides.map((story, index) => (
          <figure key={index} className="db-conflict__side">
            <blockquote>
              <q>{conflict.phrases[index]}</q>
            </blockquote>
            <figcaption>
              {story ? storyByline(board, story) : 'Another round'}
              {story?.lps.length ? <span className="text-muted"> · {story.lps.map(lpName).join(', ')}</span> : null}
            </figcaption>
          </figure>
        ))}
      </div>
      {dismissed ? (
        <p className="db-conflict__dismissal">
          Not a conflict, said {dismissed.byName}: “{dismissed.reason}”
        </p>
      ) : isBarRaiser && open ? (
        <DismissButton conflict={conflict} />
      ) : null}
    </li>
  );
}
