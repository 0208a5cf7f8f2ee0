/**
 * `npm run bench`: what one MockLoop server process carries. Starts the real server (and a
 * bare Socket.IO baseline) in child processes, drives N concurrent loops from separate
 * generator processes, and prints a table (and, with --json, one JSON object as the last
 * line). See bench/README.md and BENCHMARKS.md.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { nextMessage, request } from './ipc.js';
import { coresBusy, describeMachine, machineTicks } from './machine.js';
import { latencyPlot } from './plot.js';
import type { ProbeReading } from './probe.js';
import { round, summarize, type Summary } from './stats.js';
import type { WorkerResult, WorkerSetup } from './worker.js';

const HERE = import.meta.dirname;
const RESULTS = join(HERE, 'results');
const AUTOSAVE_LIMIT_MS = 100;

const { values: args } = parseArgs({
  options: {
    loops: { type: 'string' },
    duration: { type: 'string' },
    json: { type: 'boolean', default: false },
    'find-max': { type: 'boolean', default: false },
    'max-loops': { type: 'string', default: '2000' },
    workers: { type: 'string', default: '2' },
    'reconnect-rate': { type: 'string', default: '0.002' },
    'clock-every': { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    'no-baseline': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    out: { type: 'string' },
    'quiet-wait': { type: 'string', default: '0' },
    settle: { type: 'string', default: '2,10' },
  },
});

const options = {
  loops: Number(args.loops ?? (args['find-max'] ? 100 : 300)),
  durationS: Number(args.duration ?? (args['find-max'] ? 20 : 60)),
  workers: Math.max(1, Number(args.workers)),
  reconnectRate: Number(args['reconnect-rate']),
  clockEveryS: Number(args['clock-every']),
  warmupS: Number(args.warmup),
  baseline: !args['no-baseline'],
  cpuProf: args['cpu-prof'],
  quietWaitS: Number(args['quiet-wait']),
  /** Seconds after the last client left at which memory is read (the last one is reported). */
  settleS: String(args.settle).split(',').map(Number),
};
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

type RunResult = {
  mode: 'real' | 'bare';
  loops: number;
  sockets: number;
  durationS: number;
  autosave: Summary & { errors: number };
  broadcast: Summary & { missed: number };
  clockAck: Summary & { errors: number };
  errorCodes: Record<string, number>;
  reconnects: number;
  eventLoopDelayP99: number;
  eventLoopDelayMax: number;
  cpu: number;
  rssMb: number;
  rssStartMb: number;
  rssIdleMb: number;
  rssEndMb: number;
  heapStartMb: number;
  heapEndMb: number;
  memoryPerSocketKb: number;
  generator: { processes: number; cpu: number; eventLoopDelayP99: number };
  machineCoresBusy: number | null;
  otherCoresBusy: number | null;
  /** Cores other programs kept busy just before the run (a shared machine is noisy). */
  backgroundCoresBusy: number | null;
};

/** Cores busy over a short sample, with nothing of ours running. */
async function backgroundLoad(): Promise<number | null> {
  const from = machineTicks();
  await sleep(2000);
  return coresBusy(from, machineTicks());
}

/** Waits (up to --quiet-wait seconds) for other programs to leave the machine mostly idle. */
async function waitForQuiet(): Promise<number | null> {
  const until = Date.now() + options.quietWaitS * 1000;
  for (;;) {
    const busy = await backgroundLoad();
    if (busy === null || busy < 0.25 || Date.now() >= until) return busy === null ? null : round(busy, 2);
    log(`machine busy (${busy.toFixed(2)} cores used by other programs); waiting`);
    await sleep(5000);
  }
}

