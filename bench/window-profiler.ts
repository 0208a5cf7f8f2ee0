import { Session } from 'node:inspector/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * CPU profile of the measured window only (not start-up, loop creation or connecting),
 * written as a .cpuprofile that Chrome DevTools, speedscope or bench/profile-top.ts read.
 */
export function createWindowProfiler(dir: string | undefined) {
  if (!dir) return { start: async () => {}, stop: async () => null as string | null };
  const session = new Session();
  session.connect();
  let running = false;
  return {
    async start() {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 500 });
      await session.post('Profiler.start');
      running = true;
    },
    async stop(): Promise<string | null> {
      if (!running) return null;
      running = false;
      const { profile } = await session.post('Profiler.stop');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `server-window-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
      writeFileSync(path, JSON.stringify(profile));
      return path;
    },
  };
}
