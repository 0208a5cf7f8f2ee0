/**
 * The server under test: the real app (buildApp) in a process of its own, so the load
 * generator's CPU does not count against it. Database: DATABASE_URL if set, else PGlite in
 * BENCH_DATA_DIR. Reports its own figures to the parent over IPC.
 */
import { buildApp } from '../server/src/app.js';
import { serve } from './ipc.js';
import { createProbe } from './probe.js';
import { createWindowProfiler } from './window-profiler.js';

const probe = createProbe();
const profiler = createWindowProfiler(process.env.BENCH_CPU_PROFILE_DIR);
const app = await buildApp(
  {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.BENCH_DATA_DIR ?? 'memory://',
    publicUrl: undefined,
    logLevel: 'warn',
    redisUrl: undefined,
    redisConnectTimeoutMs: 10_000,
    // The generator creates every loop from one address.
    loopCreationsPerMinute: 1_000_000,
    ice: { servers: [], turn: undefined },
    trustProxy: false,
  },
  { logStream: process.stderr },
);
const address = await app.listen({ port: 0, host: '127.0.0.1' });

serve(async (message) => {
  if (message.type === 'stats') {
    const reading = probe.read({ gc: message.gc === true });
    // The measured window runs from a reset to the next plain reading.
    const profile = message.reset ? null : await profiler.stop();
    if (message.reset) {
      probe.reset();
      await profiler.start();
    }
    return { ...reading, sockets: app.io.engine.clientsCount, profile };
  }
  if (message.type === 'stop') {
    await app.close();
    // Exit on the next turn so the reply goes out first; --cpu-prof writes its file at exit.
    setTimeout(() => process.exit(0), 50);
    return {};
  }
  throw new Error(`unknown request ${message.type}`);
});
process.send?.({ type: 'ready', url: address.replace('localhost', '127.0.0.1'), driver: app.database.driver });
