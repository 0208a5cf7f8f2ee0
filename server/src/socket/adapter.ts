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
  io.adapter(createAdapter(client, { streamName }));
  return {
    close: async () => {
      await client.quit().catch(() => client.destroy());
    },
  };
}

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
