import { queryOptions } from '@tanstack/react-query';
import { debriefApi } from '../../api/debrief';

/**
 * Under the loop's key: `loop:changed` (what: 'debrief') on publishing refetches it, so an open
 * page shows the feedback the moment the Bar Raiser publishes.
 */
export function feedbackQuery(loopId: string, token: string) {
  return queryOptions({
    queryKey: ['loop', loopId, 'feedback'] as const,
    queryFn: () => debriefApi.feedback(loopId, token),
  });
}
