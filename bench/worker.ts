/**
 * A load-generator process: creates its share of loops, connects every member with
 * socket.io-client, then "types" (an autosave about once a second per live interviewer),
 * works the clock now and then, and drops and restores connections at a small random rate.
 * Records raw latencies; the coordinator (run.ts) merges them.
 */
import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { serve } from './ipc.js';
import { bareLoop, createRealLoop, type LoopPlan } from './plan.js';
import { createProbe } from './probe.js';

export type WorkerSetup = {
  url: string;
  mode: 'real' | 'bare';
  loops: number;
  /** Index of this worker's first loop, for names only. */
  firstIndex: number;
  /** Per-socket chance per second of dropping and restoring its connection. */
  reconnectRate: number;
  /** Mean seconds between clock commands in a loop. */
  clockEveryS: number;
};

export type WorkerResult = {
  autosave: number[];
  autosaveErrors: number;
  errorCodes: Record<string, number>;
  broadcast: number[];
  broadcastMissed: number;
  clockAck: number[];
  clockErrors: number;
  reconnects: number;
  cpu: number;
  eventLoopDelayP99: number;
};

const ACK_TIMEOUT_MS = 5000;
const CLOCK_FACTS = ['clock:started', 'clock:paused', 'clock:resumed', 'clock:extended', 'clock:ended'] as const;

type Member = LoopPlan['members'][number] & { socket: Socket; downSince: number | null; downs: [number, number][] };
type Writer = { member: Member; scorecardId: string; clientId: string; seq: number; text: string; pending: number; away: boolean };
type LoopRun = { plan: LoopPlan; members: Member[]; writer: Writer; clock: string };
type Fact = { serverNow: number; loop: LoopRun; receivers: number; last: number };

let setup: WorkerSetup;
let loops: LoopRun[] = [];
const probe = createProbe();
const timers = new Set<NodeJS.Timeout>();
let window = { from: Infinity, to: Infinity };
let running = false;
const result: WorkerResult = { autosave: [], autosaveErrors: 0, errorCodes: {}, broadcast: [], broadcastMissed: 0, clockAck: [], clockErrors: 0, reconnects: 0, cpu: 0, eventLoopDelayP99: 0 };
const facts = new Map<string, Fact>();

/** Emits a command with a timeout; resolves with the ack, or an error code. */
function command(socket: Socket, event: string, payload: unknown): Promise<{ ok: true; data: any } | { ok: false; code: string }> {
  return new Promise((resolve) => {
    socket.timeout(ACK_TIMEOUT_MS).emit(event, payload, (err: Error | null, ack: any) => {
      if (err) resolve({ ok: false, code: socket.connected ? 'timeout' : 'disconnected' });
      else if (!ack?.ok) resolve({ ok: false, code: ack?.error?.code ?? 'bad-ack' });
      else resolve({ ok: true, data: ack.data });
    });
  });
}

const inWindow = (t: number) => t >= window.from && t < window.to;
const later = (ms: number, fn: () => void) => {
  const timer = setTimeout(() => {
    timers.delete(timer);
    fn();
  }, ms);
  timers.add(timer);
};
const countError = (code: string) => (result.errorCodes[code] = (result.errorCodes[code] ?? 0) + 1);

async function createLoops() {
  const plans: LoopPlan[] = [];
  let next = 0;
  // A few at a time, as organizers would; creation is not what is measured.
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < setup.loops) {
        const index = setup.firstIndex + next++;
        plans.push(setup.mode === 'real' ? await createRealLoop(setup.url, index) : bareLoop());
      }
    }),
  );
  return plans;
}

function connectMember(run: LoopRun, member: Member): Promise<void> {
  const socket = member.socket;
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
    socket.connect();
  });
}

/** What a page does on every (re)connect: fetch a snapshot, say where it is, open its card. */
async function onConnected(run: LoopRun, member: Member) {
  const snapshot = await command(member.socket, 'live:snapshot', {});
  if (!snapshot.ok) countError(`snapshot:${snapshot.code}`);
  if (member.live) await command(member.socket, 'presence:enter', { roundId: run.plan.liveRoundId });
  if (member.writer) {
    const card = await command(member.socket, 'scorecard:open', { roundId: run.plan.liveRoundId });
    if (!card.ok) throw new Error(`scorecard:open refused: ${card.code}`);
    run.writer.scorecardId = card.data.id;
  }
}

function makeMember(run: LoopRun, plan: LoopPlan['members'][number]): Member {
  const socket = io(setup.url, { transports: ['websocket'], forceNew: true, reconnection: false, autoConnect: false, auth: { token: plan.token } });
  const member: Member = { ...plan, socket, downSince: null, downs: [] };
  for (const type of CLOCK_FACTS) {
    socket.on(type, (fact: { roundId: string; state: { version: number; status: string }; serverNow: number }) => {
      const at = Date.now();
      const key = `${fact.roundId}:${fact.state.version}`;
      const seen = facts.get(key) ?? { serverNow: fact.serverNow, loop: run, receivers: 0, last: 0 };
      seen.receivers++;
      seen.last = Math.max(seen.last, at);
      facts.set(key, seen);
      run.clock = fact.state.status;
    });
  }
  return member;
}

async function connectAll() {
  const queue = loops.flatMap((run) => run.members.map((member) => ({ run, member })));
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < queue.length) {
        const { run, member } = queue[next++]!;
        await connectMember(run, member);
        await onConnected(run, member);
      }
    }),
  );
  // Every live round's clock starts once; later commands pause, resume and extend it.
  await Promise.all(loops.map((run) => command(run.writer.member.socket, 'clock:start', { roundId: run.plan.liveRoundId })));
}

