import type { ServerToClientEvents } from '@mockloop/shared/socket/events';
import { useEffect, useEffectEvent } from 'react';
import type { Socket } from 'socket.io-client';
import { getSocket } from './socket';

type ServerEvent = keyof ServerToClientEvents;

/**
 * Subscribes to a server fact for as long as the component is mounted. The listener that is
 * removed is exactly the one that was added, so StrictMode double effects and re-renders never
 * leave a stale handler behind; `handler` may change every render without resubscribing.
 */
export function useSocketEvent<E extends ServerEvent>(
  event: E,
  handler: (...args: Parameters<ServerToClientEvents[E]>) => void,
): void {
  const onEvent = useEffectEvent(handler);

  useEffect(() => {
    // socket.io's listener types cannot follow a generic event name, so the subscription goes
    // through the untyped view; `handler`'s signature above is what keeps callers type-safe.
    const socket: Socket = getSocket();
    const name: string = event;
    const listener = (...args: Parameters<ServerToClientEvents[E]>) => {
      onEvent(...args);
    };
    socket.on(name, listener);
    return () => {
      socket.off(name, listener);
    };
  }, [event]);
}
