import type { LoopView } from '@mockloop/shared';
import { Link } from 'wouter';

const STATUS: Record<string, string> = { 'not-started': 'not started', writing: 'open for writing', submitted: 'submitted', locked: 'locked at its deadline' };

/**
 * A line on a loop's home page pointing at the writing exercise, if the loop has one (or the
 * organizer may add one). It reads the loop view, which says whether there is one, so a loop
 * without an exercise costs no request.
 */
export function WritingLink({ view, role }: { view: LoopView; role: 'organizer' | 'candidate' | 'interviewer' }) {
  const { writing, loop } = view;
  if (!writing && role !== 'organizer') return null;
  if (role === 'interviewer' && !writing?.isReviewer) return null;
  const label = !writing ? 'Add a writing exercise' : role === 'candidate' ? 'Your writing exercise' : role === 'interviewer' ? 'Review the writing exercise' : 'Writing exercise';
  return (
    <p>
      <Link className="button" to={`/loops/${loop.id}/writing`}>{label}</Link>{' '}
      {writing ? <span className="text-muted" data-testid="writing-status">{STATUS[writing.status]}</span> : null}
    </p>
  );
}
