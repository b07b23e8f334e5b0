import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // @cch/contract from its TypeScript sources, as in the Vite build.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // files share a worker's module graph and jsdom (setup.ts cleans the DOM and storage after each test)
    isolate: false,
    // Whole-app renders load their page lazily; on a loaded 2-core machine that alone can take seconds.
    testTimeout: 20_000,
  },
});
