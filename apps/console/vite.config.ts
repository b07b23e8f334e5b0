import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { precompress } from './build/precompress.ts';

/** The gateway the dev server forwards API calls to (`pnpm dev` in apps/gateway). */
const gateway = 'http://127.0.0.1:23000';

export default defineConfig({
  plugins: [react(), tailwindcss(), precompress()],
  // Absolute asset URLs (/assets/…) so deep links served by the gateway's SPA fallback still
  // resolve their scripts and styles.
  base: '/',
  // Workspace packages (@cch/contract) are bundled from their TypeScript sources: no build step
  // between a schema change and the console seeing it.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    proxy: {
      '/admin': { target: gateway, changeOrigin: false },
      '/v1': { target: gateway, changeOrigin: false },
      '/healthz': { target: gateway, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across
        // upgrades of the console itself. Only what every page needs is grouped; the rest (charts,
        // most Radix parts) goes with the lazily loaded pages that use it, so /login stays small.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/, priority: 2 },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
});
