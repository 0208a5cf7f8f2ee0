import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/**
 * A redis-server of a test's own, on its own port and without persistence, that the test may
 * kill and start again on the same port; the machine's Redis is never touched.
 */
export type PrivateRedis = {
  url: string;
  /** Like a crash: SIGKILL, every connection dropped, every stream lost. */
  kill(): Promise<void>;
  start(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'];
      const started = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      let out = '';
      const onData = (data: Buffer) => {
        out += data;
        if (/Ready to accept connections/i.test(out)) {
          started.stdout.off('data', onData);
          resolve();
        }
      };
      started.stdout.on('data', onData);
      started.stderr.on('data', (data: Buffer) => (out += data));
      started.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${out}`)));
      started.once('error', reject);
    });
  const kill = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, kill, start };
}
