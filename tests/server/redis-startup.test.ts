import { describe, expect, it } from 'vitest';
import { startChildServer } from '../helpers/child-server.js';

describe('start-up with scale-out configured', () => {
  it('stops with a clear message, instead of hanging, when Redis cannot be reached', async () => {
    const started = Date.now();
    await expect(startChildServer({ DATA_DIR: 'memory://', REDIS_URL: 'redis://127.0.0.1:1' })).rejects.toThrow(/Redis/i);
    expect(Date.now() - started).toBeLessThan(25_000);
  });
});
