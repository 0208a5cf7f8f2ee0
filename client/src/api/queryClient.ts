import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './http';

/** Retrying a 4xx cannot succeed (bad token, missing loop, invalid input); other failures get two more tries. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: shouldRetry,
      // Live data arrives over the socket; refetching on every focus would only add load.
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
    mutations: { retry: false },
  },
});
