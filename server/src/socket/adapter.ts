import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { MockLoopIo } from './gateway.js';

/**
 * Shares rooms between server processes through Redis Streams (the maintained Socket.IO
 * adapter): a broadcast on one process reaches sockets on all, and a Redis restart does not
 * lose messages still in the stream.
 */
export async function attachRedisAdapter(
  io: MockLoopIo,
  url: string,
  streamName: string,
  log: { warn(obj: unknown, msg: string): void },
  connectTimeoutMs?: number,
) {
  const client = createClient({ url });
  // The client reconnects by itself; meanwhile broadcasts to other processes are delayed.
  client.on('error', (err: unknown) => log.warn({ err }, 'redis connection problem'));
  await connectOrFail(client, url, connectTimeoutMs);
  let closed = false;
  const adapterFor = createAdapter(client, { streamName });
  // Another process may still ask this one (presence, fetchSockets) while it shuts down; an
  // answer after our Redis connection closed would be an unhandled "client is closed" error.
  io.adapter((function adapterWithShutdown(nsp: unknown) {
    const adapter = adapterFor(nsp) as unknown as Publishing;
    const publish = adapter.doPublish.bind(adapter);
    const publishResponse = adapter.doPublishResponse.bind(adapter);
    adapter.doPublish = (message) => (closed ? Promise.resolve('') : publish(message));
    adapter.doPublishResponse = (uid, response) => (closed ? Promise.resolve() : publishResponse(uid, response));
    return adapter as unknown;
  }) as unknown as Parameters<MockLoopIo['adapter']>[0]);
  return {
    close: async () => {
      closed = true;
      await client.quit().catch(() => client.destroy());
    },
  };
}

/** The two ways the adapter writes to Redis (protected in its typings, public at run time). */
type Publishing = {
  doPublish(message: unknown): Promise<string>;
  doPublishResponse(requesterUid: string, response: unknown): Promise<void>;
};

/** Redis must answer at start-up: a wrong REDIS_URL stops the server instead of hanging it. */
async function connectOrFail(client: ReturnType<typeof createClient>, url: string, timeoutMs = 10_000) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Cannot reach Redis at REDIS_URL=${redactedUrl(url)} within ${timeoutMs / 1000} s.`)), timeoutMs);
  });
  try {
    await Promise.race([client.connect(), timeout]);
  } catch (error) {
    client.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
