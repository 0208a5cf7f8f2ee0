import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { debriefApi } from '../../api/debrief';
import { useSocketEvent } from '../../api/useSocketEvent';

/**
 * Sits under the loop's own key (`['loop', loopId]`), so the loop page's refetch after every
 * reconnect and on `loop:changed` (the debrief opened or was published) re-reads the board too.
 */
export function debriefKey(loopId: string) {
  return ['loop', loopId, 'debrief'] as const;
}

export function debriefBoardQuery(loopId: string, token: string) {
  return queryOptions({
    queryKey: debriefKey(loopId),
    queryFn: () => debriefApi.board(loopId, token),
    staleTime: 0,
  });
}

/** Re-reads the board whenever the server says the debrief moved (phase, spotlight, reads, votes). */
export function useLiveDebrief(loopId: string): void {
  const queryClient = useQueryClient();
  useSocketEvent('debrief:changed', (change) => {
    if (change.loopId === loopId) void queryClient.invalidateQueries({ queryKey: debriefKey(loopId) });
  });
}
