import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources (the `source` export condition), so
// tests run without building @cch/core first.
export default defineConfig({
  ssr: {
    resolve: { conditions: ['source', 'module', 'node', 'development|production'], externalConditions: ['source'] },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // two files at a time: most of a file's time is spent waiting on servers, clients and timers
    maxWorkers: 2,
    // files share a worker's module graph instead of importing gateway and core afresh each: the
    // imports were a third of the suite's time (329 s of 920 s); every test builds its own gateway
    isolate: false,
    server: { deps: { inline: ['@cch/core', '@cch/contract'] } },
  },
});
