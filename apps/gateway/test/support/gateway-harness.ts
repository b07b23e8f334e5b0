import {
  apiKeyPrefix,
  createApiKey,
  type CreateApiKeyInput,
  createProvider,
  type CreateProviderInput,
  createUser,
  type CreateUserInput,
  generateApiKey,
  hashApiKey,
  type Provider,
  type StateStore,
  type User,
} from '@cch/core';
import pino from 'pino';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { PriceBook } from '../../src/pricing/price-book.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface GatewayHarness {
  url: string;
  app: Awaited<ReturnType<typeof buildApp>>;
  runtime: Runtime;
  prices: PriceBook;
  addProvider(input: Partial<CreateProviderInput> & Pick<CreateProviderInput, 'baseUrl'>): Promise<Provider>;
  addUser(input?: Partial<CreateUserInput>): Promise<User>;
  /** Creates a key and returns its plaintext. */
  addKey(userId: string, input?: Partial<CreateApiKeyInput>): Promise<string>;
  /** A user with one key, for tests that only need a working key. */
  addCaller(input?: Partial<CreateUserInput>): Promise<{ user: User; key: string }>;
  flushLogs(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  store?: StateStore;
  random?: () => number;
  now?: () => number;
  /** A built console to serve at `/` (default: none). */
  consoleDir?: string;
}

/** A real gateway on loopback: embedded PGlite in memory, memory store unless one is given. */
export async function startGateway(options: HarnessOptions = {}): Promise<GatewayHarness> {
  const config = loadConfig({
    DATA_DIR: ':memory:',
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    ENCRYPTION_KEY: 'test-encryption-key-0123456789abcdef0123',
    LOG_LEVEL: 'silent',
    LOG_FLUSH_INTERVAL_MS: '20',
    ENABLE_SECURE_COOKIES: 'false',
    PORT: '0',
    HOST: '127.0.0.1',
    // generous on a loaded test machine; the frozen-Redis test sets the production default itself
    STORE_TIMEOUT_MS: '250',
    ...options.env,
  });
  const logger = pino({ level: config.LOG_LEVEL });
  const runtime = await createRuntime(config, {
    logger,
    secrets: { adminToken: config.ADMIN_TOKEN, encryptionKey: config.ENCRYPTION_KEY },
    ...(options.store && { store: options.store }),
    ...(options.random && { random: options.random }),
    ...(options.now && { now: options.now }),
  });
  const { prices } = runtime;
  const app = await buildApp(runtime, { consoleDir: options.consoleDir ?? null });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const { db, secretBox, cache } = runtime;

  const harness: GatewayHarness = {
    url: address,
    app,
    runtime,
    prices,
    async addProvider(input) {
      const provider = await createProvider(db, secretBox, {
        name: `p-${Math.random().toString(36).slice(2, 8)}`,
        type: 'claude',
        apiKey: 'sk-ant-provider-secret-0123456789',
        ...input,
      });
      await cache.changed('providers');
      return provider;
    },
    async addUser(input) {
      const user = await createUser(db, { name: `u-${Math.random().toString(36).slice(2, 8)}`, ...input });
      await cache.changed('users');
      return user;
    },
    async addKey(userId, input) {
      const key = generateApiKey();
      await createApiKey(db, {
        userId,
        name: 'test',
        keyHash: hashApiKey(key),
        keyPrefix: apiKeyPrefix(key),
        ...input,
      });
      await cache.changed('keys');
      return key;
    },
    async addCaller(input) {
      const user = await harness.addUser(input);
      return { user, key: await harness.addKey(user.id) };
    },
    flushLogs: () => Promise.all([runtime.logWriter.flush(), runtime.bodyWriter.flush()]).then(() => undefined),
    async close() {
      await app.close();
      await runtime.close();
    },
  };
  return harness;
}
