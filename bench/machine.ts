import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine the figures came from, for the report. */
export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

/** Busy and total jiffies of the whole machine (Linux); null elsewhere. */
export function machineTicks(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const values = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (values[3] ?? 0) + (values[4] ?? 0);
    const total = values.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** Cores kept busy between two readings (2 = both cores of a 2-core machine). */
export function coresBusy(from: ReturnType<typeof machineTicks>, to: ReturnType<typeof machineTicks>): number | null {
  if (!from || !to || to.total === from.total) return null;
  return ((to.busy - from.busy) / (to.total - from.total)) * os.cpus().length;
}
