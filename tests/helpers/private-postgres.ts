import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A Postgres server of a test's own: `initdb` in a temporary folder, its own port, the
 * machine's Postgres binaries. A test may stop and restart it at will; the shared service on
 * 5432 is never touched.
 */
export type PrivatePostgres = {
  url: string;
  port: number;
  /** Like a crash: no checkpoint, connections dropped at once. */
  stop(): void;
  start(): Promise<void>;
  destroy(): void;
};

/** The folder holding initdb, pg_ctl and postgres, or null when Postgres is not installed. */
export function postgresBinDir(): string | null {
  const candidates = [process.env.PG_BIN_DIR, ...listVersions('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin`), '/usr/local/bin', '/usr/bin'];
  for (const dir of candidates) {
    if (dir && ['initdb', 'pg_ctl', 'postgres'].every((bin) => existsSync(join(dir, bin)))) return dir;
  }
  return null;
}

function listVersions(root: string): string[] {
  try {
    return readdirSync(root).sort((a, b) => Number(b) - Number(a));
  } catch {
    return [];
  }
}

/** Postgres refuses to run as root: when we are root, run it as an unprivileged user. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const user of ['postgres', 'nobody']) {
    const id = spawnSync('id', ['-u', user], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
    if (id.status === 0 && gid.status === 0) return { uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
  }
  throw new Error('running as root and no unprivileged user to run Postgres as');
}

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

export async function startPrivatePostgres(binDir: string): Promise<PrivatePostgres> {
  const user = runAs();
  const root = mkdtempSync(join(tmpdir(), 'mockloop-pg-'));
  const dataDir = join(root, 'data');
  if (user) chownSync(root, user.uid, user.gid);
  const as = user ? { uid: user.uid, gid: user.gid } : {};
  execFileSync(join(binDir, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], { ...as, stdio: 'pipe' });
  const port = await freePort();
  const pgCtl = (args: string[]) => spawnSync(join(binDir, 'pg_ctl'), ['-D', dataDir, ...args], { ...as, encoding: 'utf8', timeout: 60_000 });
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;

  const start = async () => {
    const result = pgCtl(['-o', options, '-l', join(root, 'log'), '-w', '-t', '60', 'start']);
    if (result.status !== 0) throw new Error(`private Postgres did not start: ${result.stderr}${result.stdout}`);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: () => {
      pgCtl(['-m', 'immediate', '-w', 'stop']);
    },
    start,
    destroy: () => {
      pgCtl(['-m', 'immediate', '-w', 'stop']);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

