/**
 * Server cost of whiteboard traffic per room. The real app runs in a child process (its CPU
 * alone is measured); this process drives R design-round rooms of three sockets each: the
 * candidate and the interviewer each send a `whiteboard:update` every ~250 ms (what the web
 * client's 150 ms debounce plus one update in flight gives while someone draws without
 * pause: a freehand stroke growing by a few points and a moved box), the shadow receives the
 * facts. Baseline in the same run, same server and sockets: `time:ping` at the same rate (the
 * socket, auth and ack path without any whiteboard work).
 * Run: npx tsx bench/whiteboard.bench.ts [--rooms 20] [--duration 15]   (DATABASE_URL for Postgres)
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { loopRequest } from '../tests/fixtures/loops.js';
import { nextMessage, request } from './ipc.js';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const ROOMS = arg('rooms', 20);
const DURATION_S = arg('duration', 15);
const EVERY_MS = 250;

const server = fork(join(import.meta.dirname, 'server-real.ts'), [], { execArgv: ['--import', 'tsx', '--expose-gc'], env: process.env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const { url, driver } = await nextMessage<{ url: string; driver: string }>(server, 'ready');

async function post(path: string, body: unknown) {
  const response = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return response.json() as Promise<{ loopId: string; links: { role: string; token: string; roundPosition?: number; name: string }[] }>;
}
const connect = (token: string) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { token } });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

type Room = { roundId: string; drawers: Socket[]; shadow: Socket; facts: number };
const rooms: Room[] = [];
for (let r = 0; r < ROOMS; r++) {
  const loop = await post('/api/loops', loopRequest());
  const organizer = loop.links.find((l) => l.role === 'organizer')!;
  const view = (await (await fetch(`${url}/api/loops/${loop.loopId}`, { headers: { authorization: `Bearer ${organizer.token}` } })).json()) as { rounds: { id: string; position: number }[] };
  const roundId = view.rounds.find((x) => x.position === 2)!.id; // the design round
  const token = (pred: (l: (typeof loop.links)[number]) => boolean) => loop.links.find(pred)!.token;
  const drawers = [await connect(token((l) => l.role === 'candidate')), await connect(token((l) => l.role === 'interviewer' && l.roundPosition === 2))];
  const shadow = await connect(token((l) => l.role === 'shadow'));
  const room: Room = { roundId, drawers, shadow, facts: 0 };
  shadow.on('whiteboard:updated', () => room.facts++);
  for (const s of [...drawers, shadow]) await s.timeout(10_000).emitWithAck('whiteboard:open', { roundId });
  rooms.push(room);
}

/** Runs one phase: every drawer sends `make(i)` every EVERY_MS (next only after the ack). */
async function phase(name: string, send: (socket: Socket, room: Room, who: number, i: number) => Promise<{ ok: boolean }>) {
  const latencies: number[] = [];
  let errors = 0;
  let running = true;
  await request(server, { type: 'stats', reset: true, gc: true });
  const loops = rooms.flatMap((room) =>
    room.drawers.map(async (socket, who) => {
      await new Promise((r) => setTimeout(r, Math.random() * EVERY_MS));
      for (let i = 1; running; i++) {
        const start = performance.now();
        const ack = await send(socket, room, who, i).catch(() => ({ ok: false }));
        latencies.push(performance.now() - start);
        if (!ack.ok) errors++;
        await new Promise((r) => setTimeout(r, Math.max(0, EVERY_MS - (performance.now() - start))));
      }
    }),
  );
  await new Promise((r) => setTimeout(r, DURATION_S * 1000));
  const reading = await request<{ cpu: number; eventLoopDelayP99: number; rssMb: number }>(server, { type: 'stats' });
  running = false;
  await Promise.all(loops);
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const result = { name, messages: latencies.length, errors, ackP50: p(0.5), ackP99: p(0.99), cpuCores: reading.cpu, cpuPerRoom: reading.cpu / ROOMS, loopDelayP99: reading.eventLoopDelayP99, rssMb: reading.rssMb };
  console.log(`${name.padEnd(10)} ${result.messages} msgs, ${errors} errors, ack p50 ${result.ackP50.toFixed(1)} ms p99 ${result.ackP99.toFixed(1)} ms, server CPU ${result.cpuCores.toFixed(3)} cores = ${(result.cpuPerRoom * 1000).toFixed(1)} millicores/room, loop delay p99 ${result.loopDelayP99.toFixed(1)} ms`);
  return result;
}

const stroke = (who: number, i: number) => {
  const points = Array.from({ length: 20 + (i % 40) }, (_, k) => [k * 3, Math.round(Math.sin(k / 4) * 30)]);
  return [
    { id: `stroke-${who}-${Math.floor(i / 20)}`, type: 'freedraw', version: i, versionNonce: i * 7 + who, isDeleted: false, x: 10 * who, y: i, width: 120, height: 60, strokeColor: '#1e1e1e', points, pressures: [], simulatePressure: true },
    { id: `box-${who}`, type: 'rectangle', version: i, versionNonce: i * 11 + who, isDeleted: false, x: i % 400, y: 200, width: 160, height: 80, strokeColor: '#1e1e1e', backgroundColor: 'transparent', roundness: { type: 3 } },
  ];
};
const clientIds = new Map<Socket, string>();
const clientIdOf = (socket: Socket) => clientIds.get(socket) ?? (clientIds.set(socket, `bench-${Math.random().toString(36).slice(2, 12)}`), clientIds.get(socket)!);

console.log(`${ROOMS} rooms x (2 drawers + 1 shadow), one update per drawer every ${EVERY_MS} ms, ${DURATION_S} s per phase, ${driver}`);
const baseline = await phase('time:ping', (socket) => socket.timeout(10_000).emitWithAck('time:ping', { clientSendAt: Date.now() }).then(() => ({ ok: true })));
const board = await phase('whiteboard', (socket, room, who, i) => socket.timeout(10_000).emitWithAck('whiteboard:update', { roundId: room.roundId, clientId: clientIdOf(socket), seq: i, elements: stroke(who, i) }));
const facts = rooms.reduce((sum, r) => sum + r.facts, 0);
console.log(`facts received by shadows: ${facts} (updates applied: ${board.messages - board.errors})`);
console.log(`ratio whiteboard/ping: CPU ${(board.cpuCores / baseline.cpuCores).toFixed(1)}x, ack p50 ${(board.ackP50 / baseline.ackP50).toFixed(1)}x, ack p99 ${(board.ackP99 / baseline.ackP99).toFixed(1)}x`);
console.log(JSON.stringify({ rooms: ROOMS, durationS: DURATION_S, driver, baseline, whiteboard: board, facts }));

for (const room of rooms) for (const s of [...room.drawers, room.shadow]) s.disconnect();
await request(server, { type: 'stop' });
process.exit(0);
