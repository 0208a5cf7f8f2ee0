import { defineConfig } from 'vitest/config';

// One runner for the whole repo. Unit tests of pure domain code are fast; DB and socket
// tests start their own server on port 0 and their own database, so files run in parallel.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
