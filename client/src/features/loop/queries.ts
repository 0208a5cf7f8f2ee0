import { queryOptions } from '@tanstack/react-query';
import { loopsApi } from '../../api/loops';

/** Every cached query about one loop starts with this key, so one invalidation refreshes them all. */
export function loopKey(loopId: string) {
  return ['loop', loopId] as const;
}

/**
 * The loop as this browser's participant sees it. The token is not part of the key: a browser
 * holds one token per loop, and the join page refetches when a new link replaces it.
 */
export function loopViewQuery(loopId: string, token: string) {
  return queryOptions({
    queryKey: [...loopKey(loopId), 'view'] as const,
    queryFn: () => loopsApi.view(loopId, token),
  });
}
