import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { Socket } from 'socket.io-client';
import { isApiError } from '../../api/http';
import { connectSocket, getSocket } from '../../api/socket';
import { useSocketEvent } from '../../api/useSocketEvent';
import { loopKey, loopViewQuery } from './queries';

const RETRY_AFTER_MS = 5000;

/**
 * Keeps the cached loop fresh while a loop screen is open: connects the socket with this
 * browser's token, refetches when the server says the loop changed, and takes a full snapshot
 * after every (re)connection unless Socket.IO recovered the session, since facts sent while
 * the socket was away are lost.
 *
 * The server drops a socket itself when its link is revoked or re-issued (and when it shuts
 * down); Socket.IO then stops retrying. A fresh read of the loop tells the two apart: a dead
 * link makes the page say so, a live one reconnects.
 */
export function useLiveLoop(loopId: string, token: string): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    const socket = connectSocket({ token });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;

    const refresh = () => void queryClient.invalidateQueries({ queryKey: loopKey(loopId) });
    const checkLinkThenReconnect = () => {
      if (disposed || socket.active) return;
      queryClient.fetchQuery({ ...loopViewQuery(loopId, token), staleTime: 0 }).then(
        () => {
          if (!disposed && !socket.active) socket.connect();
        },
        (error: unknown) => {
          const linkIsDead = isApiError(error) && (error.status === 401 || error.status === 404);
          if (!linkIsDead && !disposed) timer = setTimeout(checkLinkThenReconnect, RETRY_AFTER_MS);
        },
      );
    };
    const onConnect = () => {
      if (!socket.recovered) refresh();
    };
    const onDisconnect = (reason: Socket.DisconnectReason) => {
      if (reason === 'io server disconnect') timer = setTimeout(checkLinkThenReconnect, 0);
    };
    // `active` is false only when the server refused the handshake (e.g. a revoked token).
    const onConnectError = () => {
      if (!socket.active) timer = setTimeout(checkLinkThenReconnect, 0);
    };

    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    return () => {
      disposed = true;
      clearTimeout(timer);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onConnectError);
    };
  }, [loopId, token, queryClient]);

  useSocketEvent('loop:changed', (change) => {
    if (change.loopId === loopId) void queryClient.invalidateQueries({ queryKey: loopKey(loopId) });
  });
}

export type LiveState = 'connected' | 'connecting';

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
