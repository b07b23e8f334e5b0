import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const consoleRoot = resolve(here, '../..');
export const repoRoot = resolve(consoleRoot, '../..');
/** The built gateway (`pnpm --filter @cch/gateway build`). */
export const gatewayMain = resolve(repoRoot, 'apps/gateway/dist/main.js');
/** The built console (`vite build`), served by the gateway. */
export const consoleDist = resolve(consoleRoot, 'dist');
/** Screenshots land here; `artifacts/` is git-ignored. */
export const artifactsDir = resolve(consoleRoot, 'artifacts/e2e');
