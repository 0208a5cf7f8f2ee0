import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import {
  SocketAuth,
  type ClientToServerEvents,
  type InterServerEvents,
  type ServerToClientEvents,
} from '@mockloop/shared';
import { isAllowedOrigin } from '../auth/origins.js';
import { roomsFor, type Principal } from '../domain/principal.js';

type SocketData = {
  principal: Principal;
  /** The round page this socket has open (presence); null for the lobby or dashboard. */
  roundId: string | null;
};
export type MockLoopIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

type Logger = { error(obj: unknown, msg: string): void; warn(obj: unknown, msg: string): void };

type GatewayOptions = {
  allowedOrigins: string[];
  log: Logger;
  /** Resolves an invite token to its participant, or null for an unknown or revoked one. */
  authenticate(token: string): Promise<Principal | null>;
  /** Registers a connected socket's command handlers; runs before anything asynchronous. */
  registerHandlers(socket: MockLoopSocket): void;
  onConnected?(socket: MockLoopSocket): void;
};

export type MockLoopSocket = Parameters<Parameters<MockLoopIo['on']>[1]>[0];

/**
 * Socket.IO on the same HTTP server as the API. The handshake must carry a valid invite
 * token (and come from an allowed Origin) before any event is accepted; each socket then
 * joins the rooms its role may hear. Payloads over 64 KB are refused.
 */
export function createGateway(server: HttpServer, opts: GatewayOptions): MockLoopIo {
  const io: MockLoopIo = new Server(server, {
    maxHttpBufferSize: 64 * 1024,
    // A dropped network is noticed within 15 s, so presence shows no ghosts for long.
    pingInterval: 10_000,
    pingTimeout: 5_000,
    cors: { origin: opts.allowedOrigins, credentials: false },
    // Refuse a foreign Origin before the handshake completes: the page must come from this
    // server (same host) or from PUBLIC_URL. Requests without an Origin (native clients,
    // tests) carry no ambient credentials, so they are allowed.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      const allowed = !origin || isAllowedOrigin(origin, req.headers.host, opts.allowedOrigins);
      if (!allowed) opts.log.warn({ origin }, 'socket refused: origin not allowed');
      callback(allowed ? null : 'origin not allowed', allowed);
    },
  });

  io.use((socket, next) => {
    const auth = SocketAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('unauthorized: an invite token is required'));
    opts
      .authenticate(auth.data.token)
      .then((principal) => {
        if (!principal) return next(new Error('unauthorized: this link is not valid any more'));
        socket.data.principal = principal;
        socket.data.roundId = null;
        next();
      })
      .catch((error: unknown) => {
        opts.log.error({ err: error }, 'socket authentication failed');
        next(new Error('unavailable: try again in a moment'));
      });
  });

  io.on('connection', (socket) => {
    // Listeners first, before anything asynchronous, so no early event is missed.
    opts.registerHandlers(socket);
    answerUnknownCommands(socket);
    void socket.join(roomsFor(socket.data.principal));
    opts.onConnected?.(socket);
  });
  return io;
}

/** A command nobody handles is answered (when it has an ack) instead of left hanging. */
function answerUnknownCommands(socket: MockLoopSocket) {
  socket.onAny((event: unknown, ...args: unknown[]) => {
    const ack = args.at(-1);
    if (typeof event !== 'string' || typeof ack !== 'function' || socket.listeners(event as never).length > 0) return;
    (ack as (a: unknown) => void)({ ok: false, error: { code: 'bad-request', message: `Unknown command: ${event.slice(0, 60)}` } });
  });
}
