import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { hashToken } from './domain/invite-token.js';
import { allowedOrigins } from './auth/origins.js';
import type { Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { principalOf } from './domain/principal.js';
import { registerAuth } from './plugins/auth.js';
import { registerClientFiles } from './plugins/client-files.js';
import { frameworkErrors, registerErrorHandler } from './plugins/errors.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerSecurity } from './plugins/security.js';
import { findByTokenHash } from './repositories/participants.js';
import { demoRoutes } from './routes/demo.js';
import { healthRoutes } from './routes/health.js';
import { loopRoutes } from './routes/loops.js';
import { groupRoutes } from './routes/groups.js';
import { groupMemberRoutes } from './routes/group-member.js';
import { groupSeriesRoutes } from './routes/group-series.js';
import { syncQuestionBank } from './repositories/questions.js';
import { debriefRoutes } from './routes/debrief.js';
import { scorecardRoutes } from './routes/scorecards.js';
import { auditRoutes } from './routes/audit.js';
import { loopDataRoutes } from './routes/loop-data.js';
import { createClockService, type ClockService } from './application/clock.js';
import { registerScorecardHandlers } from './socket/scorecard-handlers.js';
import { socketFacts } from './socket/socket-facts.js';
import { registerWhiteboardHandlers } from './socket/whiteboard-handlers.js';
import { whiteboardRoutes } from './routes/whiteboard.js';
import { writingRoutes } from './routes/writing.js';
import { registerWritingHandlers } from './socket/writing-handlers.js';
import { createWritingDeadlines, type WritingDeadlines } from './application/writing-deadlines.js';
import { bankRoutes } from './routes/bank.js';
import { loopBankRoutes } from './routes/loop-bank.js';
import { attachRedisAdapter } from './socket/adapter.js';
import { createGateway, type MockLoopIo } from './socket/gateway.js';
import { registerLiveHandlers } from './socket/live-handlers.js';
import { registerCallHandlers } from './socket/call-handlers.js';
import type { FactsPort } from './application/facts.js';
import { sessionConnected } from './application/presence.js';
import { connectedSockets } from './socket/presence.js';
import { VERSION } from './version.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle;
    io: MockLoopIo;
    config: Config;
    /** Where use cases' facts go once their write committed (Socket.IO rooms). */
    facts: FactsPort;
    clocks: ClockService;
    writingDeadlines: WritingDeadlines;
    /** The server's clock (injectable so tests can move time). */
    now: () => number;
  }
}

export type BuildOptions = {
  /** Folder of the built client; defaults to client/dist next to the server package. */
  clientDir?: string;
  /** `false` silences logging (tests). */
  logger?: boolean;
  /** Where log lines go instead of stdout (tests that read the logs). */
  logStream?: NodeJS.WritableStream;
  /** The server's clock; tests move it forward instead of waiting. */
  now?: () => number;
  /** How often the server looks for rounds whose time ran out (default 1 s). */
  clockSweepMs?: number;
  /** Redis stream shared by the processes of one deployment (default "mockloop"). */
  redisStreamName?: string;
};

/**
 * Builds Fastify, Socket.IO and the database without listening. The entry file listens;
 * tests call `app.listen({ port: 0 })`. Round clocks start ticking once the app is ready.
 */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            // Invite tokens are bearer credentials: they must never reach a log line.
            redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'], censor: '[redacted]' },
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    bodyLimit: 256 * 1024,
    // Off unless configured: with it on, request.ip, protocol and host come from headers.
    trustProxy: trustProxyOption(config.trustProxy),
    frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  const now = options.now ?? Date.now;
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await assemble(app, config, options, database, now);
  } catch (error) {
    // A half-built app must not keep the database (or PGlite's data folder) open.
    await database.close().catch(() => {});
    throw error;
  }
}

async function assemble(app: FastifyInstance, config: Config, options: BuildOptions, database: DatabaseHandle, now: () => number) {
  const db = database.db;
  await syncQuestionBank(db);
  app.decorate('database', database);
  app.decorate('config', config);
  app.decorate('now', now);

  const io = createGateway(app.server, {
    allowedOrigins: allowedOrigins(config),
    log: app.log,
    authenticate: async (token) => {
      const row = await findByTokenHash(db, hashToken(token));
      return row ? principalOf(row) : null;
    },
    registerHandlers: (socket) => {
      registerLiveHandlers(socket, { db, connected, facts, clocks, now, log: app.log });
      registerScorecardHandlers(socket, { db, facts, now, log: app.log });
      registerWhiteboardHandlers(socket, { db, facts, log: app.log });
      registerCallHandlers(socket, { db, io, facts, ice: config.ice, now, log: app.log });
      registerWritingHandlers(socket, { db, facts, now, schedule: deadlines.schedule, log: app.log });
    },
    onConnected: (socket) => {
      const principal = socket.data.principal;
      sessionConnected({ db, connected, now }, principal)
        .then((outcome) => facts.publish(outcome.facts))
        .catch((err: unknown) => app.log.warn({ err }, 'could not record presence'));
    },
  });
  const redis = config.redisUrl ? await attachRedisAdapter(io, config.redisUrl, options.redisStreamName ?? 'mockloop', app.log, config.redisConnectTimeoutMs) : null;
  const facts = socketFacts(io);
  const connected = connectedSockets(io);
  const clocks = createClockService({ db, facts, log: app.log, now, sweepIntervalMs: options.clockSweepMs ?? 1000 });
  const deadlines = createWritingDeadlines({ db, facts, log: app.log, now, sweepIntervalMs: options.clockSweepMs ?? 1000 });
  app.decorate('writingDeadlines', deadlines);
  app.decorate('io', io);
  app.decorate('facts', facts);
  app.decorate('clocks', clocks);

  await registerSecurity(app);
  registerAuth(app);
  await registerOpenApi(app, VERSION);
  await app.register(healthRoutes, { database, version: VERSION });
  await app.register(loopRoutes);
  await app.register(groupRoutes);
  await app.register(groupSeriesRoutes);
  await app.register(groupMemberRoutes);
  await app.register(demoRoutes);
  await app.register(scorecardRoutes);
  await app.register(debriefRoutes);
  await app.register(auditRoutes);
  await app.register(loopDataRoutes);
  await app.register(whiteboardRoutes);
  await app.register(writingRoutes, { writing: { schedule: deadlines.schedule } });
  await app.register(bankRoutes);
  await app.register(loopBankRoutes);
  await registerClientFiles(app, options.clientDir ?? defaultClientDir());

  app.addHook('onReady', async () => {
    await clocks.start();
    await deadlines.start();
  });

  // Close order: stop Socket.IO (disconnects clients), then the database once requests drained.
  // Responses finished while closing ask the client to drop its keep-alive connection;
  // otherwise the HTTP server would wait for the keep-alive timeout before it could close.
  let closing = false;
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  app.addHook('preClose', async () => {
    closing = true;
    clocks.stop();
    deadlines.stop();
    io.emit('server:shutting-down', { reconnectInMs: 1000 });
    io.disconnectSockets(true);
  });
  app.addHook('onClose', async () => {
    await new Promise<void>((resolve) => io.close(() => resolve()));
    await redis?.close();
    await database.close();
  });
  return app;
}

function defaultClientDir(): string {
  // Works from server/src (tsx, vitest) and from server/dist (the bundle): both are two
  // levels below the repository root.
  return fileURLToPath(new URL('../../client/dist', import.meta.url));
}

/** Fastify takes a hop count as a function of the hop index (what it builds from a number itself). */
function trustProxyOption(trust: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
