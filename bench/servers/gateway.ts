// A gateway in its own process with auth, limits, session binding and request logging on,
// embedded PGlite in a temp dir, one provider pointing at the mock; prints URL and key.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiKeyPrefix, createApiKey, createProvider, createUser, generateApiKey, hashApiKey } from '../../packages/core/src/index.js';
import { buildApp } from '../../apps/gateway/src/app.js';
import { loadConfig } from '../../apps/gateway/src/config.js';
import { createLogger } from '../../apps/gateway/src/logger.js';
import { createPriceBook } from '../../apps/gateway/src/proxy/price-book.js';
import { createRuntime } from '../../apps/gateway/src/runtime.js';

const upstreamUrl = process.argv[2]!;
const config = loadConfig({
  DATA_DIR: mkdtempSync(join(tmpdir(), 'cch-bench-')), ADMIN_TOKEN: 'bench-admin-token-0123456789', ENCRYPTION_KEY: 'bench-encryption-key-0123456789abcdef0123',
  LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1', ...(process.env['REDIS_URL'] && { REDIS_URL: process.env['REDIS_URL'] }),
  ...(process.env['DATABASE_URL'] && { DATABASE_URL: process.env['DATABASE_URL'] }),
});
const runtime = await createRuntime(config, { logger: createLogger('warn'), secrets: { adminToken: config.ADMIN_TOKEN, encryptionKey: config.ENCRYPTION_KEY } });
const prices = await createPriceBook(runtime);
await createProvider(runtime.db, runtime.secretBox, { name: 'mock', type: 'claude', baseUrl: upstreamUrl, apiKey: 'sk-bench-upstream-key-0000000000' });
const user = await createUser(runtime.db, { name: 'bench', limits: { rpm: 1_000_000, concurrentSessions: null, usd5h: '1000000', usdDaily: '1000000', usdWeekly: null, usdMonthly: null, usdTotal: null, fiveHourMode: 'rolling', dailyMode: 'fixed', dailyResetTime: '00:00' } });
const key = generateApiKey();
await createApiKey(runtime.db, { userId: user.id, name: 'bench', keyHash: hashApiKey(key), keyPrefix: apiKeyPrefix(key) });
await runtime.cache.reload();
const app = await buildApp(runtime, { prices, consoleDir: null });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ url, key, pid: process.pid })}\n`);
process.on('SIGTERM', () => void app.close().then(() => runtime.close()).then(() => process.exit(0)));
