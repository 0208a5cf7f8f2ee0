import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { isApiError } from '../../api/http';
import { connectSocket, getSocket } from '../../api/socket';
import { useSocketEvent } from '../../api/useSocketEvent';
import { keepReconnecting, type LinkCheck } from '../../live/reconnect';
import { loopKey, loopViewQuery } from './queries';

/**
 * Keeps the cached loop fresh while a loop screen is open: connects the socket with this
 * browser's token, refetches when the server says the loop changed, and takes a full snapshot
 * after every (re)connection unless Socket.IO recovered the session, since facts sent while
 * the socket was away are lost. Reconnecting follows `live/reconnect.ts`.
 */
export function useLiveLoop(loopId: string, token: string): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    const socket = connectSocket({ token });
    const checkLink = (): Promise<LinkCheck> =>
      queryClient.fetchQuery({ ...loopViewQuery(loopId, token), staleTime: 0 }).then(
        () => 'alive',
        (error: unknown) => (isApiError(error) && (error.status === 401 || error.status === 404) ? 'dead' : 'unreachable'),
      );
    return keepReconnecting(socket, checkLink, () => void queryClient.invalidateQueries({ queryKey: loopKey(loopId) }));
  }, [loopId, token, queryClient]);

  useSocketEvent('loop:changed', (change) => {
    if (change.loopId === loopId) void queryClient.invalidateQueries({ queryKey: loopKey(loopId) });
  });
  // The view says where the writing exercise stands; its deadline can lock it with nobody acting.
  useSocketEvent('writing:changed', (change) => {
    if (change.loopId === loopId) void queryClient.invalidateQueries({ queryKey: loopKey(loopId) });
  });
}

type LiveState = 'connected' | 'connecting';

function subscribe(onChange: () => void): () => void {
  const socket = getSocket();
  socket.on('connect', onChange);
  socket.on('disconnect', onChange);
  return () => {
    socket.off('connect', onChange);
    socket.off('disconnect', onChange);
  };
}

/** Whether live updates are flowing, for a quiet status line. */
export function useLiveState(): LiveState {
  return useSyncExternalStore(subscribe, () => (getSocket().connected ? 'connected' : 'connecting'));
}
