import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests: the built gateway (embedded storage) + the built console + a mock
 * upstream, driven through Debian's Chromium with playwright-core. One file at a time, in order.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    sequence: { concurrent: false },
    reporters: ['default'],
  },
});
