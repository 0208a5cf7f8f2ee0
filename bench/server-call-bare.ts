/**
 * The baseline for call signalling: a bare Socket.IO server that relays `call:signal` to the
 * target's room with an ack, with no authorisation, no zod and no rate limit. Tokens are the
 * participant itself (JSON), as in server-bare.ts.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { serve } from './ipc.js';
import { createProbe } from './probe.js';
import type { BarePrincipal } from './plan.js';

const probe = createProbe();
const http = createServer((_req, res) => res.writeHead(404).end());
const io = new Server(http, { maxHttpBufferSize: 64 * 1024, pingInterval: 10_000, pingTimeout: 5_000 });
type Ack = (reply: unknown) => void;

io.use((socket, next) => {
  try {
    socket.data.principal = JSON.parse(String(socket.handshake.auth.token)) as BarePrincipal;
    next();
  } catch {
    next(new Error('unauthorized'));
  }
});

io.on('connection', (socket) => {
  const p = socket.data.principal as BarePrincipal;
  socket.on('call:join', async ({ roundId }: { roundId: string }, ack: Ack) => {
    await socket.join([`call:${roundId}`, `call:${roundId}:${p.participantId}`]);
    ack({ ok: true, data: { roundId, self: { participantId: p.participantId }, peers: [], iceServers: [], iceExpiresAt: null } });
  });
  socket.on('call:signal', (signal: { roundId: string; to: string; description?: unknown; candidate?: unknown }, ack: Ack) => {
    io.to(`call:${signal.roundId}:${signal.to}`).emit('call:signal', { ...signal, from: p.participantId });
    ack({ ok: true, data: null });
  });
});

await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const { port } = http.address() as { port: number };

serve(async (message) => {
  if (message.type === 'stats') {
    const reading = probe.read({ gc: message.gc === true });
    if (message.reset) probe.reset();
    return { ...reading, sockets: io.engine.clientsCount };
  }
  if (message.type === 'stop') {
    io.disconnectSockets(true);
    await new Promise<void>((resolve) => io.close(() => resolve()));
    setTimeout(() => process.exit(0), 50);
    return {};
  }
  throw new Error(`unknown request ${message.type}`);
});
process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}`, driver: 'none' });
