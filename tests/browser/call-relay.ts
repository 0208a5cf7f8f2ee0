/**
 * Ways for the test server to relay a round's call signals badly, as a busy or broken network
 * would: each one is a Socket.IO middleware on every socket, now and later, that touches only
 * `call:signal` commands of one round. The server code itself is untouched.
 */
import type { MockLoopSocket } from '../../server/src/socket/gateway.js';
import type { TestServer } from '../helpers/server';

type Next = (error?: Error) => void;
type Signal = { roundId?: string; to?: string; description?: { type?: string; sdp?: string }; candidate?: { usernameFragment?: string } | null };

function onEverySocket(server: TestServer, use: (socket: MockLoopSocket) => void) {
  for (const socket of server.app.io.of('/').sockets.values()) use(socket);
  server.app.io.on('connection', use);
}

function onSignals(server: TestServer, roundId: string, handle: (socket: MockLoopSocket, signal: Signal, next: Next) => void) {
  onEverySocket(server, (socket) =>
    socket.use(([event, payload]: unknown[], next: Next) => {
      const signal = payload as Signal;
      if (event !== 'call:signal' || signal?.roundId !== roundId) return next();
      handle(socket, signal, next);
    }),
  );
}

/** Loses the first offer each person sends, as a socket dropping mid-offer would; returns who lost one. */
export function loseFirstOffers(server: TestServer, roundId: string): Set<string> {
  const lost = new Set<string>();
  onSignals(server, roundId, (socket, signal, next) => {
    const from = socket.data.principal.participantId;
    if (signal.description?.type !== 'offer' || lost.has(from)) return next();
    lost.add(from);
  });
  return lost;
}

/** Relays every signal `ms` late, in order, as a starved machine does. */
export function delaySignals(server: TestServer, roundId: string, ms: number) {
  onEverySocket(server, (socket) => {
    let last = 0;
    socket.use(([event, payload]: unknown[], next: Next) => {
      if (event !== 'call:signal' || (payload as Signal)?.roundId !== roundId) return next();
      const at = Math.max(Date.now() + ms, last);
      last = at;
      setTimeout(next, at - Date.now());
    });
  });
}

/** Loses every ICE candidate, trickled or written into a description, while `losing()` holds. */
export function loseCandidates(server: TestServer, roundId: string, losing: () => boolean) {
  onSignals(server, roundId, (_socket, signal, next) => {
    if (!losing()) return next();
    if (signal.candidate) return;
    if (signal.description?.sdp) signal.description.sdp = signal.description.sdp.replace(/^a=(candidate|end-of-candidates).*\r\n/gm, '');
    next();
  });
}

/** CALL_DEBUG=1: prints what the server is asked to relay, and whether the target is in the call to hear it. */
export function traceSignals(server: TestServer) {
  const at = () => Date.now() % 100_000;
  onEverySocket(server, (socket) => {
    const me = socket.data.principal.participantId.slice(0, 4);
    console.log('[server]', at(), me, 'connected', socket.id);
    socket.on('disconnect', (reason: string) => console.log('[server]', at(), me, 'disconnected', socket.id, reason));
    socket.use(([event, payload]: unknown[], next: Next) => {
      const signal = payload as Signal;
      if (event === 'call:signal' && signal?.roundId && signal.to) {
        const listening = server.app.io.of('/').adapter.rooms.get(`call:${signal.roundId}:${signal.to}`)?.size ?? 0;
        const what = signal.description ? `${signal.description.type} ufrag=${/a=ice-ufrag:(\S+)/.exec(signal.description.sdp ?? '')?.[1]}` : `candidate ufrag=${signal.candidate?.usernameFragment}`;
        console.log('[server]', at(), me, '->', signal.to.slice(0, 4), what, 'sender in call', socket.rooms.has(`call:${signal.roundId}`), 'target sockets', listening);
      } else if (typeof event === 'string' && event.startsWith('call:')) console.log('[server]', at(), me, event, socket.id);
      next();
    });
  });
}
