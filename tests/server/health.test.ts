import { afterEach, describe, expect, it } from 'vitest';
import { HealthReport } from '@mockloop/shared';
import { createTestDatabase } from '../helpers/db.js';
import { itWith, needs } from '../helpers/environment.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function health(url: string) {
  const response = await fetch(`${url}/api/health`);
  return { status: response.status, body: HealthReport.parse(await response.json()) };
}

describe('GET /api/health', () => {
  it('answers 200 with the database reachable', async () => {
    server = await startTestServer();
    const { status, body } = await health(server.url);
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.database).toMatchObject({ driver: server.database.driver, reachable: true });
  });

  it('answers 503 when the embedded database is gone', async () => {
    server = await startTestServer({ database: { ...(await createTestDatabase()), databaseUrl: undefined, driver: 'pglite' } });
    await server.app.database.close();
    const { status, body } = await health(server.url);
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'degraded', database: { driver: 'pglite', reachable: false, latencyMs: null } });
  });

  itWith([needs.postgres()], 'answers 503 while the Postgres server is unreachable, and 200 again after', async () => {
    const testDb = await createTestDatabase();
    const target = new URL(testDb.databaseUrl!);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(testDb.databaseUrl!);
    viaProxy.port = String(proxy.port);
    server = await startTestServer({ database: { ...testDb, databaseUrl: viaProxy.toString() } });
    try {
      expect((await health(server.url)).status).toBe(200);
      proxy.cut();
      const down = await health(server.url);
      expect(down.status).toBe(503);
      expect(down.body.database.reachable).toBe(false);
      proxy.restore();
      expect((await health(server.url)).status).toBe(200);
    } finally {
      await server.close();
      server = undefined;
      await proxy.close();
      await testDb.drop();
    }
  });
});
