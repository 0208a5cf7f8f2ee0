/**
 * How a loop page gets its live connection back. Socket.IO retries by itself after a dropped
 * network or a crashed server; it stops when the server drops the socket on purpose (a
 * revoked or re-issued link, a server shutting down). A fresh read of the loop tells those
 * apart: a dead link stays down, a live one reconnects, no answer asks again a bit later.
 * Kept free of React so the mass-reconnect fault test runs this very code in Node.
 */
import type { Socket } from 'socket.io-client';

/** What a fresh read of the loop says about this browser's link. */
export type LinkCheck = 'alive' | 'dead' | 'unreachable';

const RETRY_AFTER_MS = 5000;

/**
 * Watches `socket` until the returned function is called. `onFreshConnect` runs on every
 * connect the server could not recover, when facts sent while away were lost.
 */
export function keepReconnecting(socket: Socket, checkLink: () => Promise<LinkCheck>, onFreshConnect: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const checkLinkThenReconnect = () => {
    if (disposed || socket.active) return;
    void checkLink().then((link) => {
      if (disposed) return;
      if (link === 'alive' && !socket.active) socket.connect();
      if (link === 'unreachable') timer = setTimeout(checkLinkThenReconnect, RETRY_AFTER_MS);
    });
  };
  const onConnect = () => {
    if (!socket.recovered) onFreshConnect();
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
}
