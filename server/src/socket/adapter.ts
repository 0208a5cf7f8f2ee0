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
) {
  const client = createClient({ url });
  // The client reconnects by itself; meanwhile broadcasts to other processes are delayed.
  client.on('error', (err: unknown) => log.warn({ err }, 'redis connection problem'));
  await client.connect();
  io.adapter(createAdapter(client, { streamName }));
  return {
    close: async () => {
      await client.quit().catch(() => client.destroy());
    },
  };
}
