import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { PingPayload, type ClientToServerEvents, type InterServerEvents, type ServerToClientEvents } from '@mockloop/shared';
import { onCommand } from './handle.js';

export type MockLoopIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents>;

type Logger = { error(obj: unknown, msg: string): void; warn(obj: unknown, msg: string): void };

/** Socket.IO on the same HTTP server as the API. Payloads over 64 KB are refused. */
export function createGateway(server: HttpServer, opts: { allowedOrigins: string[]; log: Logger }): MockLoopIo {
  const io: MockLoopIo = new Server(server, {
    maxHttpBufferSize: 64 * 1024,
    cors: { origin: opts.allowedOrigins, credentials: false },
    // Refuse a foreign Origin before the handshake completes: the page must come from this
    // server (same host) or from PUBLIC_URL. Requests without an Origin (native clients,
    // tests) carry no ambient credentials, so they are allowed.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      const allowed = !origin || isSameOrigin(origin, req.headers.host) || opts.allowedOrigins.includes(origin);
      if (!allowed) opts.log.warn({ origin }, 'socket refused: origin not allowed');
      callback(allowed ? null : 'origin not allowed', allowed);
    },
  });

  io.on('connection', (socket) => {
    onCommand(socket, 'time:ping', PingPayload, opts.log, (payload) => ({
      clientSendAt: payload.clientSendAt,
      serverAt: Date.now(),
    }));
  });
  return io;
}

function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
