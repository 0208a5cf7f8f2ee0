import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { isApiError } from '../../api/http';
import { writingQuery } from './queries';

const STATUS: Record<string, string> = { 'not-started': 'not started', writing: 'open for writing', submitted: 'submitted', locked: 'locked at its deadline' };

/** A line on a loop's home page pointing at the writing exercise, if the loop has one (or the organizer may add one). */
export function WritingLink({ loopId, token, role }: { loopId: string; token: string; role: 'organizer' | 'candidate' | 'interviewer' }) {
  const exercise = useQuery(writingQuery(loopId, token));
  const missing = isApiError(exercise.error) && exercise.error.status === 404;
  if (!exercise.data && !(missing && role === 'organizer')) return null;
  if (role === 'interviewer' && !exercise.data?.viewer.isReviewer) return null;
  const label = missing ? 'Add a writing exercise' : role === 'candidate' ? 'Your writing exercise' : role === 'interviewer' ? 'Review the writing exercise' : 'Writing exercise';
  return (
    <p>
      <Link className="button" to={`/loops/${loopId}/writing`}>{label}</Link>{' '}
      {exercise.data ? <span className="text-muted" data-testid="writing-status">{STATUS[exercise.data.status]}</span> : null}
    </p>
  );
}
