/**
 * Server cost of call signalling per room: R rooms, each a round call of three (candidate,
 * interviewer, listen-only shadow). Each room sets up its call again and again: for each of
 * its 3 pairs an offer and an answer (6 KB SDP each) and 10 ICE candidates each way, 66
 * relayed signals per set-up, the traffic of a join or of an ICE restart after a reconnect.
 * The real app (server-real.ts) and a bare Socket.IO relay (server-call-bare.ts) get the same
 * traffic in the same run; the figure is server CPU per call set-up and its ratio to bare.
 * Each room starts a set-up every `--every` seconds (open loop, staggered).
 * Run: npx tsx bench/call-signalling.bench.ts [--rooms 30] [--seconds 15] [--every 1]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { nextMessage, request } from './ipc.js';
import { bareLoop, createRealLoop, type LoopPlan } from './plan.js';
import type { ProbeReading } from './probe.js';
import { round, summarize } from './stats.js';

const { values: args } = parseArgs({
  options: { rooms: { type: 'string', default: '30' }, seconds: { type: 'string', default: '15' }, every: { type: 'string', default: '1' } },
});
const ROOMS = Number(args.rooms);
const SECONDS = Number(args.seconds);
/** Seconds between a room's set-ups: 22 signals per socket each, under the 50/s signalling limit at 1 s. */
const EVERY_MS = Number(args.every) * 1000;
const SDP = `v=0\r\n${'a=candidate-or-codec-line-of-a-typical-description\r\n'.repeat(120)}a=sendrecv\r\n`; // ~6 KB
const CANDIDATE = { candidate: 'candidate:842163049 1 udp 1677729535 198.51.100.7 54321 typ srflx raddr 10.0.0.2 rport 54321', sdpMid: '0', sdpMLineIndex: 0 };

type Peer = { socket: Socket; id: string; sends: boolean };

function forkTs(file: string): ChildProcess {
  return fork(join(import.meta.dirname, file), [], { execArgv: ['--import', 'tsx', '--expose-gc'], env: { ...process.env, BENCH_DATA_DIR: 'memory://' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

async function connect(url: string, token: string): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { token } });
  await new Promise<void>((resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)));
  return socket;
}

async function joinRoom(url: string, plan: LoopPlan): Promise<Peer[]> {
  const live = plan.members.filter((m) => m.live);
  return Promise.all(
    live.map(async (m) => {
      const socket = await connect(url, m.token);
      const ack = await socket.timeout(10_000).emitWithAck('call:join', { roundId: plan.liveRoundId });
      if (!ack.ok) throw new Error(`join refused: ${JSON.stringify(ack)}`);
      return { socket, id: ack.data.self.participantId as string, sends: m.role !== 'shadow' };
    }),
  );
}

/** One call set-up in a room: every pair negotiates once; resolves when every ack is in. */
async function setUp(roundId: string, peers: Peer[], latencies: number[]): Promise<number> {
  const sends: Promise<void>[] = [];
  const signal = (from: Peer, to: Peer, body: object) => {
    const start = performance.now();
    sends.push(
      from.socket
        .timeout(10_000)
        .emitWithAck('call:signal', { roundId, to: to.id, ...body })
        .then((ack: { ok: boolean }) => {
          if (!ack.ok) throw new Error(`signal refused: ${JSON.stringify(ack)}`);
          latencies.push(performance.now() - start);
        }),
    );
  };
  for (const [a, b] of [[peers[0]!, peers[1]!], [peers[0]!, peers[2]!], [peers[1]!, peers[2]!]] as const) {
    const [offerer, answerer] = a.sends ? [a, b] : [b, a];
    signal(offerer, answerer, { description: { type: 'offer', sdp: SDP } });
    signal(answerer, offerer, { description: { type: 'answer', sdp: answerer.sends ? SDP : SDP.replace('a=sendrecv', 'a=recvonly') } });
    for (let i = 0; i < 10; i++) signal(offerer, answerer, { candidate: CANDIDATE }), signal(answerer, offerer, { candidate: CANDIDATE });
  }
  await Promise.all(sends);
  return sends.length;
}

async function run(mode: 'real' | 'bare') {
  const server = forkTs(mode === 'real' ? 'server-real.ts' : 'server-call-bare.ts');
  try {
    const { url } = await nextMessage<{ url: string }>(server, 'ready');
    const plans = mode === 'real' ? await Promise.all(Array.from({ length: ROOMS }, (_, i) => createRealLoop(url, i))) : Array.from({ length: ROOMS }, bareLoop);
    const rooms = await Promise.all(plans.map(async (plan) => ({ roundId: plan.liveRoundId, peers: await joinRoom(url, plan) })));
    const latencies: number[] = [];
    let signals = 0;
    let setUps = 0;
    await request<ProbeReading>(server, { type: 'stats', reset: true, gc: true });
    const until = performance.now() + SECONDS * 1000;
    await Promise.all(
      rooms.map(async (room, index) => {
        await sleep((EVERY_MS * index) / rooms.length);
        const running: Promise<void>[] = [];
        for (let next = performance.now(); next < until; next += EVERY_MS) {
          running.push(setUp(room.roundId, room.peers, latencies).then((n) => void ((signals += n), setUps++)));
          await sleep(next + EVERY_MS - performance.now());
        }
        await Promise.all(running);
      }),
    );
    const reading = await request<ProbeReading>(server, { type: 'stats' });
    for (const room of rooms) for (const peer of room.peers) peer.socket.disconnect();
    const cpuMs = reading.cpu * reading.wallMs;
    return { mode, setUps, signals, cpuMsPerSetUp: cpuMs / setUps, cpuUsPerSignal: (cpuMs * 1000) / signals, ack: summarize(latencies), eventLoopDelayP99: reading.eventLoopDelayP99 };
  } finally {
    await request(server, { type: 'stop' }).catch(() => undefined);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

const real = await run('real');
const bare = await run('bare');
for (const r of [real, bare]) {
  console.log(
    `${r.mode.padEnd(4)}: ${r.setUps} call set-ups (${r.signals} signals) in ${SECONDS} s over ${ROOMS} rooms; ` +
      `server CPU ${round(r.cpuMsPerSetUp, 2)} ms per set-up, ${round(r.cpuUsPerSignal, 1)} µs per signal; ack p50 ${round(r.ack.p50, 1)} / p99 ${round(r.ack.p99, 1)} ms`,
  );
}
console.log(`real / bare: ${round(real.cpuUsPerSignal / bare.cpuUsPerSignal, 2)}x CPU per signal`);
