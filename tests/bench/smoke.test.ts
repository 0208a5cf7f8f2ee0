import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/db.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the benchmark script as `npm run bench` would and returns its stdout. */
function runBench(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

// Checks that the benchmark works end to end, never how fast: timings stay out of `npm test`.
describe('npm run bench', () => {
  it('runs two loops for a second and ends with one JSON object of the documented shape', async () => {
    const database = await createTestDatabase();
    try {
      const env: Record<string, string> = database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATABASE_URL: '' };
      const { code, stdout, stderr } = await runBench(['--loops', '2', '--duration', '1', '--warmup', '0', '--settle', '0', '--workers', '1', '--json'], env);
      expect(code, stderr).toBe(0);
      expect(stdout).toContain('autosave p99');
      const last = stdout.trim().split('\n').at(-1)!;
      const result = JSON.parse(last);
      const latencies = { p50: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number) };
      expect(result).toMatchObject({
        loops: 2,
        sockets: 16,
        durationS: 1,
        autosave: { ...latencies, count: expect.any(Number), errors: 0 },
        broadcast: latencies,
        baseline: { autosave: { p99: expect.any(Number) }, broadcast: { p99: expect.any(Number) } },
        eventLoopDelayP99: expect.any(Number),
        cpu: expect.any(Number),
        rssMb: expect.any(Number),
      });
      expect(result.autosave.count).toBeGreaterThan(0);
      expect(result).not.toHaveProperty('maxLoops');
    } finally {
      await database.drop();
    }
  }, 180_000);
});
