import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CONFIG_CHANNEL,
  createDatabase,
  createMemoryStore,
  type DatabaseHandle,
  getModelPrice,
  IN_MEMORY_DATA_DIR,
  insertRequestLogs,
  migrateToLatest,
  type NewRequestLog,
  upsertModelPrices,
} from '@cch/core';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { PRICES_CHANGED } from '../pricing/price-book.js';
import { createRuntimeSettings } from '../settings/runtime-settings.js';
import { startBackgroundJobs } from './start-background-jobs.js';

const NOW = Date.parse('2026-11-22T12:00:00.000Z');
const DAY_MS = 86_400_000;

function logAt(createdAt: Date, requestId: string): NewRequestLog {
  return {
    createdAt,
    requestId,
    userId: 'u',
    keyId: 'k',
    providerId: 'p',
    sessionId: null,
    protocol: 'anthropic',
    endpoint: 'messages',
    method: 'POST',
    requestedModel: 'claude-sonnet-4-5',
    upstreamModel: 'claude-sonnet-4-5',
    billedModel: 'claude-sonnet-4-5',
    statusCode: 200,
    errorClass: null,
    errorMessage: null,
    durationMs: 100,
    ttfbMs: 10,
    isStream: false,
    inputTokens: 1,
    outputTokens: 1,
    cacheReadTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    reasoningTokens: 0,
    costUsd: '0.01',
    costBreakdown: {},
    costMultiplier: '1',
    decisionChain: {},
    candidateCounts: [],
    userAgent: null,
    clientIp: null,
    requestBody: null,
    responseBody: null,
  };
}

/** A price file big enough to pass the real minimum (200 chat models). */
function priceFile(): string {
  const entries: Record<string, unknown> = {};
  for (let i = 0; i < 250; i++)
    entries[`model-${i}`] = {
      input_cost_per_token: 1e-6,
      output_cost_per_token: 2e-6,
      mode: 'chat',
      litellm_provider: 'x',
    };
  entries['claude-sonnet-4-5'] = {
    input_cost_per_token: 3e-6,
    output_cost_per_token: 1.5e-5,
    mode: 'chat',
    litellm_provider: 'anthropic',
  };
  return JSON.stringify(entries);
}

describe('startBackgroundJobs', () => {
  let handle: DatabaseHandle;
  let server: Server;
  let url: string;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    handle = await createDatabase({ dataDir: IN_MEMORY_DATA_DIR });
    await migrateToLatest(handle.db);
    const body = priceFile();
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prices.json`; // safe: a TCP listener
  });
  afterAll(async () => {
    await handle?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const runtimeWith = (env: Record<string, string>, stored: Record<string, unknown> = {}) => {
    const config = loadConfig({ PRICE_SYNC_URL: url, ...env });
    return {
      config,
      settings: createRuntimeSettings(config, () => ({ settings: stored, version: 0 })),
      db: handle.db,
      logger,
      store: createMemoryStore(),
      now: () => NOW,
    };
  };

  it('schedules only retention when price sync is off, and retention 0 deletes nothing', async () => {
    await insertRequestLogs(handle.db, [logAt(new Date(NOW - 400 * DAY_MS), 'ancient')]);
    const jobs = startBackgroundJobs(runtimeWith({ PRICE_SYNC_INTERVAL_HOURS: '0', LOG_RETENTION_DAYS: '0' }), {
      reload: async () => undefined,
    });
    try {
      expect(jobs.jobs.map((job) => job.name)).toEqual(['retention']);
      await jobs.jobs[0]?.runNow();
      const left = await handle.db.selectFrom('requestLogs').select('requestId').execute();
      expect(left.map((row) => row.requestId)).toContain('ancient');
    } finally {
      await handle.db.deleteFrom('requestLogs').execute();
      await jobs.stop();
    }
  });

  it('syncs prices (manual rows kept) and announces the change to every replica', async () => {
    await upsertModelPrices(handle.db, [
      { model: 'model-7', source: 'manual', prices: { input_cost_per_token: 5e-6 } },
    ]);
    const runtime = runtimeWith({ PRICE_SYNC_INTERVAL_HOURS: '6', LOG_RETENTION_DAYS: '0' });
    const messages: string[] = [];
    await runtime.store.subscribe(CONFIG_CHANNEL, (what) => messages.push(what));
    const jobs = startBackgroundJobs(runtime, { reload: async () => undefined });
    try {
      expect(jobs.jobs.map((job) => job.name)).toEqual(['price-sync', 'retention']);
      await jobs.jobs[0]?.runNow();
      expect(await getModelPrice(handle.db, 'claude-sonnet-4-5')).toMatchObject({ source: 'synced' });
      expect(await getModelPrice(handle.db, 'model-7')).toMatchObject({
        source: 'manual',
        prices: { input_cost_per_token: 5e-6 },
      });
      await expect.poll(() => messages).toEqual([PRICES_CHANGED]);
    } finally {
      await jobs.stop();
    }
  });

  it('deletes request logs past the retention days in force (LOG_RETENTION_DAYS until one is stored)', async () => {
    const at = (days: number): NewRequestLog => logAt(new Date(NOW - days * DAY_MS), `age-${days}`);
    await insertRequestLogs(handle.db, [at(40), at(31), at(29), at(1)]);
    const env = { PRICE_SYNC_INTERVAL_HOURS: '0', LOG_RETENTION_DAYS: '0' };
    const jobs = startBackgroundJobs(runtimeWith(env, { 'runtime.logRetentionDays': 30 }), {
      reload: async () => undefined,
    });
    try {
      expect(jobs.jobs.map((job) => job.name)).toEqual(['retention']);
      await jobs.jobs[0]?.runNow();
      const left = await handle.db.selectFrom('requestLogs').select('requestId').orderBy('requestId').execute();
      expect(left.map((row) => row.requestId)).toEqual(['age-1', 'age-29']);
    } finally {
      await jobs.stop();
    }
  });
});