function forkTs(file: string, env: NodeJS.ProcessEnv, execArgv: string[] = []): ChildProcess {
  const child = fork(join(HERE, file), [], { execArgv: ['--import', 'tsx', ...execArgv], env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return child;
}

function stopChild(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (r: ProbeReading) => round(r.rssMb);

/** One measured run: a fresh server, N loops, the traffic for `durationS`, then everyone leaves. */
async function runOnce(mode: 'real' | 'bare', loops: number, durationS: number): Promise<RunResult> {
  let dataDir: string | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (mode === 'real' && !process.env.DATABASE_URL) {
    dataDir = mkdtempSync(join(tmpdir(), 'mockloop-bench-'));
    env.BENCH_DATA_DIR = dataDir;
  }
  const background = await waitForQuiet();
  // The real server profiles the measured window itself (see window-profiler.ts).
  if (options.cpuProf && mode === 'real') env.BENCH_CPU_PROFILE_DIR = join(RESULTS, 'profiles');
  const server = forkTs(mode === 'real' ? 'server-real.ts' : 'server-bare.ts', env, ['--expose-gc']);
  const workers: ChildProcess[] = [];
  try {
    const { url } = await nextMessage<{ url: string }>(server, 'ready');
    const start = await request<ProbeReading>(server, { type: 'stats', gc: true });
    const count = Math.min(options.workers, loops);
    for (let i = 0; i < count; i++) workers.push(forkTs('worker.ts', process.env));
    await Promise.all(workers.map((w) => nextMessage(w, 'ready')));

    log(`${mode}: creating ${loops} loops`);
    let first = 0;
    await Promise.all(
      workers.map((w, i) => {
        const share = Math.floor(loops / count) + (i < loops % count ? 1 : 0);
        const setup: WorkerSetup = { url, mode, loops: share, firstIndex: first, reconnectRate: options.reconnectRate, clockEveryS: options.clockEveryS };
        first += share;
        return request(w, { type: 'create', setup });
      }),
    );
    const idle = await request<ProbeReading>(server, { type: 'stats', gc: true });
    log(`${mode}: connecting`);
    const connected = await Promise.all(workers.map((w) => request<{ sockets: number }>(w, { type: 'connect' })));
    const sockets = connected.reduce((n, c) => n + c.sockets, 0);
    await sleep(options.warmupS * 1000);
    const loaded = await request<ProbeReading & { sockets: number }>(server, { type: 'stats', gc: true, reset: true });

    log(`${mode}: ${loops} loops, ${sockets} sockets, measuring ${durationS} s`);
    const ticksFrom = machineTicks();
    let during: (ProbeReading & { profile?: string | null }) | undefined;
    let ticksTo: ReturnType<typeof machineTicks> = null;
    const reading = sleep(durationS * 1000).then(async () => {
      ticksTo = machineTicks();
      during = await request<ProbeReading>(server, { type: 'stats' });
    });
    const results = (await Promise.all(workers.map((w) => request<{ result: WorkerResult }>(w, { type: 'go', durationMs: durationS * 1000 })))).map((r) => r.result);
    await reading;
    if (during?.profile) log(`CPU profile of the window: ${during.profile} (summary: npx tsx bench/profile-top.ts <file>)`);

    await Promise.all(workers.map((w) => request(w, { type: 'leave' })));
    // Everyone has left once the server counts no sockets; then give it a few idle seconds.
    for (let i = 0; i < 100; i++) {
      if ((await request<{ sockets: number }>(server, { type: 'stats' })).sockets === 0) break;
      await sleep(200);
    }
    const memoryTrail: { afterS: number; rssMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number }[] = [];
    let end!: ProbeReading;
    for (const afterS of options.settleS) {
      await sleep((afterS - (memoryTrail.at(-1)?.afterS ?? 0)) * 1000);
      end = await request<ProbeReading>(server, { type: 'stats', gc: true });
      memoryTrail.push({ afterS, rssMb: round(end.rssMb), heapUsedMb: round(end.heapUsedMb), heapTotalMb: round(end.heapTotalMb), externalMb: round(end.externalMb) });
    }
    log(`${mode}: memory after everyone left: ${memoryTrail.map((m) => `${m.afterS} s: RSS ${m.rssMb} MB, heap ${m.heapUsedMb}/${m.heapTotalMb} MB`).join('; ')}`);
    await request(server, { type: 'stop' }).catch(() => undefined);

    const all = <K extends 'autosave' | 'broadcast' | 'clockAck'>(key: K) => results.flatMap((r) => r[key]);
    const sum = (pick: (r: WorkerResult) => number) => results.reduce((n, r) => n + pick(r), 0);
    const errorCodes: Record<string, number> = {};
    for (const r of results) for (const [code, n] of Object.entries(r.errorCodes)) errorCodes[code] = (errorCodes[code] ?? 0) + n;
    const generatorCpu = sum((r) => r.cpu);
    const machine = coresBusy(ticksFrom, ticksTo);
    return {
      mode,
      loops,
      sockets,
      durationS,
      autosave: { ...summarize(all('autosave')), errors: sum((r) => r.autosaveErrors) },
      broadcast: { ...summarize(all('broadcast')), missed: sum((r) => r.broadcastMissed) },
      clockAck: { ...summarize(all('clockAck')), errors: sum((r) => r.clockErrors) },
      errorCodes,
      reconnects: sum((r) => r.reconnects),
      eventLoopDelayP99: round(during!.eventLoopDelayP99),
      eventLoopDelayMax: round(during!.eventLoopDelayMax),
      cpu: round(during!.cpu, 2),
      rssMb: round(during!.rssPeakMb),
      rssStartMb: mb(start),
      rssIdleMb: mb(idle),
      rssEndMb: mb(end),
      heapStartMb: round(start.heapUsedMb),
      heapEndMb: round(end.heapUsedMb),
      // Loaded against the same warmed-up process once everyone left: what the sockets held.
      memoryPerSocketKb: round(((loaded.rssMb - end.rssMb) * 1024) / Math.max(1, sockets)),
      generator: { processes: workers.length, cpu: round(generatorCpu, 2), eventLoopDelayP99: round(Math.max(...results.map((r) => r.eventLoopDelayP99))) },
      machineCoresBusy: machine === null ? null : round(machine, 2),
      otherCoresBusy: machine === null ? null : round(machine - during!.cpu - generatorCpu, 2),
      backgroundCoresBusy: background,
    };
  } finally {
    for (const w of workers) stopChild(w);
    // Give the server a moment to write its CPU profile, then make sure it is gone.
    await sleep(300);
    stopChild(server);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

type Step = { real: RunResult; bare: RunResult | null };

async function measure(loops: number, durationS: number): Promise<Step> {
  const real = await runOnce('real', loops, durationS);
  const bare = options.baseline ? await runOnce('bare', loops, durationS) : null;
  return { real, bare };
}

const held = (r: RunResult) => r.autosave.p99 <= AUTOSAVE_LIMIT_MS && r.autosave.errors === 0 && r.autosave.count > 0;

function table(step: Step): string {
  const { real, bare } = step;
  const rows: [string, string, string, string][] = [
    ['', 'MockLoop', 'bare Socket.IO', 'target'],
    ['loops / sockets', `${real.loops} / ${real.sockets}`, bare ? `${bare.loops} / ${bare.sockets}` : '-', ''],
    ['autosave p50 / p95 ms', `${real.autosave.p50} / ${real.autosave.p95}`, bare ? `${bare.autosave.p50} / ${bare.autosave.p95}` : '-', ''],
    ['autosave p99 / max ms', `${real.autosave.p99} / ${real.autosave.max}`, bare ? `${bare.autosave.p99} / ${bare.autosave.max}` : '-', `<= ${AUTOSAVE_LIMIT_MS}`],
    ['autosave count / errors', `${real.autosave.count} / ${real.autosave.errors}`, bare ? `${bare.autosave.count} / ${bare.autosave.errors}` : '-', 'errors 0'],
    ['broadcast p50 / p95 ms', `${real.broadcast.p50} / ${real.broadcast.p95}`, bare ? `${bare.broadcast.p50} / ${bare.broadcast.p95}` : '-', ''],
    ['broadcast p99 / max ms', `${real.broadcast.p99} / ${real.broadcast.max}`, bare ? `${bare.broadcast.p99} / ${bare.broadcast.max}` : '-', bare ? `<= 50 and <= ${round(bare.broadcast.p99 * 1.5)}` : '<= 50'],
    ['broadcasts / missed', `${real.broadcast.count} / ${real.broadcast.missed}`, bare ? `${bare.broadcast.count} / ${bare.broadcast.missed}` : '-', ''],
    ['clock command ack p99 ms', `${real.clockAck.p99}`, bare ? `${bare.clockAck.p99}` : '-', ''],
    ['event-loop delay p99 ms', `${real.eventLoopDelayP99}`, bare ? `${bare.eventLoopDelayP99}` : '-', '<= 20'],
    ['server CPU (cores)', `${real.cpu}`, bare ? `${bare.cpu}` : '-', ''],
    ['generator CPU (cores)', `${real.generator.cpu} in ${real.generator.processes}`, bare ? `${bare.generator.cpu} in ${bare.generator.processes}` : '-', ''],
    ['Postgres + rest (cores)', `${real.otherCoresBusy ?? '-'}`, bare ? `${bare.otherCoresBusy ?? '-'}` : '-', ''],
    ['RSS start / loaded / end MB', `${real.rssStartMb} / ${real.rssMb} / ${real.rssEndMb}`, bare ? `${bare.rssStartMb} / ${bare.rssMb} / ${bare.rssEndMb}` : '-', 'end within 10%'],
    ['JS heap start / end MB', `${real.heapStartMb} / ${real.heapEndMb}`, bare ? `${bare.heapStartMb} / ${bare.heapEndMb}` : '-', ''],
    ['memory per socket KB', `${real.memoryPerSocketKb}`, bare ? `${bare.memoryPerSocketKb}` : '-', '< 100'],
    ['reconnects', `${real.reconnects}`, bare ? `${bare.reconnects}` : '-', ''],
    ['other programs before run (cores)', `${real.backgroundCoresBusy ?? '-'}`, bare ? `${bare.backgroundCoresBusy ?? '-'}` : '-', 'near 0'],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

function jsonOf(step: Step, extra: Record<string, unknown> = {}) {
  const { real, bare } = step;
  return {
    loops: real.loops,
    sockets: real.sockets,
    durationS: real.durationS,
    autosave: real.autosave,
    broadcast: real.broadcast,
    baseline: bare
      ? { autosave: { p50: bare.autosave.p50, p95: bare.autosave.p95, p99: bare.autosave.p99 }, broadcast: { p50: bare.broadcast.p50, p95: bare.broadcast.p95, p99: bare.broadcast.p99 }, eventLoopDelayP99: bare.eventLoopDelayP99, cpu: bare.cpu }
      : null,
    eventLoopDelayP99: real.eventLoopDelayP99,
    cpu: real.cpu,
    rssMb: real.rssMb,
    rssStartMb: real.rssStartMb,
    rssEndMb: real.rssEndMb,
    heapStartMb: real.heapStartMb,
    heapEndMb: real.heapEndMb,
    memoryPerSocketKb: real.memoryPerSocketKb,
    clockAck: real.clockAck,
    generator: real.generator,
    otherCoresBusy: real.otherCoresBusy,
    backgroundCoresBusy: real.backgroundCoresBusy,
    errorCodes: real.errorCodes,
    database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
    machine: describeMachine(),
    date: new Date().toISOString(),
    ...extra,
  };
}

/** Raises N until autosave p99 passes the limit or errors appear; then narrows the gap once or twice. */
async function findMax() {
  const ladder = [100, 200, 300, 400, 500, 600, 800, 1000, 1200, 1500, 2000].filter((n) => n >= options.loops && n <= Number(args['max-loops']));
  const steps: Step[] = [];
  let best: Step | null = null;
  let failed: number | null = null;
  for (const loops of ladder) {
    const step = await measure(loops, options.durationS);
    steps.push(step);
    log(`find-max: ${loops} loops -> autosave p99 ${step.real.autosave.p99} ms, errors ${step.real.autosave.errors}: ${held(step.real) ? 'held' : 'did not hold'}`);
    if (!held(step.real)) {
      failed = loops;
      break;
    }
    best = step;
  }
  for (let i = 0; i < 2 && failed !== null && failed - (best?.real.loops ?? 0) > 100; i++) {
    const loops = Math.round(((best?.real.loops ?? 0) + failed) / 200) * 100;
    const step = await measure(loops, options.durationS);
    steps.push(step);
    log(`find-max: ${loops} loops -> autosave p99 ${step.real.autosave.p99} ms: ${held(step.real) ? 'held' : 'did not hold'}`);
    if (held(step.real)) best = step;
    else failed = loops;
  }
  steps.sort((a, b) => a.real.loops - b.real.loops);
  return { steps, best, failed };
}

function writePlot(steps: Step[]) {
  mkdirSync(RESULTS, { recursive: true });
  const series = [
    { label: 'autosave p99 (MockLoop)', color: '#1f6feb', points: steps.map((s) => ({ x: s.real.loops, y: s.real.autosave.p99 })) },
    { label: 'broadcast p99 (MockLoop)', color: '#2da44e', points: steps.map((s) => ({ x: s.real.loops, y: s.real.broadcast.p99 })) },
  ];
  const bare = steps.filter((s) => s.bare);
  if (bare.length) {
    series.push(
      { label: 'ack p99 (bare Socket.IO)', color: '#1f6feb', dashed: true, points: bare.map((s) => ({ x: s.bare!.loops, y: s.bare!.autosave.p99 })) } as (typeof series)[number],
      { label: 'broadcast p99 (bare)', color: '#2da44e', dashed: true, points: bare.map((s) => ({ x: s.bare!.loops, y: s.bare!.broadcast.p99 })) } as (typeof series)[number],
    );
  }
  const driver = process.env.DATABASE_URL ? 'Postgres' : 'PGlite';
  const path = join(RESULTS, 'latency-vs-loops.svg');
  writeFileSync(path, latencyPlot(series, { title: `MockLoop, one server process, ${driver}: p99 latency vs concurrent loops`, limitMs: AUTOSAVE_LIMIT_MS }));
  return path;
}

async function main() {
  if (args['find-max']) {
    const { steps, best, failed } = await findMax();
    const plot = writePlot(steps);
    for (const step of steps) console.log(`\n${step.real.loops} loops (${step.real.durationS} s):\n${table(step)}`);
    const summary = steps.map((s) => `${String(s.real.loops).padStart(5)} loops: autosave p99 ${s.real.autosave.p99} ms, errors ${s.real.autosave.errors}, broadcast p99 ${s.real.broadcast.p99} ms${s.bare ? ` (bare ${s.bare.broadcast.p99})` : ''}, ELD p99 ${s.real.eventLoopDelayP99} ms, server CPU ${s.real.cpu}`);
    console.log(`\nfind-max: largest N that held: ${best?.real.loops ?? 0}${failed ? `; ${failed} did not` : ''}\n${summary.join('\n')}\nplot: ${plot}`);
    const result = best ? jsonOf(best, { maxLoops: best.real.loops, firstFailedLoops: failed, steps: steps.map((s) => jsonOf(s)) }) : { maxLoops: 0, steps: steps.map((s) => jsonOf(s)) };
    if (args.out) writeFileSync(args.out, JSON.stringify(result, null, 2) + '\n');
    if (args.json) console.log(JSON.stringify(result));
    return;
  }
  const step = await measure(options.loops, options.durationS);
  console.log(`\n${step.real.loops} loops for ${step.real.durationS} s (${process.env.DATABASE_URL ? 'Postgres' : 'PGlite'}):\n${table(step)}`);
  const result = jsonOf(step);
  if (args.out) writeFileSync(args.out, JSON.stringify(result, null, 2) + '\n');
  if (args.json) console.log(JSON.stringify(result));
}

await main();
