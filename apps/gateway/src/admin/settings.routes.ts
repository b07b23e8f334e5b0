import { getAllSettings, setSetting } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';

const settingsSchema = z.record(z.string().min(1).max(100), z.json()).describe('Setting name → JSON value');

/** What the environment fixes at start (read-only here: change `.env` and restart). */
const environmentSchema = z.object({
  billedModel: z.enum(['requested', 'redirected']).describe('BILLED_MODEL'),
  logRetentionDays: z.number().int().describe('LOG_RETENTION_DAYS (0 keeps logs forever)'),
  storeBodies: z.boolean().describe('STORE_BODIES'),
  priceSyncUrl: z.string().describe('PRICE_SYNC_URL'),
  priceSyncIntervalHours: z.number().describe('PRICE_SYNC_INTERVAL_HOURS (0 syncs only on demand)'),
  sessionTtlSeconds: z.number().int().describe('SESSION_TTL'),
  maxProvidersPerRequest: z.number().int().describe('MAX_PROVIDERS_PER_REQUEST'),
  interceptWarmup: z.boolean().describe('INTERCEPT_WARMUP'),
  timeZone: z.string().describe('TZ'),
  database: z.enum(['postgres', 'pglite']),
  redis: z.boolean().describe('Whether REDIS_URL is set'),
});

export async function settingsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  defineRoute(app, {
    method: 'GET', url: '/settings', summary: 'Every stored setting', tags: ['settings'],
    schemas: { response: { 200: settingsSchema } },
    handler: () => getAllSettings(runtime.db),
  });

  defineRoute(app, {
    method: 'GET', url: '/settings/environment', summary: 'Configuration fixed by environment variables (read-only)', tags: ['settings'],
    schemas: { response: { 200: environmentSchema } },
    async handler() {
      const config = runtime.config;
      return {
        billedModel: config.BILLED_MODEL,
        logRetentionDays: config.LOG_RETENTION_DAYS,
        storeBodies: config.STORE_BODIES,
        priceSyncUrl: config.PRICE_SYNC_URL,
        priceSyncIntervalHours: config.PRICE_SYNC_INTERVAL_HOURS,
        sessionTtlSeconds: config.SESSION_TTL,
        maxProvidersPerRequest: config.MAX_PROVIDERS_PER_REQUEST,
        interceptWarmup: config.INTERCEPT_WARMUP,
        timeZone: config.TZ,
        database: runtime.dbKind,
        redis: config.REDIS_URL !== null,
      };
    },
  });

  defineRoute(app, {
    method: 'PUT', url: '/settings', summary: 'Write the given settings (others are kept)', tags: ['settings'],
    schemas: { body: settingsSchema, response: { 200: settingsSchema } },
    async handler(request) {
      const before = await getAllSettings(runtime.db);
      for (const [key, value] of Object.entries(request.body)) await setSetting(runtime.db, key, value);
      const after = await getAllSettings(runtime.db);
      await audit(runtime, request, { action: 'settings.update', targetType: 'settings', before, after });
      await runtime.cache.changed('settings');
      return after;
    },
  });
}
