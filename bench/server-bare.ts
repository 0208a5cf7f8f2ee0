/**
 * The baseline: a bare Socket.IO server with the same rooms, commands, acks and facts as
 * MockLoop's live traffic, but in-memory handlers and no database. Tokens are the
 * participant itself (JSON), so no lookup is needed. The same generator drives it.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { serve } from './ipc.js';
import { createProbe } from './probe.js';
import type { BarePrincipal } from './plan.js';

const probe = createProbe();
const http = createServer((_req, res) => res.writeHead(404).end());
const io = new Server(http, { maxHttpBufferSize: 64 * 1024, pingInterval: 10_000, pingTimeout: 5_000 });
const versions = new Map<string, number>();
const clocks = new Map<string, { status: string; version: number; extendedMs: number }>();
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
  void socket.join([`loop:${p.loopId}`, `participant:${p.participantId}`, ...(p.roundId ? [`round:${p.roundId}`] : [])]);
  io.to(`loop:${p.loopId}`).emit('presence:changed', { loopId: p.loopId, entries: [] });
  socket.on('live:snapshot', (_payload: unknown, ack: Ack) => ack({ ok: true, data: { loopId: p.loopId, serverNow: Date.now(), clocks: [], presence: [] } }));
  socket.on('presence:enter', (_payload: unknown, ack: Ack) => ack({ ok: true, data: [] }));
  socket.on('scorecard:open', ({ roundId }: { roundId: string }, ack: Ack) => ack({ ok: true, data: { id: `card-${roundId}`, version: 0 } }));
  socket.on('scorecard:patch', (patch: { scorecardId: string; clientId: string; seq: number; ops: unknown[] }, ack: Ack) => {
    const version = (versions.get(patch.scorecardId) ?? 0) + 1;
    versions.set(patch.scorecardId, version);
    socket.to(`participant:${p.participantId}`).emit('scorecard:patched', { ...patch, version });
    ack({ ok: true, data: { version, duplicate: false } });
  });
  const clock = (type: string, fact: string) =>
    socket.on(type, ({ roundId, minutes }: { roundId: string; minutes?: number }, ack: Ack) => {
      const state = clocks.get(roundId) ?? { status: 'scheduled', version: 0, extendedMs: 0 };
      const next = { ...state, version: state.version + 1, status: fact === 'clock:paused' ? 'paused' : 'running', extendedMs: state.extendedMs + (minutes ?? 0) * 60_000 };
      clocks.set(roundId, next);
      io.to(`loop:${p.loopId}`).emit(fact, { loopId: p.loopId, roundId, state: next, serverNow: Date.now() });
      ack({ ok: true, data: next });
    });
  clock('clock:start', 'clock:started');
  clock('clock:pause', 'clock:paused');
  clock('clock:resume', 'clock:resumed');
  clock('clock:extend', 'clock:extended');
  socket.on('disconnect', () => io.to(`loop:${p.loopId}`).emit('presence:changed', { loopId: p.loopId, entries: [] }));
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
