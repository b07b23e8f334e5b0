import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The gateway the dev server forwards API calls to (`pnpm dev` in apps/gateway). */
const gateway = 'http://127.0.0.1:23000';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // Absolute asset URLs (/assets/…) so deep links served by the gateway's SPA fallback still
  // resolve their scripts and styles.
  base: '/',
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
        // upgrades of the console itself.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
