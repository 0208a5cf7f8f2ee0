import { lazy } from 'react';
import { isApiError } from '../../api/http';

export type LinkProblemKind = 'no-token' | 'no-longer-works' | 'no-such-loop' | 'unreachable' | 'unexpected';

/** Sorts a failure into what the person can do about it. */
export function linkProblemOf(error: unknown): LinkProblemKind {
  if (!isApiError(error)) return 'unexpected';
  if (error.status === 401) return 'no-longer-works';
  if (error.status === 404 || error.status === 403) return 'no-such-loop';
  if (error.code === 'unavailable' || error.status === 0) return 'unreachable';
  return 'unexpected';
}

// The full-page message is needed only when a link fails, so a page that opens does not download it.
export const LinkProblem = lazy(() => import('./LinkProblem'));
