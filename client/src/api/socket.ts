/**
 * The one Socket.IO connection the client uses. Created lazily on first use and never
 * auto-connected: a socket only makes sense once we hold the invite token from a loop link.
 * Components never call `io()` themselves; they subscribe through `useSocketEvent` and send
 * commands through the socket returned here.
 */
import type { ClientToServerEvents, ServerToClientEvents, SocketAuth } from '@mockloop/shared/socket/events';
import { io, type Socket } from 'socket.io-client';

export type MockLoopSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: MockLoopSocket | null = null;

/** The app's single socket (same origin, default `/socket.io` path), created on first call. */
export function getSocket(): MockLoopSocket {
  // Close on page unload so a reload or navigation leaves no ghost in presence lists.
  socket ??= io({ autoConnect: false, closeOnBeforeunload: true });
  return socket;
}

/**
 * Connects with the given invite token. Calling it again with the same token is a no-op, so
 * several components may ask for a connection; a different token (another loop link opened in
 * this tab) drops the old session and starts a new one.
 */
export function connectSocket(auth: SocketAuth): MockLoopSocket {
  const current = getSocket();
  const sameToken = (current.auth as Partial<SocketAuth> | undefined)?.token === auth.token;
  if (sameToken && current.active) return current;
  if (current.active) current.disconnect();
  current.auth = auth;
  current.connect();
  return current;
}