function typeNext(writer: Writer) {
  if (!running) return;
  later(700 + Math.random() * 600, () => typeNext(writer));
  if (writer.away || !writer.member.socket.connected) return;
  writer.text += randomBytes(3).toString('base64url') + ' ';
  if (writer.text.length > 1500) writer.text = '';
  const seq = ++writer.seq;
  const sentAt = performance.now();
  const wall = Date.now();
  writer.pending++;
  void command(writer.member.socket, 'scorecard:patch', {
    scorecardId: writer.scorecardId,
    clientId: writer.clientId,
    seq,
    ops: [{ op: 'setText', field: 'summary', value: writer.text }],
  }).then((ack) => {
    writer.pending--;
    if (!inWindow(wall)) return;
    if (ack.ok) result.autosave.push(performance.now() - sentAt);
    else {
      result.autosaveErrors++;
      countError(`patch:${ack.code}`);
    }
  });
}

function clockNext(run: LoopRun) {
  if (!running) return;
  later((0.5 + Math.random()) * setup.clockEveryS * 1000, () => {
    clockNext(run);
    const sender = Math.random() < 0.8 ? run.writer.member : run.members.find((m) => m.role === 'organizer')!;
    if (!sender.socket.connected || run.clock === 'ended') return;
    const roundId = run.plan.liveRoundId;
    const extend = Math.random() < 0.35;
    const [event, payload] = extend ? ['clock:extend', { roundId, minutes: 1 }] : run.clock === 'paused' ? ['clock:resume', { roundId }] : ['clock:pause', { roundId }];
    const sentAt = performance.now();
    const wall = Date.now();
    void command(sender.socket, event, payload).then((ack) => {
      if (!inWindow(wall)) return;
      if (ack.ok) result.clockAck.push(performance.now() - sentAt);
      else if (ack.code !== 'conflict' && ack.code !== 'bad-request') {
        result.clockErrors++;
        countError(`clock:${ack.code}`);
      }
    });
  });
}

/** Drops a connection and restores it a moment later, as a flaky network would. */
async function reconnect(run: LoopRun, member: Member) {
  const writer = member.writer ? run.writer : null;
  if (writer) {
    // A tab that goes away mid-save replays it; here it waits, so every ack is counted once.
    writer.away = true;
    for (let i = 0; i < 250 && writer.pending > 0; i++) await new Promise((r) => setTimeout(r, 20));
  }
  result.reconnects++;
  member.downSince = Date.now();
  member.socket.disconnect();
  await new Promise((r) => setTimeout(r, 100 + Math.random() * 400));
  try {
    await connectMember(run, member);
    await onConnected(run, member);
  } catch {
    countError('reconnect');
  }
  member.downs.push([member.downSince, Date.now()]);
  member.downSince = null;
  if (writer) writer.away = false;
}

function reconnectTick() {
  if (!running) return;
  later(1000, reconnectTick);
  for (const run of loops) {
    for (const member of run.members) {
      if (member.downSince === null && Math.random() < setup.reconnectRate) void reconnect(run, member);
    }
  }
}

function finishBroadcasts() {
  for (const fact of facts.values()) {
    if (!inWindow(fact.serverNow)) continue;
    const wasDown = fact.loop.members.some((m) => (m.downSince !== null && m.downSince <= fact.serverNow) || m.downs.some(([a, b]) => a <= fact.serverNow && fact.serverNow <= b));
    if (fact.receivers < fact.loop.members.length) {
      if (!wasDown) result.broadcastMissed++;
      continue;
    }
    result.broadcast.push(fact.last - fact.serverNow);
  }
}

serve(async (message) => {
  switch (message.type) {
    case 'create': {
      setup = message.setup as WorkerSetup;
      const plans = await createLoops();
      loops = plans.map((plan) => {
        const run = { plan, members: [], clock: 'scheduled' } as unknown as LoopRun;
        run.members = plan.members.map((m) => makeMember(run, m));
        const member = run.members.find((m) => m.writer)!;
        run.writer = { member, scorecardId: '', clientId: `bench-${randomBytes(6).toString('hex')}`, seq: 0, text: '', pending: 0, away: false };
        return run;
      });
      return { loops: loops.length };
    }
    case 'connect':
      await connectAll();
      return { sockets: loops.reduce((n, run) => n + run.members.length, 0) };
    case 'go': {
      const durationMs = Number(message.durationMs);
      window = { from: Date.now(), to: Date.now() + durationMs };
      running = true;
      probe.reset();
      for (const run of loops) {
        later(Math.random() * 1000, () => typeNext(run.writer));
        clockNext(run);
      }
      later(1000, reconnectTick);
      await new Promise((r) => setTimeout(r, durationMs));
      running = false;
      const reading = probe.read();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      // Let the last commands and facts arrive before counting.
      for (let i = 0; i < 60 && loops.some((run) => run.writer.pending > 0 || run.members.some((m) => m.downSince !== null)); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, 500));
      finishBroadcasts();
      result.cpu = reading.cpu;
      result.eventLoopDelayP99 = reading.eventLoopDelayP99;
      return { result };
    }
    case 'leave':
      for (const run of loops) for (const member of run.members) member.socket.disconnect();
      return {};
    default:
      throw new Error(`unknown request ${message.type}`);
  }
});
process.send?.({ type: 'ready' });
