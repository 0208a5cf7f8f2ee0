import { queryOptions } from '@tanstack/react-query';
import { loopsApi } from '../../api/loops';

/** Every cached query about one loop starts with this key, so one invalidation refreshes them all. */
export function loopKey(loopId: string) {
  return ['loop', loopId] as const;
}

/**
 * The loop as this tab's participant sees it. The token is not part of the key: a tab acts as
 * one person per loop at a time; switching person loads a fresh page (`session/tokens.ts`),
 * and the join page drops what the tab cached as someone else.
 */
export function loopViewQuery(loopId: string, token: string) {
  return queryOptions({
    queryKey: [...loopKey(loopId), 'view'] as const,
    queryFn: () => loopsApi.view(loopId, token),
  });
}
