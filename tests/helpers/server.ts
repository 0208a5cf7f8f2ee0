import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from '../../server/src/app.js';
import type { Config } from '../../server/src/config.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export type TestServer = {
  app: FastifyInstance;
  url: string;
  port: number;
  database: TestDatabase;
  close(): Promise<void>;
};

export type TestServerOptions = BuildOptions & {
  config?: Partial<Config>;
  /** Reuse a database (e.g. to restart a server on the same data). */
  database?: TestDatabase;
};

/** Builds the real app without listening, for `inject` tests that add routes of their own. */
export async function buildTestApp(options: TestServerOptions = {}) {
  const database = options.database ?? (await createTestDatabase());
  const app = await buildApp(testConfig(database, options.config), { logger: false, ...options });
  return {
    app,
    dispose: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}

function testConfig(database: TestDatabase, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: database.databaseUrl,
    dataDir: database.dataDir,
    publicUrl: undefined,
    logLevel: 'silent',
    redisUrl: undefined,
    redisConnectTimeoutMs: 10_000,
    loopCreationsPerMinute: 10_000,
    // Loopback needs no STUN: host candidates connect.
    ice: { servers: [], turn: undefined },
    trustProxy: false,
    ...overrides,
  };
}

/** Builds the real app on port 0 with its own database; `close` tears both down. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.database ?? (await createTestDatabase());
  const config = testConfig(database, options.config);
  const app = await buildApp(config, { logger: false, ...options });
  const address = await app.listen({ port: config.port, host: config.host });
  const port = Number(new URL(address).port);
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    port,
    database,
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
