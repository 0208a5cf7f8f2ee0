import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/http';
import { debriefKey } from './queries';
import { useDebriefSession } from './session';

/**
 * A debrief command: runs it with this viewer's token and re-reads the board when it lands
 * (the socket fact would do it too; this keeps the sender's own screen prompt).
 */
export function useBoardCommand<A, R>(run: (loopId: string, token: string, args: A) => Promise<R>) {
  const { loopId, token } = useDebriefSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => run(loopId, token, args),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: debriefKey(loopId) }),
  });
}

/** The server's own words when it refused, else a calm generic line. */
export function commandError(error: unknown): string | null {
  if (!error) return null;
  return isApiError(error) ? error.message : 'Something went wrong. Try again.';
}
