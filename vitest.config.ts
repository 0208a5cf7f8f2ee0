import { defineConfig } from 'vitest/config';

// One runner for the whole repo. Unit tests of pure domain code are fast; DB and socket
// tests start their own server on port 0 and their own database, so files run in parallel.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A ceiling, not a budget: every wait inside a test follows a condition with its own
    // per-step timeout, so a slow machine makes a test slower, never wrong.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default on 2 cores is a single worker, and much of the suite waits on child
    // processes, Chromium, sockets and databases rather than computing: three files at once
    // keep both cores busy without starving any one of them.
    maxWorkers: 3,
    reporters: ['default'],
  },
});
