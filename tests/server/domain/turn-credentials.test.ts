import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iceServersFor, turnCredentials, type TurnConfig } from '../../../server/src/domain/turn-credentials.js';

/**
 * TURN credentials in coturn's `use-auth-secret` format. A vector computed outside Node
 * (openssl) pins the format; a real coturn on loopback, when installed, proves it accepts
 * them and refuses expired or forged ones.
 */

const TURN: TurnConfig = { urls: ['turn:127.0.0.1:3478'], secret: 'north-wind-shared-secret', ttlSeconds: 3600 };
const PARTICIPANT = '8d0c7a52-4f7e-4a39-9a53-0c3f1c7b6d21';

describe('TURN credentials', () => {
  it('match a vector computed with openssl: username <expiry>:<participant>, password base64(HMAC-SHA1)', () => {
    // printf '%s' "1700003600:<participant>" | openssl dgst -sha1 -hmac north-wind-shared-secret -binary | base64
    expect(turnCredentials(TURN, PARTICIPANT, 1_700_000_000_500)).toEqual({
      username: `1700003600:${PARTICIPANT}`,
      credential: 'r9NijHBrcXu7iermbA8v6xzMjdg=',
      expiresAt: 1_700_003_600_000,
    });
  });

  it('are added to the configured ICE servers only when TURN is configured', () => {
    const stun = [{ urls: 'stun:stun.example.org:3478' }];
    expect(iceServersFor({ servers: stun, turn: undefined }, PARTICIPANT, 0)).toEqual({ iceServers: stun, iceExpiresAt: null });
    const { iceServers, iceExpiresAt } = iceServersFor({ servers: stun, turn: TURN }, PARTICIPANT, 1_700_000_000_000);
    expect(iceServers).toEqual([...stun, { urls: TURN.urls, username: `1700003600:${PARTICIPANT}`, credential: 'r9NijHBrcXu7iermbA8v6xzMjdg=' }]);
    expect(iceExpiresAt).toBe(1_700_003_600_000);
  });
});

const hasCoturn = spawnSync('sh', ['-c', 'command -v turnserver && command -v turnutils_uclient']).status === 0;
if (!hasCoturn && !process.env.CI) console.warn('[turn test] skipped the coturn check: install coturn (apt-get install coturn) to run it');

describe.skipIf(!hasCoturn && !process.env.CI)('a real coturn with use-auth-secret', () => {
  let server: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = await freeUdpPort();
    server = spawn('turnserver', [
      '-n', '--no-cli', '--no-tls', '--no-dtls', '--log-file=stdout', '--simple-log',
      '--listening-ip=127.0.0.1', `--listening-port=${port}`, '--relay-ip=127.0.0.1', '--allow-loopback-peers',
      '--use-auth-secret', `--static-auth-secret=${TURN.secret}`, '--realm=mockloop.test',
    ]);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('coturn did not start within 10 s')), 10_000);
      server.stdout!.on('data', (chunk: Buffer) => {
        if (/listener opened on|Total General servers/i.test(chunk.toString())) clearTimeout(timer), resolve();
      });
      server.once('exit', (code) => reject(new Error(`coturn exited with ${code}`)));
    });
  });
  afterAll(() => void server?.kill('SIGTERM'));

  /** Whether coturn grants a relay allocation for these credentials. */
  function allocates(username: string, password: string): Promise<boolean> {
    return new Promise((resolve) => {
      const client = spawn('turnutils_uclient', ['-p', String(port), '-u', username, '-w', password, '-y', '-n', '0', '-m', '1', '127.0.0.1']);
      let output = '';
      const done = (granted: boolean) => (client.kill('SIGKILL'), resolve(granted));
      client.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Total connect time')) done(true);
        if (output.includes('Cannot complete Allocation')) done(false);
      });
      client.once('exit', () => resolve(output.includes('Total connect time')));
    });
  }

  it('grants a relay for fresh credentials and refuses expired or forged ones', async () => {
    const fresh = turnCredentials(TURN, PARTICIPANT, Date.now());
    expect(await allocates(fresh.username, fresh.credential)).toBe(true);
    const expired = turnCredentials(TURN, PARTICIPANT, Date.now() - 2 * TURN.ttlSeconds * 1000);
    expect(await allocates(expired.username, expired.credential)).toBe(false);
    const forged = turnCredentials({ ...TURN, secret: 'some-other-secret-value' }, PARTICIPANT, Date.now());
    expect(await allocates(forged.username, forged.credential)).toBe(false);
  }, 30_000);
});

function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}
