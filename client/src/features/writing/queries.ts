import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { writingApi } from '../../api/writing';
import { useSocketEvent } from '../../api/useSocketEvent';
import { loopKey } from '../loop/queries';

/** Under the loop's key, so the loop page's refetch on reconnect and `loop:changed` re-reads it too. */
export const writingKey = (loopId: string) => [...loopKey(loopId), 'writing'] as const;

export function writingQuery(loopId: string, token: string) {
  return queryOptions({ queryKey: writingKey(loopId), queryFn: () => writingApi.read(loopId, token), retry: false });
}

export function reviewsQuery(loopId: string, token: string) {
  return queryOptions({ queryKey: [...writingKey(loopId), 'reviews'] as const, queryFn: () => writingApi.reviews(loopId, token), retry: false });
}

/** Re-reads the exercise when it starts, is submitted or is locked by its deadline. */
export function useLiveWriting(loopId: string): void {
  const queryClient = useQueryClient();
  useSocketEvent('writing:changed', (change) => {
    if (change.loopId === loopId) void queryClient.invalidateQueries({ queryKey: writingKey(loopId) });
  });
}
