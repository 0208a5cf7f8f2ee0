import { describe, expect, it } from 'vitest';
import { startChildServer } from '../helpers/child-server.js';

describe('start-up with scale-out configured', () => {
  it('stops with a clear message, instead of hanging, when Redis cannot be reached', async () => {
    // A short wait keeps the test quick; the message says how long the server waited.
    const start = startChildServer({ DATA_DIR: 'memory://', REDIS_URL: 'redis://127.0.0.1:1', REDIS_CONNECT_TIMEOUT_MS: '500' });
    await expect(start).rejects.toThrow(/Cannot reach Redis at REDIS_URL=redis:\/\/127\.0\.0\.1:1 within 0\.5 s/);
  });
});
