import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * What a server process reports about itself: event-loop delay, CPU and memory. Lives in the
 * benchmark entries only (over IPC), never in the production app.
 */
export function createProbe() {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let cpuFrom = process.cpuUsage();
  let wallFrom = performance.now();
  let rssPeak = 0;
  const peakTimer = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 250);
  peakTimer.unref();

  return {
    /** Starts a new measurement window. */
    reset() {
      delay.reset();
      cpuFrom = process.cpuUsage();
      wallFrom = performance.now();
      rssPeak = process.memoryUsage.rss();
    },
    /** Figures since the last reset; `gc` first collects garbage so RSS means live memory. */
    read(options: { gc?: boolean } = {}) {
      if (options.gc) collectGarbage();
      const cpu = process.cpuUsage(cpuFrom);
      const wallMs = performance.now() - wallFrom;
      const memory = process.memoryUsage();
      return {
        eventLoopDelayP99: delay.percentile(99) / 1e6,
        eventLoopDelayMax: delay.max / 1e6,
        eventLoopDelayMean: delay.mean / 1e6,
        /** Share of one core used by this process over the window (1 = one full core). */
        cpu: (cpu.user + cpu.system) / 1000 / wallMs,
        wallMs,
        rssMb: memory.rss / 2 ** 20,
        rssPeakMb: Math.max(rssPeak, memory.rss) / 2 ** 20,
        heapUsedMb: memory.heapUsed / 2 ** 20,
        heapTotalMb: memory.heapTotal / 2 ** 20,
        externalMb: memory.external / 2 ** 20,
      };
    },
  };
}

export type ProbeReading = ReturnType<ReturnType<typeof createProbe>['read']>;

function collectGarbage() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  // Two passes: the first may only promote what the second then frees.
  gc();
  gc();
}
